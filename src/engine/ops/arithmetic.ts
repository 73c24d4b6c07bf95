// Elementwise arithmetic with NumPy broadcasting. Each op: the forward loop, then the backward
// rule. Where an operand was broadcast, its index map sums the gradient back to its own shape.
import { Tensor, asTensor, type TensorLike } from '../tensor';
import { tracks, record, gradBuffer } from '../autograd';
import { binaryPlan } from '../broadcast';
import { allocate } from '../storage';

// #region add
/** a + b. Backward: d/da = 1, d/db = 1, so both receive the incoming gradient. */
export function add(aIn: TensorLike, bIn: TensorLike): Tensor {
  const a = asTensor(aIn), b = asTensor(bIn);
  const p = binaryPlan('add', a.shape, b.shape);
  const A = a.data, B = b.data, n = p.size, ia = p.ia, ib = p.ib;
  const out = allocate(n, false);
  if (p.same) for (let i = 0; i < n; i++) out[i] = A[i] + B[i];
  else for (let i = 0; i < n; i++) out[i] = A[ia[i]] + B[ib[i]];
  const result = new Tensor(out, p.shape);
  if (!tracks(a, b)) return result;
  return record(result, 'add', [a, b], (g) => {
    if (a.requiresGrad) {
      const ga = gradBuffer(a);
      if (p.same) for (let i = 0; i < n; i++) ga[i] += g[i];
      else for (let i = 0; i < n; i++) ga[ia[i]] += g[i];
    }
    if (b.requiresGrad) {
      const gb = gradBuffer(b);
      if (p.same) for (let i = 0; i < n; i++) gb[i] += g[i];
      else for (let i = 0; i < n; i++) gb[ib[i]] += g[i];
    }
  });
}
// #endregion

/** a − b. Backward: d/da = 1, d/db = −1. */
export function sub(aIn: TensorLike, bIn: TensorLike): Tensor {
  const a = asTensor(aIn), b = asTensor(bIn);
  const p = binaryPlan('sub', a.shape, b.shape);
  const A = a.data, B = b.data, n = p.size, ia = p.ia, ib = p.ib;
  const out = allocate(n, false);
  if (p.same) for (let i = 0; i < n; i++) out[i] = A[i] - B[i];
  else for (let i = 0; i < n; i++) out[i] = A[ia[i]] - B[ib[i]];
  const result = new Tensor(out, p.shape);
  if (!tracks(a, b)) return result;
  return record(result, 'sub', [a, b], (g) => {
    if (a.requiresGrad) {
      const ga = gradBuffer(a);
      if (p.same) for (let i = 0; i < n; i++) ga[i] += g[i];
      else for (let i = 0; i < n; i++) ga[ia[i]] += g[i];
    }
    if (b.requiresGrad) {
      const gb = gradBuffer(b);
      if (p.same) for (let i = 0; i < n; i++) gb[i] -= g[i];
      else for (let i = 0; i < n; i++) gb[ib[i]] -= g[i];
    }
  });
}

// #region mul
/** a · b. Backward: d/da = b, d/db = a (each operand's gradient is scaled by the other). */
export function mul(aIn: TensorLike, bIn: TensorLike): Tensor {
  const a = asTensor(aIn), b = asTensor(bIn);
  const p = binaryPlan('mul', a.shape, b.shape);
  const A = a.data, B = b.data, n = p.size, ia = p.ia, ib = p.ib;
  const out = allocate(n, false);
  if (p.same) for (let i = 0; i < n; i++) out[i] = A[i] * B[i];
  else for (let i = 0; i < n; i++) out[i] = A[ia[i]] * B[ib[i]];
  const result = new Tensor(out, p.shape);
  if (!tracks(a, b)) return result;
  return record(result, 'mul', [a, b], (g) => {
    if (a.requiresGrad) {
      const ga = gradBuffer(a);
      if (p.same) for (let i = 0; i < n; i++) ga[i] += g[i] * B[i];
      else for (let i = 0; i < n; i++) ga[ia[i]] += g[i] * B[ib[i]];
    }
    if (b.requiresGrad) {
      const gb = gradBuffer(b);
      if (p.same) for (let i = 0; i < n; i++) gb[i] += g[i] * A[i];
      else for (let i = 0; i < n; i++) gb[ib[i]] += g[i] * A[ia[i]];
    }
  });
}
// #endregion

