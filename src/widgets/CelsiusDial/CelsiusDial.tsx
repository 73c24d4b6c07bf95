// Chapter 1's dial: slide a Celsius temperature and watch every tensor of F = x @ wᵀ + b, with its
// shape, as the engine computes it.
import { Exercise, ParamControls, ReadOut, TensorGrid, WidgetFrame, formatCell, useParams } from '../kit';
import { formatShape } from '../../engine';
import { CELSIUS_PARAMS } from './params';
import { batchFor, celsiusToFahrenheit } from './celsius';
import './celsiusDial.css';

export function CelsiusDialView(props: { exercise?: boolean; shareInUrl?: boolean }) {
  const { store, values } = useParams(CELSIUS_PARAMS, { prefix: 'cd', shareInUrl: props.shareInUrl ?? false });
  const inputs = batchFor(values.celsius, values.batch);
  const steps = celsiusToFahrenheit(inputs); // five tiny tensors: cheap enough to redo every render
  const cards = [
    { name: 'x', what: 'input', t: steps.x },
    { name: 'wᵀ', what: 'weight, transposed', t: steps.wT },
    { name: 'x @ wᵀ', what: 'matmul', t: steps.xw },
    { name: 'b', what: 'bias', t: steps.b },
    { name: 'F = x @ wᵀ + b', what: 'add (broadcast)', t: steps.f },
  ];
  const pairs = inputs.map((c, i) => `${c} °C → ${formatCell(steps.f.data[i])} °F`).join('; ');
  const fOfFirst = steps.f.data[0];
  return (
    <WidgetFrame title="Celsius dial: one linear layer, step by step" className="celsius-dial">
      <div className="kit-layout">
        <ParamControls specs={CELSIUS_PARAMS} store={store} />
        <div className="celsius-dial__flow" role="list" aria-label="Tensors computed by the engine">
          {cards.map((c, i) => (
            <div key={c.name} className="celsius-dial__card" role="listitem">
              <div className="celsius-dial__head">
                <code>{c.name}</code>
                <span className="celsius-dial__shape">shape {formatShape(c.t.shape)}</span>
              </div>
              <span className="celsius-dial__what">{c.what}</span>
              <TensorGrid tensor={c.t} />
              {i < cards.length - 1 && <span className="celsius-dial__arrow" aria-hidden="true">→</span>}
            </div>
          ))}
        </div>
      </div>
      <ReadOut>
        <p className="celsius-dial__result">{pairs}</p>
        <p className="kit-sr-only">
          x has shape {formatShape(steps.x.shape)}, x @ wᵀ has shape {formatShape(steps.xw.shape)}, F has shape {formatShape(steps.f.shape)}.
        </p>
      </ReadOut>
      {props.exercise && (
        <Exercise
          title="the temperature that reads the same"
          solved={Math.abs(fOfFirst - values.celsius) < 1e-9}
          solvedText={`At ${values.celsius} °C the engine also computes ${formatCell(fOfFirst)} °F: the two scales cross here.`}
          hint="F grows 1.8 times as fast as C. Below zero the +32 is eaten up; keep going down until the two numbers meet."
        >
          <p>Move the slider until F equals C, that is, until the first temperature reads the same on both scales.</p>
        </Exercise>
      )}
    </WidgetFrame>
  );
}
