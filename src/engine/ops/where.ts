// Choosing between values: where (elementwise if/else with broadcasting), maskedFill, clamp, tril.
// The gradient flows only into the branch that was chosen.
import { Tensor, asTensor, type TensorLike } from '../tensor';
import { tracks, record, gradBuffer } from '../autograd';
import { broadcastShapes, broadcastIndex } from '../broadcast';
import { formatShape, sizeOf } from '../shape';
import { allocate } from '../storage';

/** cond ? a : b elementwise (cond non-zero means true); all three broadcast together. */
export function where(cond: Tensor, aIn: TensorLike, bIn: TensorLike): Tensor {
  const a = asTensor(aIn), b = asTensor(bIn);
  const shape = broadcastShapes(cond.shape, broadcastShapes(a.shape, b.shape, 'where'), 'where');
  const n = sizeOf(shape);
  const ic = broadcastIndex(cond.shape, shape), ia = broadcastIndex(a.shape, shape), ib = broadcastIndex(b.shape, shape);
  const C = cond.data, A = a.data, B = b.data, out = allocate(n);
  for (let i = 0; i < n; i++) out[i] = C[ic[i]] !== 0 ? A[ia[i]] : B[ib[i]];
  const result = new Tensor(out, shape);
  if (!tracks(a, b)) return result;
  return record(result, 'where', [cond, a, b], (g) => {
    const ga = a.requiresGrad ? gradBuffer(a) : null, gb = b.requiresGrad ? gradBuffer(b) : null;
    for (let i = 0; i < n; i++) {
      if (C[ic[i]] !== 0) { if (ga) ga[ia[i]] += g[i]; }
      else if (gb) gb[ib[i]] += g[i];
    }
  });
}

/** a with `value` wherever mask is non-zero (mask broadcasts to a's shape). */
export function maskedFill(a: Tensor, mask: Tensor, value: number): Tensor {
  const shape = broadcastShapes(a.shape, mask.shape, 'maskedFill');
  if (shape.length !== a.ndim || shape.some((d, i) => d !== a.shape[i])) {
    throw new Error(`maskedFill: mask ${formatShape(mask.shape)} does not broadcast to ${formatShape(a.shape)}`);
  }
  const result = where(mask, value, a);
  if (result.op) {
    result.op = 'maskedFill';
    result.parents = [a, mask];
  }
  return result;
}

/** Limits values to [lo, hi]. Backward: 1 inside the interval, 0 where clipped. */
export function clamp(a: Tensor, lo: number, hi: number): Tensor {
  if (lo > hi) throw new Error(`clamp: lo ${lo} is greater than hi ${hi}`);
  const A = a.data, n = a.size, out = allocate(n);
  for (let i = 0; i < n; i++) out[i] = A[i] < lo ? lo : A[i] > hi ? hi : A[i];
  const result = new Tensor(out, a.shape.slice());
  if (!tracks(a)) return result;
  return record(result, 'clamp', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < n; i++) if (A[i] >= lo && A[i] <= hi) ga[i] += g[i];
  });
}

/** Keeps the lower triangle of the last two axes (j ≤ i + k), zeroing the rest. */
export function tril(a: Tensor, k = 0): Tensor {
  if (a.ndim < 2) throw new Error(`tril: tensor of shape ${formatShape(a.shape)} has fewer than 2 dims`);
  const rows = a.shape[a.ndim - 2], cols = a.shape[a.ndim - 1], n = a.size;
  const A = a.data, out = allocate(n);
  const keep = (i: number): boolean => (i % cols) <= Math.floor(i / cols) % rows + k;
  for (let i = 0; i < n; i++) if (keep(i)) out[i] = A[i];
  const result = new Tensor(out, a.shape.slice());
  if (!tracks(a)) return result;
  return record(result, 'tril', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < n; i++) if (keep(i)) ga[i] += g[i];
  });
}
