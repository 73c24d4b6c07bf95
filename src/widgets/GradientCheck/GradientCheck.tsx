// Chapter 6's gradient check: the engine's backward next to a central finite difference for every
// input element of one op, with the relative error. Tiny errors mean the backward rule is right.
import { useMemo } from 'react';
import { formatShape } from '../../engine';
import { CHECKED_OPS, checkGradient } from './checkGradient';
import { Exercise, ParamControls, ReadOut, Stat, WidgetFrame, useParams } from '../kit';
import { GRADCHECK_PARAMS } from './params';
import './gradientCheck.css';

const fmt = (v: number) => (Math.abs(v) < 1e-3 && v !== 0 ? v.toExponential(3) : v.toFixed(6));

export function GradientCheckView(props: { exercise?: boolean }) {
  const { store, values } = useParams(GRADCHECK_PARAMS, { prefix: 'gc', shareInUrl: true });
  const op = CHECKED_OPS.find((o) => o.id === values.op) ?? CHECKED_OPS[0];
  const result = useMemo(() => checkGradient(op, values.seed, values.epsilon), [op, values.seed, values.epsilon]);
  const verdict = result.maxRelativeError < 1e-6 ? 'agree' : result.maxRelativeError < 1e-3 ? 'roughly agree' : 'disagree';
  const tone = verdict === 'agree' ? 'ok' : verdict === 'roughly agree' ? 'warn' : 'danger';
  return (
    <WidgetFrame title="Gradient check: backward against a finite difference" className="gradient-check">
      <div className="gradient-check__layout">
        <div className="gradient-check__controls">
          <ParamControls specs={GRADCHECK_PARAMS} store={store} />
          <div className="kit-buttons" style={{ marginTop: '0.75rem' }}>
            <button type="button" className="kit-button" onClick={() => store.getState().set('seed', (values.seed % 9999) + 1)}>New inputs</button>
          </div>
        </div>
        <div className="gradient-check__table" tabIndex={0} role="region" aria-label="Gradient comparison table (scrolls sideways on narrow screens)">
          <table className="kit-table">
            <caption>
              L = Σ {op.label.split(',')[0]}({result.inputs.map((t, i) => `${'ab'[i]} ${formatShape(t.shape)}`).join(', ')}) ⊙ R
            </caption>
            <thead>
              <tr><th scope="col">element</th><th scope="col">backward</th><th scope="col">numeric</th><th scope="col">rel. error</th></tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr key={`${r.input}-${r.index}`}>
                  <th scope="row">∂L/∂{'ab'[r.input]}[{r.index}]</th>
                  <td>{fmt(r.analytic)}</td>
                  <td>{fmt(r.numeric)}</td>
                  <td className={r.relativeError < 1e-6 ? 'is-ok' : 'is-bad'}>{r.relativeError.toExponential(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <ReadOut>
        <div className="kit-stats">
          <Stat label="largest relative error" value={result.maxRelativeError.toExponential(2)} tone={tone} />
          <Stat label="verdict" value={`the two ${verdict}`} tone={tone} />
        </div>
      </ReadOut>
      {props.exercise && (
        <Exercise
          title="break the check with a bad step size"
          solved={result.maxRelativeError > 1e-4}
          solvedText="With a large ε the difference quotient measures the slope of a chord, not of the tangent; with a tiny ε rounding error dominates. Between them lies a wide safe range."
          hint="Pick exp or softmax and drag the step ε to its largest values, or all the way down."
        >
          <p>The engine is right, so any disagreement must come from the finite difference itself. Find a step size ε at which the largest relative error exceeds 10⁻⁴.</p>
        </Exercise>
      )}
    </WidgetFrame>
  );
}
