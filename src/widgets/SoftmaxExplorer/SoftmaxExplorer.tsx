// Logits in, probabilities out: sliders for the logits and the temperature, bars for softmax, and a
// side-by-side of the naive formula (which overflows for big logits) and the engine's stable softmax.
import { Exercise, ParamControl, ParamControls, ReadOut, Stat, WidgetFrame, formatNumber, useParams } from '../kit';
import { LOGIT_KEYS, SOFTMAX_PARAMS } from './params';
import { brokenCount, entropyBits, naiveSoftmax, scaledLogits, stableSoftmax } from './softmaxMath';
import './softmaxExplorer.css';

const pct = (p: number) => (Number.isFinite(p) ? `${(100 * p).toFixed(1)}\u00a0%` : String(p));

export function SoftmaxExplorerView() {
  const { store, values } = useParams(SOFTMAX_PARAMS, { prefix: 'softmax' });
  const keys = LOGIT_KEYS.slice(0, values.classes);
  const logits = keys.map((k) => values[k]);
  const x = scaledLogits(logits, values.temperature, values.shift);
  const probs = stableSoftmax(x);
  const naive = naiveSoftmax(x);
  const broken = brokenCount(naive.probs);
  const top = probs.indexOf(Math.max(...probs));
  return (
    <WidgetFrame title="Softmax explorer" className="softmax">
      <div className="kit-layout">
        <div className="kit-controls">
          <ParamControl specs={SOFTMAX_PARAMS} store={store} name="classes" />
          {keys.map((k) => <ParamControl key={k} specs={SOFTMAX_PARAMS} store={store} name={k} />)}
          <ParamControl specs={SOFTMAX_PARAMS} store={store} name="temperature" />
        </div>
        <div>
          <ol className="softmax__bars" aria-label="Probabilities">
            {probs.map((p, i) => (
              <li key={i} className={i === top ? 'softmax__bar softmax__bar--top' : 'softmax__bar'}>
                <span className="softmax__name">class {i + 1}</span>
                <span className="softmax__track"><span className="softmax__fill" style={{ width: `${100 * p}%` }} /></span>
                <span className="softmax__value">{pct(p)}</span>
              </li>
            ))}
          </ol>
          <div className="kit-stats">
            <Stat label="sum" value={formatNumber(probs.reduce((a, b) => a + b, 0))} />
            <Stat label="entropy" value={`${entropyBits(probs).toFixed(2)} bits`} />
          </div>
        </div>
      </div>
      <h5 className="softmax__subtitle">Why subtract the max?</h5>
      <ParamControls specs={SOFTMAX_PARAMS} store={store} only={['shift']} />
      <div className="softmax__compare">
        <table className="kit-table">
          <caption>x = (logit + shift) / temperature. Naive eˣ / Σ eˣ in float64 next to the engine’s stable softmax.</caption>
          <thead><tr><th scope="col">class</th><th scope="col">x</th><th scope="col">eˣ</th><th scope="col">naive</th><th scope="col">stable</th></tr></thead>
          <tbody>
            {x.map((v, i) => (
              <tr key={i}>
                <td>{i + 1}</td><td>{formatNumber(v)}</td><td>{formatNumber(naive.exps[i])}</td>
                <td className={Number.isFinite(naive.probs[i]) ? '' : 'softmax__nan'}>{pct(naive.probs[i])}</td><td>{pct(probs[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ReadOut>
        <p>
          Softmax at temperature {formatNumber(values.temperature)} gives{' '}
          {probs.map((p, i) => `class ${i + 1} ${pct(p)}`).join(', ')}; class {top + 1} is most likely.{' '}
          {broken > 0
            ? `The naive formula breaks: the sum of eˣ is ${formatNumber(naive.total)}, so ${broken} of ${x.length} results are NaN. The stable version still adds up to 1.`
            : `The naive formula agrees here (sum of eˣ = ${formatNumber(naive.total)}).`}
        </p>
      </ReadOut>
      <Exercise title="a confident classifier" solved={values.temperature === 1 && Math.max(...probs) >= 0.9}
        hint="Keep the temperature at 1. Softmax cares about differences between logits: open a gap of about 3 between the largest and the rest."
        solvedText="A gap of a few units in the logits already gives one class almost all the probability, because eˣ grows so fast.">
        <p>At temperature 1, set the logits so that one class gets at least 90 %.</p>
      </Exercise>
      <Exercise title="break the naive formula" solved={broken > 0 && probs.every(Number.isFinite)}
        hint="Move “Add to every logit” far up until some eˣ shows Infinity (e^710 is too big for a float64), or far down until every eˣ is 0."
        solvedText="Beyond x ≈ 709.8, eˣ is larger than the biggest float64 and becomes Infinity, and Infinity / Infinity is NaN. Far below 0 every eˣ rounds to 0, and 0 / 0 is NaN as well. Subtracting the max makes every exponent ≤ 0 with the largest exactly 0, so the sum is at least 1: no overflow, and no division by 0."
      >
        <p>Make the naive computation return NaN while the stable softmax still works.</p>
      </Exercise>
    </WidgetFrame>
  );
}