/** a / b. Backward: d/da = 1/b, d/db = −a/b². */
export function div(aIn: TensorLike, bIn: TensorLike): Tensor {
  const a = asTensor(aIn), b = asTensor(bIn);
  const p = binaryPlan('div', a.shape, b.shape);
  const A = a.data, B = b.data, n = p.size, ia = p.ia, ib = p.ib;
  const out = allocate(n, false);
  if (p.same) for (let i = 0; i < n; i++) out[i] = A[i] / B[i];
  else for (let i = 0; i < n; i++) out[i] = A[ia[i]] / B[ib[i]];
  const result = new Tensor(out, p.shape);
  if (!tracks(a, b)) return result;
  return record(result, 'div', [a, b], (g) => {
    if (a.requiresGrad) {
      const ga = gradBuffer(a);
      if (p.same) for (let i = 0; i < n; i++) ga[i] += g[i] / B[i];
      else for (let i = 0; i < n; i++) ga[ia[i]] += g[i] / B[ib[i]];
    }
    if (b.requiresGrad) {
      const gb = gradBuffer(b);
      if (p.same) for (let i = 0; i < n; i++) gb[i] -= (g[i] * out[i]) / B[i];
      else for (let i = 0; i < n; i++) gb[ib[i]] -= (g[i] * out[i]) / B[ib[i]];
    }
  });
}

/**
 * a ** p. With a number exponent: d/da = p·a^(p−1). With a tensor exponent (broadcast like add):
 * also d/dp = a^p · ln a. At the points where these formulas give 0·∞ we follow PyTorch: d/da is 0
 * wherever p = 0 (so 0⁰ has slope 0 in a), and d/dp is 0 wherever a = 0 and p ≥ 0 (the limit of
 * a^p·ln a there), instead of NaN.
 */
export function pow(aIn: TensorLike, pIn: TensorLike): Tensor {
  const a = asTensor(aIn);
  if (typeof pIn === 'number') {
    const e = pIn, A = a.data, n = a.size;
    const out = allocate(n, false);
    if (e === 2) for (let i = 0; i < n; i++) out[i] = A[i] * A[i];
    else for (let i = 0; i < n; i++) out[i] = Math.pow(A[i], e);
    const result = new Tensor(out, a.shape.slice());
    if (!tracks(a)) return result;
    return record(result, 'pow', [a], (g) => {
      const ga = gradBuffer(a);
      if (e === 2) for (let i = 0; i < n; i++) ga[i] += 2 * A[i] * g[i];
      else if (e !== 0) for (let i = 0; i < n; i++) ga[i] += e * Math.pow(A[i], e - 1) * g[i];
    });
  }
  const b = pIn;
  const p = binaryPlan('pow', a.shape, b.shape);
  const A = a.data, B = b.data, n = p.size, ia = p.ia, ib = p.ib;
  const out = allocate(n, false);
  if (p.same) for (let i = 0; i < n; i++) out[i] = Math.pow(A[i], B[i]);
  else for (let i = 0; i < n; i++) out[i] = Math.pow(A[ia[i]], B[ib[i]]);
  const result = new Tensor(out, p.shape);
  if (!tracks(a, b)) return result;
  return record(result, 'pow', [a, b], (g) => {
    const ga = a.requiresGrad ? gradBuffer(a) : null, gb = b.requiresGrad ? gradBuffer(b) : null;
    for (let i = 0; i < n; i++) {
      const ai = p.same ? i : ia[i], bi = p.same ? i : ib[i];
      const base = A[ai], e = B[bi];
      if (ga && e !== 0) ga[ai] += g[i] * e * Math.pow(base, e - 1);
      if (gb && !(base === 0 && e >= 0)) gb[bi] += g[i] * out[i] * Math.log(base);
    }
  });
}
