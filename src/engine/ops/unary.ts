// Elementwise functions of one tensor, each with its derivative.
import { Tensor } from '../tensor';
import { tracks, record, gradBuffer } from '../autograd';
import { allocate } from '../storage';

/** −a. Backward: −1. */
export function neg(a: Tensor): Tensor {
  const A = a.data, n = a.size, out = allocate(n, false);
  for (let i = 0; i < n; i++) out[i] = -A[i];
  const result = new Tensor(out, a.shape.slice());
  if (!tracks(a)) return result;
  return record(result, 'neg', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < n; i++) ga[i] -= g[i];
  });
}

/** eᵃ. Backward: the derivative is the output itself. */
export function exp(a: Tensor): Tensor {
  const A = a.data, n = a.size, out = allocate(n, false);
  for (let i = 0; i < n; i++) out[i] = Math.exp(A[i]);
  const result = new Tensor(out, a.shape.slice());
  if (!tracks(a)) return result;
  return record(result, 'exp', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < n; i++) ga[i] += g[i] * out[i];
  });
}

/** ln a. Backward: 1/a. */
export function log(a: Tensor): Tensor {
  const A = a.data, n = a.size, out = allocate(n, false);
  for (let i = 0; i < n; i++) out[i] = Math.log(A[i]);
  const result = new Tensor(out, a.shape.slice());
  if (!tracks(a)) return result;
  return record(result, 'log', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < n; i++) ga[i] += g[i] / A[i];
  });
}

/** √a. Backward: 1/(2√a) (the square root, not the square). */
export function sqrt(a: Tensor): Tensor {
  const A = a.data, n = a.size, out = allocate(n, false);
  for (let i = 0; i < n; i++) out[i] = Math.sqrt(A[i]);
  const result = new Tensor(out, a.shape.slice());
  if (!tracks(a)) return result;
  return record(result, 'sqrt', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < n; i++) ga[i] += g[i] / (2 * out[i]);
  });
}

/** |a|. Backward: sign(a)·g, multiplied as PyTorch does, so 0·∞ at a = 0 gives NaN and stays visible. */
export function abs(a: Tensor): Tensor {
  const A = a.data, n = a.size, out = allocate(n, false);
  for (let i = 0; i < n; i++) out[i] = Math.abs(A[i]);
  const result = new Tensor(out, a.shape.slice());
  if (!tracks(a)) return result;
  return record(result, 'abs', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < n; i++) ga[i] += Math.sign(A[i]) * g[i];
  });
}
