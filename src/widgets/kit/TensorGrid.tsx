// A tensor drawn as the reader would write it: a scalar as one cell, a vector as a row, a matrix as a
// grid, a 3-D tensor as a row of matrices ("blocks"). Used by the chapter 1–4 widgets (CelsiusDial,
// ShapePlayground, MatmulStepper); it lives in the kit so that no widget imports another.
import './tensorGrid.css';

export interface TensorLikeView {
  shape: readonly number[];
  data: ArrayLike<number>;
}

/** Short, exact-looking numbers: 77, 1.8, 0.1235, -40. */
export function formatCell(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return String(v);
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) return v.toExponential(2).replace('e+', 'e');
  return String(Number(v.toPrecision(5)));
}

function Matrix(props: { rows: number; cols: number; data: ArrayLike<number>; offset: number; highlight?: (flat: number) => boolean }) {
  const { rows, cols, data, offset, highlight } = props;
  return (
    <table className="tgrid__matrix">
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r}>
            {Array.from({ length: cols }, (_, c) => {
              const flat = offset + r * cols + c;
              return (
                <td key={c} className={highlight?.(flat) ? 'tgrid__cell tgrid__cell--hi' : 'tgrid__cell'}>
                  {formatCell(data[flat])}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Draws tensors of up to three dimensions; higher ones are described, not drawn. */
export function TensorGrid(props: { tensor: TensorLikeView; caption?: string; highlight?: (flat: number) => boolean }) {
  const { shape, data } = props.tensor;
  const nd = shape.length;
  let body;
  if (nd === 0) body = <Matrix rows={1} cols={1} data={data} offset={0} highlight={props.highlight} />;
  else if (nd === 1) body = <Matrix rows={1} cols={shape[0]} data={data} offset={0} highlight={props.highlight} />;
  else if (nd === 2) body = <Matrix rows={shape[0]} cols={shape[1]} data={data} offset={0} highlight={props.highlight} />;
  else if (nd === 3) {
    const [d0, d1, d2] = shape;
    body = (
      <div className="tgrid__blocks">
        {Array.from({ length: d0 }, (_, i) => (
          <div key={i} className="tgrid__block">
            <span className="tgrid__blocklabel">[{i}]</span>
            <Matrix rows={d1} cols={d2} data={data} offset={i * d1 * d2} highlight={props.highlight} />
          </div>
        ))}
      </div>
    );
  } else body = <p className="tgrid__note">{nd} dimensions: see the flat storage below.</p>;
  return (
    <div className={`tgrid tgrid--${Math.min(nd, 3)}d`}>
      {props.caption && <div className="tgrid__caption">{props.caption}</div>}
      {body}
    </div>
  );
}
