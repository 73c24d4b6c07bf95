// Chapter 3's reduction picker: choose sum, mean or max and an axis; the cells of M that are combined
// into one output share a colour and a label, and the engine's result is drawn beside them.
import { ParamControls, ReadOut, WidgetFrame, formatCell, useParams } from '../kit';
import { formatShape } from '../../engine';
import { REDUCTION_PARAMS } from './params';
import { reduceMatrix, type ReduceAxis } from './reduce';
import './reductionPicker.css';

const GROUP_COLOURS = 6;

export function ReductionPickerView() {
  const { store, values } = useParams(REDUCTION_PARAMS, { prefix: 'red' });
  const axis: ReduceAxis = values.axis === 'all' ? 'all' : (Number(values.axis) as 0 | 1);
  const r = reduceMatrix(values.op, axis, values.keepdims);
  const [m, n] = r.input.shape;
  const outShape = r.result.shape;
  // Output laid out as a grid: [] and [k] as one row, [1,k] one row, [k,1] one column.
  const outRows = outShape.length === 2 ? outShape[0] : 1;
  const outCols = outShape.length === 2 ? outShape[1] : outShape.length === 1 ? outShape[0] : 1;
  const colour = (g: number) => `red__g${g % GROUP_COLOURS}`;

  return (
    <WidgetFrame title="Reduction picker: which cells are combined?" className="red">
      <ParamControls specs={REDUCTION_PARAMS} store={store} />
      <div className="red__pictures">
        <figure className="red__figure">
          <figcaption>M {formatShape(r.input.shape)}</figcaption>
          <table className="red__grid">
            <tbody>
              {Array.from({ length: m }, (_, i) => (
                <tr key={i}>
                  {Array.from({ length: n }, (_, j) => {
                    const g = r.groupOf[i * n + j];
                    return (
                      <td key={j} className={`red__cell ${colour(g)}`}>
                        {formatCell(r.input.data[i * n + j])}
                        <span className="red__to"> → out[{g}]</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
        <span className="red__arrow" aria-hidden="true">⇒</span>
        <figure className="red__figure">
          <figcaption>{r.call} {formatShape(outShape)}</figcaption>
          <table className="red__grid">
            <tbody>
              {Array.from({ length: outRows }, (_, i) => (
                <tr key={i}>
                  {Array.from({ length: outCols }, (_, j) => {
                    const f = i * outCols + j;
                    return (
                      <td key={j} className={`red__cell ${colour(f)}`}>
                        {formatCell(r.result.data[f])}
                        <span className="red__to"> out[{f}]</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      </div>
      <ReadOut>
        <p className="red__sentence">{r.sentence}</p>
      </ReadOut>
    </WidgetFrame>
  );
}
