// Normalization ops: layerNorm (each example over its last axes) and batchNorm (each channel over the
// batch). Both compute x̂ = (x − μ)/√(σ² + ε) with the biased variance σ², then y = γ·x̂ + β.
// Backward over a group of N values normalized together, with h = g·γ:
//   dx = (h − mean(h) − x̂·mean(h·x̂)) / √(σ² + ε),   dγ = Σ g·x̂,   dβ = Σ g.
import { Tensor } from '../tensor';
import { tracks, record, gradBuffer } from '../autograd';
import { formatShape, sameShape, sizeOf } from '../shape';
import { allocate } from '../storage';

// #region layer-norm
/**
 * Normalizes over the trailing axes given by `normalizedShape` (x's shape must end with it).
 * weight and bias, if given, have shape normalizedShape (one γ and β per normalized position).
 */
export function layerNorm(x: Tensor, normalizedShape: number[], weight: Tensor | null = null, bias: Tensor | null = null, eps = 1e-5): Tensor {
  const k = normalizedShape.length;
  if (k === 0 || k > x.ndim || !sameShape(x.shape.slice(x.ndim - k), normalizedShape)) {
    throw new Error(`layerNorm: input ${formatShape(x.shape)} does not end with normalizedShape ${formatShape(normalizedShape)}`);
  }
  for (const [name, p] of [['weight', weight], ['bias', bias]] as const) {
    if (p !== null && !sameShape(p.shape, normalizedShape)) throw new Error(`layerNorm: ${name} ${formatShape(p.shape)} does not match normalizedShape ${formatShape(normalizedShape)}`);
  }
  if (!(eps >= 0)) throw new Error(`layerNorm: eps must be ≥ 0, got ${eps}`);
  const D = sizeOf(normalizedShape), rows = x.size / D;
  const X = x.data, G = weight?.data ?? null, Bv = bias?.data ?? null;
  const out = allocate(x.size, false), xhat = allocate(x.size, false), invStd = allocate(rows, false);
  for (let r = 0; r < rows; r++) {
    const o = r * D;
    let mu = 0;
    for (let i = 0; i < D; i++) mu += X[o + i];
    mu /= D;
    let v = 0;
    for (let i = 0; i < D; i++) v += (X[o + i] - mu) * (X[o + i] - mu);
    const inv = 1 / Math.sqrt(v / D + eps);
    invStd[r] = inv;
    for (let i = 0; i < D; i++) {
      const h = (xhat[o + i] = (X[o + i] - mu) * inv);
      out[o + i] = (G ? G[i] * h : h) + (Bv ? Bv[i] : 0);
    }
  }
  const result = new Tensor(out, x.shape.slice());
  const parents = [x, ...(weight ? [weight] : []), ...(bias ? [bias] : [])];
  if (!tracks(...parents)) return result;
  return record(result, 'layerNorm', parents, (g) => {
    const gx = x.requiresGrad ? gradBuffer(x) : null;
    const gw = weight?.requiresGrad ? gradBuffer(weight) : null, gb = bias?.requiresGrad ? gradBuffer(bias) : null;
    for (let r = 0; r < rows; r++) {
      const o = r * D;
      let meanH = 0, meanHX = 0;
      for (let i = 0; i < D; i++) {
        const h = G ? g[o + i] * G[i] : g[o + i];
        meanH += h;
        meanHX += h * xhat[o + i];
        if (gw) gw[i] += g[o + i] * xhat[o + i];
        if (gb) gb[i] += g[o + i];
      }
      meanH /= D;
      meanHX /= D;
      if (gx) for (let i = 0; i < D; i++) gx[o + i] += ((G ? g[o + i] * G[i] : g[o + i]) - meanH - xhat[o + i] * meanHX) * invStd[r];
    }
  }, [xhat, invStd]);
}
// #endregion

// #region batch-norm
export interface BatchNormOptions {
  /** Use this batch's statistics (and update the running ones); otherwise use the running ones. */
  training: boolean;
  /** Weight of the new batch in the running averages: running ← (1 − m)·running + m·batch. */
  momentum?: number;
  eps?: number;
}

