// Chapter 2's playground: type a nested array, see what the engine makes of it: shape, ndim, size,
// strides and the flat row-major storage (optionally as float32 would store it, and transposed), or
// the engine's own error for input that is not rectangular.
import { useId, useState } from 'react';
import { Exercise, Notice, ReadOut, Stat, TensorGrid, WidgetFrame, formatCell } from '../kit';
import { formatShape } from '../../engine';
import { PRESETS, float32Of, inspectText, rowMajorStrides } from './inspect';
import './shapePlayground.css';

export function ShapePlaygroundView(props: { initial?: string; goalShape?: number[] }) {
  const [text, setText] = useState(props.initial ?? PRESETS[2].text);
  const [showFloat32, setShowFloat32] = useState(false);
  const [showTranspose, setShowTranspose] = useState(false);
  const id = useId();
  const result = inspectText(text);
  const t = result.ok ? result.tensor : null;
  const transposed = t && showTranspose && t.ndim >= 2 ? t.T : null;
  const goal = props.goalShape;
  const solved = !!(goal && t && formatShape(t.shape) === formatShape(goal));
  return (
    <WidgetFrame title="Shape playground: what the engine makes of a nested array" className="shape-pg">
      <div className="shape-pg__input kit-control">
        <label htmlFor={`${id}-text`}>Nested array (numbers in brackets)</label>
        <textarea id={`${id}-text`} rows={3} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} />
        <div className="kit-buttons" role="group" aria-label="Examples">
          {PRESETS.map((p) => (
            <button key={p.label} type="button" className="kit-button" onClick={() => setText(p.text)}>{p.label}</button>
          ))}
        </div>
        <div className="shape-pg__toggles">
          <label><input type="checkbox" checked={showFloat32} onChange={(e) => setShowFloat32(e.target.checked)} /> Show float32 rounding</label>
          <label><input type="checkbox" checked={showTranspose} onChange={(e) => setShowTranspose(e.target.checked)} /> Show the transpose (.T)</label>
        </div>
      </div>
      <ReadOut>
        {result.ok ? (
          <div className="kit-stats">
            <Stat label="shape" value={formatShape(result.tensor.shape)} />
            <Stat label="ndim" value={result.tensor.ndim} />
            <Stat label="size" value={result.tensor.size} />
            <Stat label="strides" value={formatShape(result.strides)} />
          </div>
        ) : (
          <Notice tone="warn">
            <p>{result.source === 'engine' ? 'The engine refuses: ' : ''}<code className="shape-pg__error">{result.error}</code></p>
          </Notice>
        )}
      </ReadOut>
      {t && (
        <div className="shape-pg__views">
          <div>
            <h5 className="shape-pg__h">As blocks</h5>
            <TensorGrid tensor={t} />
          </div>
          <div className="shape-pg__storage">
            <h5 className="shape-pg__h">Flat storage (row-major Float64Array)</h5>
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Flat storage table">
              <table className="kit-table">
                <thead>
                  <tr>
                    <th scope="col">data[i]</th>
                    <th scope="col">index</th>
                    <th scope="col">float64</th>
                    {showFloat32 && <th scope="col">float32</th>}
                    {showFloat32 && <th scope="col">error</th>}
                  </tr>
                </thead>
                <tbody>
                  {result.ok && result.entries.map((e) => {
                    const f32 = float32Of(e.value);
                    return (
                      <tr key={e.flat}>
                        <td>{e.flat}</td>
                        <td>{formatShape(e.index)}</td>
                        <td>{String(e.value)}</td>
                        {showFloat32 && <td>{String(f32.stored)}</td>}
                        {showFloat32 && <td>{f32.error === 0 ? '0 (exact)' : f32.error.toExponential(2)}</td>}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {t.size > (result.ok ? result.entries.length : 0) && <p className="kit-help">First {result.ok ? result.entries.length : 0} of {t.size} values shown.</p>}
          </div>
          {showTranspose && (
            <div>
              <h5 className="shape-pg__h">Transpose</h5>
              {transposed ? (
                <>
                  <p className="kit-readout">.T has shape {formatShape(transposed.shape)}, strides {formatShape(rowMajorStrides(transposed.shape))}; storage {Array.from(transposed.data.slice(0, 24), formatCell).join(', ')}{transposed.size > 24 ? ', …' : ''}</p>
                  <TensorGrid tensor={transposed} />
                </>
              ) : (
                <p className="kit-help">A tensor needs at least two axes to swap; this one has {t.ndim}.</p>
              )}
            </div>
          )}
        </div>
      )}
      {goal && (
        <Exercise
          title={`build a tensor of shape ${formatShape(goal)}`}
          solved={solved}
          solvedText="The engine agrees: that is the shape asked for."
          hint={`Read the shape from the outside in: ${goal[0]} items at the top level, each holding ${formatShape(goal.slice(1))}.`}
        >
          <p>Type a nested array whose shape the engine reports as {formatShape(goal)}.</p>
        </Exercise>
      )}
    </WidgetFrame>
  );
}
