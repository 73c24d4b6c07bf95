// Loss functions. The cross-entropies are fused single ops: computing log-probabilities directly
// from logits is stable (no log(0), no e^(1000)) and their gradients are short.
import { Tensor } from './tensor';
import { tracks, record, gradBuffer } from './autograd';
import { formatShape, sameShape } from './shape';
import { sub } from './ops/arithmetic';
import { mean } from './ops/reduce';
import { mul } from './ops/arithmetic';
import { allocate } from './storage';

/** Mean squared error: mean((pred − target)²). */
export function mseLoss(pred: Tensor, target: Tensor): Tensor {
  if (pred.size !== target.size) {
    throw new Error(`mseLoss: prediction ${formatShape(pred.shape)} and target ${formatShape(target.shape)} differ in size`);
  }
  const t = sameShape(pred.shape, target.shape) ? target : new Tensor(target.data, pred.shape.slice());
  const diff = sub(pred, t);
  return mean(mul(diff, diff));
}

/**
 * Binary cross-entropy on logits z with targets y in [0, 1], averaged:
 * loss = mean(max(z, 0) − z·y + ln(1 + e^(−|z|))), the stable form of −y ln σ(z) − (1−y) ln(1−σ(z)).
 * Backward: (σ(z) − y) / n.
 */
export function bceWithLogits(logits: Tensor, target: Tensor): Tensor {
  if (logits.size !== target.size) {
    throw new Error(`bceWithLogits: logits ${formatShape(logits.shape)} and target ${formatShape(target.shape)} differ in size`);
  }
  const Z = logits.data, Y = target.data, n = logits.size;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const z = Z[i];
    total += (z > 0 ? z : 0) - z * Y[i] + Math.log1p(Math.exp(-Math.abs(z)));
  }
  const result = new Tensor(Float64Array.of(total / n), []);
  if (!tracks(logits, target)) return result;
  return record(result, 'bceWithLogits', [logits, target], (g) => {
    const scale = g[0] / n;
    if (logits.requiresGrad) {
      const gz = gradBuffer(logits);
      for (let i = 0; i < n; i++) {
        const z = Z[i];
        const s = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
        gz[i] += scale * (s - Y[i]);
      }
    }
    if (target.requiresGrad) {
      const gy = gradBuffer(target);
      for (let i = 0; i < n; i++) gy[i] -= scale * Z[i];
    }
  });
}

/** Binary cross-entropy on probabilities p (clamped to [1e-12, 1 − 1e-12] so ln never sees 0). */
export function bceLoss(prob: Tensor, target: Tensor): Tensor {
  if (prob.size !== target.size) {
    throw new Error(`bceLoss: prediction ${formatShape(prob.shape)} and target ${formatShape(target.shape)} differ in size`);
  }
  const P = prob.data, Y = target.data, n = prob.size, eps = 1e-12;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const p = Math.min(Math.max(P[i], eps), 1 - eps);
    total -= Y[i] * Math.log(p) + (1 - Y[i]) * Math.log(1 - p);
  }
  const result = new Tensor(Float64Array.of(total / n), []);
  if (!tracks(prob)) return result;
  return record(result, 'bceLoss', [prob], (g) => {
    const gp = gradBuffer(prob);
    for (let i = 0; i < n; i++) {
      const p = Math.min(Math.max(P[i], eps), 1 - eps);
      gp[i] += (g[0] / n) * ((p - Y[i]) / (p * (1 - p)));
    }
  });
}

/**
 * Cross-entropy for logits [n, classes] and integer class indices (n of them), averaged over rows.
 * Fused log-softmax + negative log-likelihood. Backward: (softmax(logits) − onehot) / n.
 */
export function crossEntropy(logits: Tensor, classIndices: Tensor | number[]): Tensor {
  if (logits.ndim !== 2) throw new Error(`crossEntropy: logits must be [n, classes], got ${formatShape(logits.shape)}`);
  const [rows, classes] = logits.shape;
  const labels = classIndices instanceof Tensor ? classIndices.data : classIndices;
  if (labels.length !== rows) {
    throw new Error(`crossEntropy: ${labels.length} class indices for logits ${formatShape(logits.shape)}`);
  }
  const X = logits.data, probs = allocate(rows * classes);
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const c = labels[r];
    if (!Number.isInteger(c) || c < 0 || c >= classes) throw new Error(`crossEntropy: class index ${c} is out of range for ${classes} classes`);
    let m = -Infinity;
    for (let k = 0; k < classes; k++) m = Math.max(m, X[r * classes + k]);
    let s = 0;
    for (let k = 0; k < classes; k++) s += probs[r * classes + k] = Math.exp(X[r * classes + k] - m);
    for (let k = 0; k < classes; k++) probs[r * classes + k] /= s;
    total -= X[r * classes + c] - m - Math.log(s);
  }
  const result = new Tensor(Float64Array.of(total / rows), []);
  if (!tracks(logits)) return result;
  return record(result, 'crossEntropy', [logits], (g) => {
    const gx = gradBuffer(logits), scale = g[0] / rows;
    for (let r = 0; r < rows; r++) {
      for (let k = 0; k < classes; k++) gx[r * classes + k] += scale * (probs[r * classes + k] - (k === labels[r] ? 1 : 0));
    }
  });
}