/**
 * x: [N, C] or [N, C, L]; statistics per channel C. In training mode each channel is normalized by
 * its batch mean and biased variance, and (if given) runningMean/runningVar are updated in place with
 * the unbiased variance, as PyTorch does. In eval mode the running statistics are used.
 */
export function batchNorm(
  x: Tensor, runningMean: Tensor | null, runningVar: Tensor | null, weight: Tensor | null, bias: Tensor | null,
  { training, momentum = 0.1, eps = 1e-5 }: BatchNormOptions,
): Tensor {
  if (x.ndim !== 2 && x.ndim !== 3) throw new Error(`batchNorm: input must be [N, C] or [N, C, L], got ${formatShape(x.shape)}`);
  const [N, C] = x.shape, L = x.ndim === 3 ? x.shape[2] : 1, count = N * L;
  for (const [name, p] of [['runningMean', runningMean], ['runningVar', runningVar], ['weight', weight], ['bias', bias]] as const) {
    if (p !== null && (p.ndim !== 1 || p.size !== C)) throw new Error(`batchNorm: ${name} ${formatShape(p.shape)} does not fit ${C} channels of input ${formatShape(x.shape)}`);
  }
  if (!training && (runningMean === null || runningVar === null)) throw new Error('batchNorm: eval mode needs runningMean and runningVar');
  if (training && count < 2) throw new Error(`batchNorm: training needs more than 1 value per channel, got input ${formatShape(x.shape)}`);
  const X = x.data, G = weight?.data ?? null, Bv = bias?.data ?? null;
  const out = allocate(x.size, false), xhat = allocate(x.size, false), invStd = new Float64Array(C);
  const at = (n: number, c: number, l: number) => (n * C + c) * L + l;
  for (let c = 0; c < C; c++) {
    let mu: number, v: number;
    if (training) {
      mu = 0;
      for (let n = 0; n < N; n++) for (let l = 0; l < L; l++) mu += X[at(n, c, l)];
      mu /= count;
      v = 0;
      for (let n = 0; n < N; n++) for (let l = 0; l < L; l++) v += (X[at(n, c, l)] - mu) ** 2;
      v /= count;
      if (runningMean && runningVar) {
        runningMean.data[c] = (1 - momentum) * runningMean.data[c] + momentum * mu;
        runningVar.data[c] = (1 - momentum) * runningVar.data[c] + momentum * v * (count / (count - 1));
      }
    } else {
      mu = runningMean!.data[c];
      v = runningVar!.data[c];
    }
    const inv = (invStd[c] = 1 / Math.sqrt(v + eps));
    for (let n = 0; n < N; n++) {
      for (let l = 0; l < L; l++) {
        const i = at(n, c, l), h = (xhat[i] = (X[i] - mu) * inv);
        out[i] = (G ? G[c] * h : h) + (Bv ? Bv[c] : 0);
      }
    }
  }
  const result = new Tensor(out, x.shape.slice());
  const parents = [x, ...(weight ? [weight] : []), ...(bias ? [bias] : [])];
  if (!tracks(...parents)) return result;
  return record(result, training ? 'batchNorm' : 'batchNorm(eval)', parents, (g) => {
    const gx = x.requiresGrad ? gradBuffer(x) : null;
    const gw = weight?.requiresGrad ? gradBuffer(weight) : null, gb = bias?.requiresGrad ? gradBuffer(bias) : null;
    for (let c = 0; c < C; c++) {
      const gamma = G ? G[c] : 1;
      let meanH = 0, meanHX = 0;
      for (let n = 0; n < N; n++) {
        for (let l = 0; l < L; l++) {
          const i = at(n, c, l);
          meanH += g[i] * gamma;
          meanHX += g[i] * gamma * xhat[i];
          if (gw) gw[c] += g[i] * xhat[i];
          if (gb) gb[c] += g[i];
        }
      }
      meanH /= count;
      meanHX /= count;
      if (!gx) continue;
      for (let n = 0; n < N; n++) {
        for (let l = 0; l < L; l++) {
          const i = at(n, c, l);
          // In eval mode μ and σ² are constants, so the gradient is just γ/√(σ² + ε).
          gx[i] += training ? (g[i] * gamma - meanH - xhat[i] * meanHX) * invStd[c] : g[i] * gamma * invStd[c];
        }
      }
    }
  }, [xhat]);
}
// #endregion
