// Elementwise sin, cos and erf, and minimum/maximum of two tensors, each with its derivative.
// (Chapter 12 lets a reader type an activation from these building blocks.)
import { Tensor, asTensor, type TensorLike } from '../tensor';
import { tracks, record, gradBuffer } from '../autograd';
import { binaryPlan } from '../broadcast';
import { erf as erfScalar } from '../math';
import { allocate } from '../storage';

/** sin a. Backward: cos a. */
export function sin(a: Tensor): Tensor {
  const A = a.data, n = a.size, out = allocate(n, false);
  for (let i = 0; i < n; i++) out[i] = Math.sin(A[i]);
  const result = new Tensor(out, a.shape.slice());
  if (!tracks(a)) return result;
  return record(result, 'sin', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < n; i++) ga[i] += g[i] * Math.cos(A[i]);
  });
}

/** cos a. Backward: −sin a. */
export function cos(a: Tensor): Tensor {
  const A = a.data, n = a.size, out = allocate(n, false);
  for (let i = 0; i < n; i++) out[i] = Math.cos(A[i]);
  const result = new Tensor(out, a.shape.slice());
  if (!tracks(a)) return result;
  return record(result, 'cos', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < n; i++) ga[i] -= g[i] * Math.sin(A[i]);
  });
}

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/** The error function: erf(x) for a number, elementwise for a tensor. Backward: (2/√π)·e^(−x²). */
export function erf(x: number): number;
export function erf(x: Tensor): Tensor;
export function erf(x: number | Tensor): number | Tensor {
  if (typeof x === 'number') return erfScalar(x);
  const A = x.data, n = x.size, out = allocate(n, false);
  for (let i = 0; i < n; i++) out[i] = erfScalar(A[i]);
  const result = new Tensor(out, x.shape.slice());
  if (!tracks(x)) return result;
  return record(result, 'erf', [x], (g) => {
    const ga = gradBuffer(x);
    for (let i = 0; i < n; i++) ga[i] += g[i] * TWO_OVER_SQRT_PI * Math.exp(-A[i] * A[i]);
  });
}

/**
 * Elementwise max (or min) with broadcasting, as torch.maximum/minimum: NaN in either operand gives
 * NaN; on a tie each operand receives half the gradient (PyTorch's rule).
 */
function extremum(op: 'maximum' | 'minimum', aIn: TensorLike, bIn: TensorLike): Tensor {
  const a = asTensor(aIn), b = asTensor(bIn);
  const p = binaryPlan(op, a.shape, b.shape);
  const A = a.data, B = b.data, n = p.size, ia = p.ia, ib = p.ib, max = op === 'maximum';
  const out = allocate(n, false);
  for (let i = 0; i < n; i++) {
    const x = A[p.same ? i : ia[i]], y = B[p.same ? i : ib[i]];
    out[i] = x !== x || y !== y ? NaN : max ? (x >= y ? x : y) : (x <= y ? x : y);
  }
  const result = new Tensor(out, p.shape);
  if (!tracks(a, b)) return result;
  return record(result, op, [a, b], (g) => {
    const ga = a.requiresGrad ? gradBuffer(a) : null, gb = b.requiresGrad ? gradBuffer(b) : null;
    for (let i = 0; i < n; i++) {
      const ai = p.same ? i : ia[i], bi = p.same ? i : ib[i], x = A[ai], y = B[bi];
      const share = x === y ? g[i] / 2 : g[i];
      // a loses where it is the smaller (maximum) / larger (minimum) one; NaN compares false, so both get g
      if (ga && !(max ? x < y : x > y)) ga[ai] += share;
      if (gb && !(max ? x > y : x < y)) gb[bi] += share;
    }
  });
}

export function maximum(a: TensorLike, b: TensorLike): Tensor {
  return extremum('maximum', a, b);
}

export function minimum(a: TensorLike, b: TensorLike): Tensor {
  return extremum('minimum', a, b);
}
