// Two linear layers with editable weights, the one layer they are equal to (computed by the engine),
// and that layer's straight decision boundary over the four XOR points.
import { Exercise, ParamControls, ReadOut, Stat, WidgetFrame, useParams } from '../kit';
import { fixed as fmt } from '../kit';
import { COLLAPSE_PARAMS, LAYER1_KEYS, LAYER2_KEYS } from './params';
import { XOR_POINTS, analyse } from './collapse';
import { CollapsePlot } from './CollapsePlot';
import { CollapseEquation } from './MatrixView';
import './linearCollapse.css';

export function describeCollapse(r: ReturnType<typeof analyse>): string {
  const wrong = XOR_POINTS.filter((_, i) => r.predictions[i] !== XOR_POINTS[i].label).map((p) => `(${p.x}, ${p.y})`);
  const term = (v: number, name: string) => `${v < 0 ? '−' : '+'} ${fmt(Math.abs(v))}${name}`;
  const rhs = `${fmt(r.W[0])}·x₁ ${term(r.W[1], '·x₂')} ${term(r.b, '')}`;
  return `The stack equals one layer: y = ${rhs}. ` +
    `Its boundary y = 0.5 is a straight line. It gets ${r.correct} of 4 XOR points right` +
    (wrong.length ? `; wrong: ${wrong.join(', ')}.` : '.');
}

export function LinearCollapseView() {
  const { store, values } = useParams(COLLAPSE_PARAMS, { prefix: 'collapse' });
  const r = analyse(values);
  const v = values;
  return (
    <WidgetFrame title="Two linear layers collapse into one" className="collapse">
      <div className="collapse__controls">
        <fieldset>
          <legend>Layer 1 (2 → 2)</legend>
          <ParamControls specs={COLLAPSE_PARAMS} store={store} only={LAYER1_KEYS} />
        </fieldset>
        <fieldset>
          <legend>Layer 2 (2 → 1)</legend>
          <ParamControls specs={COLLAPSE_PARAMS} store={store} only={LAYER2_KEYS} />
          <button type="button" className="kit-button" onClick={() => store.getState().replace({ ...values, w11: 1, w12: 1, w21: 1, w22: 1, b11: 0, b12: -1, v1: 1, v2: -2, b2: 0 })}>
            Try the weights of a real XOR network
          </button>
        </fieldset>
      </div>
      <CollapseEquation W1={[[v.w11, v.w12], [v.w21, v.w22]]} b1={[v.b11, v.b12]} W2={[v.v1, v.v2]} b2={v.b2} W={r.W} b={r.b} />
      <div className="collapse__result">
        <CollapsePlot W={r.W} b={r.b} predictions={r.predictions} />
        <div>
          <div className="kit-stats">
            <Stat label="XOR points right" value={`${r.correct} of 4`} tone={r.correct === 4 ? 'ok' : r.correct === 3 ? 'warn' : 'danger'} />
          </div>
          <table className="kit-table">
            <caption className="kit-sr-only">Outputs of the stack on the XOR inputs</caption>
            <thead><tr><th scope="col">input</th><th scope="col">target</th><th scope="col">output</th><th scope="col">class</th></tr></thead>
            <tbody>
              {XOR_POINTS.map((p, i) => (
                <tr key={i}>
                  <td>({p.x}, {p.y})</td><td>{p.label}</td><td>{fmt(r.outputs[i])}</td>
                  <td>{r.predictions[i]}{r.predictions[i] === p.label ? ' ✓' : ' ✗'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="collapse__key">The shaded part is where the layer says “1” (output &gt; 0.5), the rest “0”. Each point wears the colour of its target; a cross marks a point the layer gets wrong.</p>
        </div>
      </div>
      <ReadOut><p>{describeCollapse(r)}</p></ReadOut>
      <Exercise
        title="the best a straight line can do"
        solved={r.correct === 3}
        hint="Make the shaded side contain (0, 1) and (1, 0) but only one of the other two corners. Try W₁ = identity, b₁ = 0, W₂ = (1, 1) and lower b₂."
        solvedText="Three of four is the ceiling: (0, 1) and (1, 0) sit on opposite sides of the diagonal that joins (0, 0) and (1, 1), so no single line puts them together and the other two apart. Even the real XOR network's weights only manage 3 here, because without an activation they collapse too."
      >
        <p>Set the weights so that 3 of the 4 XOR points are right. Then try for 4.</p>
      </Exercise>
    </WidgetFrame>
  );
}
