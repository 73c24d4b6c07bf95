// The logic behind chapter 3's reduction picker: run the engine's reduction on M and say, for every
// cell of M, which output value it feeds, so the picture can colour the cells that are combined.
import { formatShape, tensor, type Tensor } from '../../engine';

export type ReduceOp = 'sum' | 'mean' | 'max';
export type ReduceAxis = 0 | 1 | 'all';

export const M_ROWS = [[1, 2, 3], [4, 5, 6]];

export interface Reduction {
  input: Tensor;
  result: Tensor;
  /** For each flat cell of the input: the flat index of the output value it contributes to. */
  groupOf: number[];
  /** A call as the reader would write it, e.g. "sum(M, 1, true)". */
  call: string;
  sentence: string;
}

export function reduceMatrix(op: ReduceOp, axis: ReduceAxis, keepdims: boolean, rows: number[][] = M_ROWS): Reduction {
  const input = tensor(rows);
  const [m, n] = input.shape;
  const result = axis === 'all' ? input[op]() : input[op](axis, keepdims);
  const groupOf = Array.from({ length: m * n }, (_, f) => (axis === 'all' ? 0 : axis === 0 ? f % n : Math.floor(f / n)));
  const call = axis === 'all' ? `${op}(M)` : `${op}(M, ${axis}${keepdims ? ', true' : ''})`;
  const values = Array.from(result.data, (v) => String(Number(v.toFixed(6))));
  const what =
    axis === 'all'
      ? `combines all ${m * n} values into one`
      : axis === 0
        ? `combines each column's ${m} values (down the rows) and ${keepdims ? 'keeps axis 0 with length 1' : 'removes axis 0'}`
        : `combines each row's ${n} values (along the columns) and ${keepdims ? 'keeps axis 1 with length 1' : 'removes axis 1'}`;
  const sentence = `${call} ${what}: shape ${formatShape(result.shape)}, ${values.length === 1 ? `value ${values[0]}` : `values [${values.join(', ')}]`}.`;
  return { input, result, groupOf, call, sentence };
}

/** The axis of a [rows, cols] tensor whose reduction leaves the wanted shape (computed by the engine). */
export function axisGiving(shape: number[], wanted: number[]): ReduceAxis | null {
  const t = tensor(Array.from({ length: shape[0] }, () => new Array(shape[1]).fill(0)));
  for (const axis of [0, 1] as const) if (formatShape(t.sum(axis).shape) === formatShape(wanted)) return axis;
  return formatShape(t.sum().shape) === formatShape(wanted) ? 'all' : null;
}
