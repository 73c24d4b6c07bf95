// Chapter 3's matmul stepper: pick a cell of C = A @ B (click, hover, or arrow keys) and see the row
// of A and the column of B that make it, multiplied pairwise and summed.
import { useRef, useState, type KeyboardEvent } from 'react';
import { Exercise, ParamControls, ReadOut, TensorGrid, WidgetFrame, useParams } from '../kit';
import { formatShape } from '../../engine';
import { MATMUL_PARAMS } from './params';
import { cellSum, largestCell, makeExample, startCell, sumText } from './matmulCell';
import './matmulStepper.css';

export function MatmulStepperView(props: { exercise?: boolean }) {
  const { store, values } = useParams(MATMUL_PARAMS, { prefix: 'mm' });
  const { a, b, c } = makeExample(values.seed);
  const [m, n] = c.shape;
  const k = a.shape[1];
  const best = largestCell(c);
  // Start on a cell that is NOT the answer, so the exercise is never solved at load.
  const [sel, setSel] = useState(() => startCell(best, m, n));
  // The exercise counts a cell the reader chose (click, Enter or arrow keys), not one the mouse passed over.
  const [picked, setPicked] = useState<{ i: number; j: number; seed: number } | null>(null);
  const cells = useRef<(HTMLButtonElement | null)[]>([]);
  const i = Math.min(sel.i, m - 1), j = Math.min(sel.j, n - 1);
  const cs = cellSum(a, b, i, j);
  const engineValue = c.data[i * n + j];
  const choose = (r: number, col: number) => {
    setSel({ i: r, j: col });
    setPicked({ i: r, j: col, seed: values.seed });
  };

  const move = (e: KeyboardEvent) => {
    const d = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key];
    if (!d) return;
    e.preventDefault();
    const ni = Math.max(0, Math.min(m - 1, i + d[0])), nj = Math.max(0, Math.min(n - 1, j + d[1]));
    choose(ni, nj);
    cells.current[ni * n + nj]?.focus();
  };

  return (
    <WidgetFrame title="Matmul stepper: one cell of C = A @ B" className="mm" caption="Pick a cell of C: click it, hover it, or tab to C and use the arrow keys.">
      <div className="mm__controls"><ParamControls specs={MATMUL_PARAMS} store={store} /></div>
      <div className="mm__grid">
        <div className="mm__slot mm__slot--b">
          <span className="mm__name">B {formatShape(b.shape)}</span>
          <TensorGrid tensor={b} highlight={(f) => f % n === j} />
        </div>
        <div className="mm__slot mm__slot--a">
          <span className="mm__name">A {formatShape(a.shape)}</span>
          <TensorGrid tensor={a} highlight={(f) => Math.floor(f / k) === i} />
        </div>
        <div className="mm__slot mm__slot--c">
          <span className="mm__name">C = A @ B {formatShape(c.shape)}</span>
          <div className="mm__cells" role="grid" aria-label={`C, ${m} by ${n}; arrow keys move between cells`} style={{ gridTemplateColumns: `repeat(${n}, auto)` }}>
            {Array.from({ length: m }, (_, r) => (
              <div key={r} role="row" className="mm__row">
                {Array.from({ length: n }, (_, col) => {
                  const on = r === i && col === j;
                  return (
                    <div key={col} role="gridcell" aria-selected={on}>
                      <button
                        type="button"
                        ref={(el) => { cells.current[r * n + col] = el; }}
                        className={on ? 'mm__cell mm__cell--on' : 'mm__cell'}
                        tabIndex={on ? 0 : -1}
                        aria-label={`C[${r}][${col}] = ${c.data[r * n + col]}`}
                        onClick={() => choose(r, col)}
                        onPointerEnter={(e) => { if (e.pointerType === 'mouse') setSel({ i: r, j: col }); }}
                        onKeyDown={move}
                      >
                        {c.data[r * n + col]}
                      </button>
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
        </div>
      </div>
      <ReadOut>
        <p className="mm__sum">
          C[{i}][{j}] = row {i} of A · column {j} of B = <code>{sumText(cs)}</code>
        </p>
        <p className="kit-help">The engine’s matmul gives C[{i}][{j}] = {engineValue}{engineValue === cs.sum ? ', the same number.' : ' (differs!)'}</p>
      </ReadOut>
      {props.exercise && (
        <Exercise
          title="the largest entry"
          solved={picked !== null && picked.seed === values.seed && picked.i === best.i && picked.j === best.j}
          solvedText="That is the largest entry of C. Change the seed and find it again, this time by reasoning about signs first."
          hint="Big positive products come from pairs with the same sign and large size. Look for a row of A and a column of B that agree in sign."
        >
          <p>Before you look for it, predict: the largest entry of C needs a row of A and a column of B whose signs agree. Then click the cell of C that holds its largest value and read its sum to see which products made it large.</p>
        </Exercise>
      )}
    </WidgetFrame>
  );
}
