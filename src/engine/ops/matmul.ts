// Matrix product, 2-D and batched (leading dims broadcast like NumPy's matmul).
import { Tensor } from '../tensor';
import { tracks, record, gradBuffer } from '../autograd';
import { formatShape, sizeOf } from '../shape';
import { broadcastShapes, broadcastIndex } from '../broadcast';
import { reshape } from './shape';
import { allocate } from '../storage';

/** C[m×n] += A[m×k] · B[k×n] at the given offsets. The i-p-j order reads B and C row by row. */
function gemm(A: Float64Array, ao: number, B: Float64Array, bo: number, C: Float64Array, co: number, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++) {
    const ci = co + i * n;
    for (let p = 0; p < k; p++) {
      const aip = A[ao + i * k + p];
      if (aip === 0) continue;
      const bp = bo + p * n;
      for (let j = 0; j < n; j++) C[ci + j] += aip * B[bp + j];
    }
  }
}

/** dA[m×k] += G[m×n] · Bᵀ: each entry is a dot product of a row of G and a row of B. */
function gemmBt(G: Float64Array, go: number, B: Float64Array, bo: number, dA: Float64Array, ao: number, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++) {
    for (let p = 0; p < k; p++) {
      let s = 0;
      const gi = go + i * n, bp = bo + p * n;
      for (let j = 0; j < n; j++) s += G[gi + j] * B[bp + j];
      dA[ao + i * k + p] += s;
    }
  }
}

/** dB[k×n] += Aᵀ · G[m×n]. */
function gemmAt(A: Float64Array, ao: number, G: Float64Array, go: number, dB: Float64Array, bo: number, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++) {
    const gi = go + i * n;
    for (let p = 0; p < k; p++) {
      const aip = A[ao + i * k + p];
      if (aip === 0) continue;
      const bp = bo + p * n;
      for (let j = 0; j < n; j++) dB[bp + j] += aip * G[gi + j];
    }
  }
}

/** a @ b. 1-D operands are treated as a row (left) or a column (right) vector, as in NumPy. */
export function matmul(a: Tensor, b: Tensor): Tensor {
  if (a.ndim === 0 || b.ndim === 0) {
    throw new Error(`matmul: shapes ${formatShape(a.shape)} and ${formatShape(b.shape)} need at least 1 dim each`);
  }
  if (a.ndim === 1 || b.ndim === 1) {
    // Check here, so the message names the shapes the caller gave, not the reshaped ones.
    const k = a.shape[a.ndim - 1], k2 = b.ndim === 1 ? b.shape[0] : b.shape[b.ndim - 2];
    if (k !== k2) throw new Error(`matmul: shapes ${formatShape(a.shape)} and ${formatShape(b.shape)} do not align (${k} ≠ ${k2})`);
    const a2 = a.ndim === 1 ? reshape(a, [1, a.shape[0]]) : a;
    const b2 = b.ndim === 1 ? reshape(b, [b.shape[0], 1]) : b;
    const c = matmul(a2, b2);
    const shape = c.shape.slice();
    if (b.ndim === 1) shape.splice(shape.length - 1, 1);
    if (a.ndim === 1) shape.splice(shape.length - (b.ndim === 1 ? 1 : 2), 1);
    return reshape(c, shape);
  }
  const m = a.shape[a.ndim - 2], k = a.shape[a.ndim - 1];
  const k2 = b.shape[b.ndim - 2], n = b.shape[b.ndim - 1];
  if (k !== k2) {
    throw new Error(`matmul: shapes ${formatShape(a.shape)} and ${formatShape(b.shape)} do not align (${k} ≠ ${k2})`);
  }
  const A = a.data, B = b.data;
  if (a.ndim === 2 && b.ndim === 2) {
    const out = allocate(m * n);
    gemm(A, 0, B, 0, out, 0, m, k, n);
    const result = new Tensor(out, [m, n]);
    if (!tracks(a, b)) return result;
    return record(result, 'matmul', [a, b], (g) => {
      if (a.requiresGrad) gemmBt(g, 0, B, 0, gradBuffer(a), 0, m, k, n);
      if (b.requiresGrad) gemmAt(A, 0, g, 0, gradBuffer(b), 0, m, k, n);
    });
  }
  // Batched: broadcast the leading dims, then one gemm per batch entry.
  const aBatch = a.shape.slice(0, -2), bBatch = b.shape.slice(0, -2);
  let batch: number[];
  try {
    batch = broadcastShapes(aBatch, bBatch, 'matmul');
  } catch {
    throw new Error(`matmul: batch dims of ${formatShape(a.shape)} and ${formatShape(b.shape)} do not broadcast`);
  }
  const nb = sizeOf(batch);
  const ia = broadcastIndex(aBatch, batch), ib = broadcastIndex(bBatch, batch);
  const out = allocate(nb * m * n);
  for (let t = 0; t < nb; t++) gemm(A, ia[t] * m * k, B, ib[t] * k * n, out, t * m * n, m, k, n);
  const result = new Tensor(out, [...batch, m, n]);
  if (!tracks(a, b)) return result;
  return record(result, 'matmul', [a, b], (g) => {
    for (let t = 0; t < nb; t++) {
      if (a.requiresGrad) gemmBt(g, t * m * n, B, ib[t] * k * n, gradBuffer(a), ia[t] * m * k, m, k, n);
      if (b.requiresGrad) gemmAt(A, ia[t] * m * k, g, t * m * n, gradBuffer(b), ib[t] * k * n, m, k, n);
    }
  });
}
