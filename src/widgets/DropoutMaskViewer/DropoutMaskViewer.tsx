// Which units dropout switches off on each step, and how the survivors are scaled. The layer is the
// engine's Dropout module; each "Next mask" is one forward pass through it.
import { useMemo, useState } from 'react';
import { ParamControls, ReadOut, Stat, WidgetFrame, formatNumber, useParams } from '../kit';
import { DROPOUT_VIEWER_SPECS } from './params';
import { MaskSequence, mean, type MaskStep } from './masks';
import './dropoutMaskViewer.css';

const AVERAGE_BATCH = 100;

export function DropoutMaskViewerView() {
  const { store, values } = useParams(DROPOUT_VIEWER_SPECS, { prefix: 'dropout' });
  const training = values.mode === 'train';
  // A new p or mode starts a new sequence of masks from the same seed.
  const sequence = useMemo(() => new MaskSequence(values.p, training), [values.p, training]);
  const [last, setLast] = useState<{ seq: MaskSequence; step: MaskStep } | null>(null);
  const current = last && last.seq === sequence ? last.step : null;

  const draw = (count: number) => {
    let step: MaskStep | null = null;
    for (let k = 0; k < count; k++) step = sequence.next();
    if (step) setLast({ seq: sequence, step });
  };

  const input = sequence.input;
  const scale = training && values.p > 0 ? 1 / (1 - values.p) : 1;
  const top = Math.max(...input) * Math.max(scale, 1);
  const average = current ? sequence.averageOutput() : null;

  return (
    <WidgetFrame title="Dropout mask viewer" className="dropout-viewer">
      <div className="dropout-viewer__controls">
        <ParamControls specs={DROPOUT_VIEWER_SPECS} store={store} />
      </div>
      <div className="kit-buttons" role="group" aria-label="Masks">
        <button type="button" className="kit-button kit-button--primary" onClick={() => draw(1)}>Next mask</button>
        <button type="button" className="kit-button" onClick={() => draw(AVERAGE_BATCH)}>{AVERAGE_BATCH} masks</button>
      </div>
      <ol className="dropout-viewer__units" aria-label="The layer's units">
        {Array.from(input, (x, i) => {
          const f = current?.factor[i];
          const out = current?.output[i];
          const dropped = f === 0;
          return (
            <li key={i} className={`dropout-viewer__unit ${dropped ? 'dropout-viewer__unit--dropped' : ''}`}>
              <span className="dropout-viewer__name">unit {i + 1}</span>
              <span className="dropout-viewer__bars" aria-hidden="true">
                <span className="dropout-viewer__bar dropout-viewer__bar--in" style={{ height: `${(100 * x) / top}%` }} />
                <span className="dropout-viewer__bar dropout-viewer__bar--out" style={{ height: `${(100 * (out ?? 0)) / top}%` }} />
                {average && <span className="dropout-viewer__avg" style={{ bottom: `${(100 * average[i]) / top}%` }} />}
              </span>
              <span className="dropout-viewer__num">in {x.toFixed(2)}</span>
              <span className="dropout-viewer__num dropout-viewer__factor">
                {f === undefined ? '—' : dropped ? 'dropped' : `×${formatNumber(f)}`}
              </span>
              <span className="dropout-viewer__num">out {out === undefined ? '—' : out.toFixed(2)}</span>
            </li>
          );
        })}
      </ol>
      <p className="kit-help">
        Bars: <span className="dropout-viewer__key dropout-viewer__key--in" /> input,{' '}
        <span className="dropout-viewer__key dropout-viewer__key--out" /> output of this mask,{' '}
        <span className="dropout-viewer__key dropout-viewer__key--avg" /> average output over all masks so far.
      </p>
      <div className="kit-stats">
        <Stat label="Masks drawn" value={sequence.stepCount} />
        <Stat label="Dropped now" value={current ? `${current.dropped} of ${input.length}` : '—'} />
        <Stat label="Survivors ×" value={formatNumber(scale)} />
        <Stat label="Mean in" value={mean(input).toFixed(3)} />
        <Stat label="Mean out (average)" value={average ? mean(average).toFixed(3) : '—'} />
      </div>
      <ReadOut>
        <p>{readOut(values.p, training, current, input, average, sequence.stepCount)}</p>
      </ReadOut>
    </WidgetFrame>
  );
}

function readOut(p: number, training: boolean, s: MaskStep | null, input: Float64Array, avg: Float64Array | null, n: number): string {
  const mode = training ? `Training mode, p = ${formatNumber(p)}` : 'Evaluation mode';
  if (!s) return `${mode}. No mask drawn yet: press Next mask. Layer mean ${mean(input).toFixed(3)}.`;
  const dropped = Array.from(s.factor).flatMap((f, i) => (f === 0 ? [i + 1] : []));
  const which = dropped.length ? `dropped units ${dropped.join(', ')}` : 'no unit dropped';
  const scale = training && p > 0 ? `survivors multiplied by ${formatNumber(1 / (1 - p))}` : 'every unit passed through unchanged';
  return `${mode}. Mask ${s.step}: ${which}; ${scale}. Mean of this output ${mean(s.output).toFixed(3)}, `
    + `average over ${n} ${n === 1 ? 'mask' : 'masks'} ${mean(avg!).toFixed(3)}, input mean ${mean(input).toFixed(3)}.`;
}
