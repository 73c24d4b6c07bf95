// Reductions over one axis or over everything: sum, mean, max (with gradients) and argmax (without).
// Every axis op sees the tensor as outer × len × inner and reduces the middle.
import { Tensor } from '../tensor';
import { tracks, record, gradBuffer } from '../autograd';
import { normAxis, splitAtAxis } from '../shape';
import { allocate } from '../storage';

function reducedShape(shape: number[], axis: number | undefined, keepdims: boolean): number[] {
  if (axis === undefined) return keepdims ? shape.map(() => 1) : [];
  const out = shape.slice();
  if (keepdims) out[axis] = 1;
  else out.splice(axis, 1);
  return out;
}

function layout(op: string, a: Tensor, axis: number | undefined): { ax: number | undefined; outer: number; len: number; inner: number } {
  if (axis === undefined) return { ax: undefined, outer: 1, len: a.size, inner: 1 };
  const ax = normAxis(op, axis, a.ndim);
  return { ax, ...splitAtAxis(a.shape, ax) };
}

// #region sum
/** Sum over `axis` (all values if omitted). Backward: every input element gets the gradient of its sum. */
export function sum(a: Tensor, axis?: number, keepdims = false): Tensor {
  const { ax, outer, len, inner } = layout('sum', a, axis);
  const A = a.data, out = allocate(outer * inner);
  for (let o = 0; o < outer; o++) {
    for (let k = 0; k < len; k++) {
      const base = (o * len + k) * inner;
      for (let i = 0; i < inner; i++) out[o * inner + i] += A[base + i];
    }
  }
  const result = new Tensor(out, reducedShape(a.shape, ax, keepdims));
  if (!tracks(a)) return result;
  return record(result, 'sum', [a], (g) => {
    const ga = gradBuffer(a);
    for (let o = 0; o < outer; o++) {
      for (let k = 0; k < len; k++) {
        const base = (o * len + k) * inner;
        for (let i = 0; i < inner; i++) ga[base + i] += g[o * inner + i];
      }
    }
  });
}
// #endregion

/** Mean over `axis` (all values if omitted). Backward: the gradient divided by the count. */
export function mean(a: Tensor, axis?: number, keepdims = false): Tensor {
  const { ax, outer, len, inner } = layout('mean', a, axis);
  const A = a.data, out = allocate(outer * inner);
  for (let o = 0; o < outer; o++) {
    for (let k = 0; k < len; k++) {
      const base = (o * len + k) * inner;
      for (let i = 0; i < inner; i++) out[o * inner + i] += A[base + i];
    }
  }
  for (let i = 0; i < out.length; i++) out[i] /= len;
  const result = new Tensor(out, reducedShape(a.shape, ax, keepdims));
  if (!tracks(a)) return result;
  return record(result, 'mean', [a], (g) => {
    const ga = gradBuffer(a);
    for (let o = 0; o < outer; o++) {
      for (let k = 0; k < len; k++) {
        const base = (o * len + k) * inner;
        for (let i = 0; i < inner; i++) ga[base + i] += g[o * inner + i] / len;
      }
    }
  });
}

/** Index (along the axis) of the largest value of each slice; the first one on ties. */
function argmaxLayout(A: Float64Array, outer: number, len: number, inner: number): Int32Array {
  const idx = new Int32Array(outer * inner);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      let best = 0, bestV = A[o * len * inner + i];
      for (let k = 1; k < len; k++) {
        const v = A[(o * len + k) * inner + i];
        if (v > bestV || (Number.isNaN(v) && !Number.isNaN(bestV))) {
          bestV = v;
          best = k;
        }
      }
      idx[o * inner + i] = best;
    }
  }
  return idx;
}

/** Max over `axis` (all values if omitted). Backward: the gradient goes to the (first) largest element. */
export function max(a: Tensor, axis?: number, keepdims = false): Tensor {
  const { ax, outer, len, inner } = layout('max', a, axis);
  if (len === 0) throw new Error('max: cannot reduce an empty axis');
  const A = a.data;
  const idx = argmaxLayout(A, outer, len, inner);
  const out = allocate(outer * inner);
  for (let o = 0; o < outer; o++) for (let i = 0; i < inner; i++) out[o * inner + i] = A[(o * len + idx[o * inner + i]) * inner + i];
  const result = new Tensor(out, reducedShape(a.shape, ax, keepdims));
  if (!tracks(a)) return result;
  return record(result, 'max', [a], (g) => {
    const ga = gradBuffer(a);
    for (let o = 0; o < outer; o++) for (let i = 0; i < inner; i++) ga[(o * len + idx[o * inner + i]) * inner + i] += g[o * inner + i];
  });
}

/** Positions of the largest values along `axis` (over the flattened tensor if omitted). No gradient. */
export function argmax(a: Tensor, axis?: number): Tensor {
  const { ax, outer, len, inner } = layout('argmax', a, axis);
  if (len === 0) throw new Error('argmax: cannot reduce an empty axis');
  const idx = argmaxLayout(a.data, outer, len, inner);
  return new Tensor(Float64Array.from(idx), reducedShape(a.shape, ax, false));
}
