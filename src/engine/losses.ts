// Loss functions, with PyTorch's `reduction: 'mean' | 'sum' | 'none'`. The cross-entropies are fused
// single ops: computing log-probabilities directly from logits is stable (no log(0), no e^(1000))
// and their gradients are short. Shapes must match exactly; where PyTorch would broadcast two
// differently shaped operands ([4,1] against [4] gives [4,4]) we throw instead of guessing.
import { Tensor } from './tensor';
import { tracks, record, gradBuffer } from './autograd';
import { formatShape, sameShape } from './shape';
import { sub, mul } from './ops/arithmetic';
import { mean, sum } from './ops/reduce';
import { allocate } from './storage';
import { rejectUnknownOptions } from './options';

export type Reduction = 'mean' | 'sum' | 'none';

export interface LossOptions {
  /** 'mean' (default): average over elements; 'sum': total; 'none': one loss per element. */
  reduction?: Reduction;
}

export interface CrossEntropyOptions extends LossOptions {
  /** One weight per class (PyTorch's `weight`); 'mean' then divides by the summed weights of the targets. */
  weight?: Tensor | number[];
  /** ε in [0, 1]: the target becomes (1 − ε)·one-hot + ε/C on every class. */
  labelSmoothing?: number;
}

function checkOptions(op: string, options: object, known: string[]): Reduction {
  rejectUnknownOptions(op, options, known);
  const r = (options as LossOptions).reduction ?? 'mean';
  if (r !== 'mean' && r !== 'sum' && r !== 'none') throw new Error(`${op}: reduction must be 'mean', 'sum' or 'none', got ${String(r)}`);
  return r;
}

function checkSameShape(op: string, what: string, a: Tensor, b: Tensor): void {
  if (sameShape(a.shape, b.shape)) return;
  const hint = a.size === b.size || a.ndim !== b.ndim
    ? ` (PyTorch would broadcast or reject them; reshape one to match, e.g. target.reshape(${formatShape(a.shape)}))`
    : '';
  throw new Error(`${op}: ${what} ${formatShape(a.shape)} and target ${formatShape(b.shape)} have different shapes${hint}`);
}

/** Sums, averages or keeps the per-element losses `values` (length n, shaped `shape`). */
function reduce(values: Float64Array, shape: number[], reduction: Reduction, denominator: number): Tensor {
  if (reduction === 'none') return new Tensor(values, shape.slice());
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return new Tensor(Float64Array.of(reduction === 'mean' ? total / denominator : total), []);
}

/** Mean squared error: (pred − target)², averaged (or summed, or kept per element). */
export function mseLoss(pred: Tensor, target: Tensor, options: LossOptions = {}): Tensor {
  const reduction = checkOptions('mseLoss', options, ['reduction']);
  checkSameShape('mseLoss', 'prediction', pred, target);
  const diff = sub(pred, target);
  const sq = mul(diff, diff);
  return reduction === 'mean' ? mean(sq) : reduction === 'sum' ? sum(sq) : sq;
}

/**
 * Binary cross-entropy on logits z with targets y in [0, 1]:
 * loss = max(z, 0) − z·y + ln(1 + e^(−|z|)), the stable form of −y ln σ(z) − (1−y) ln(1−σ(z)).
 * Backward: σ(z) − y per element (d/dy: −z).
 */
export function bceWithLogits(logits: Tensor, target: Tensor, options: LossOptions = {}): Tensor {
  const reduction = checkOptions('bceWithLogits', options, ['reduction']);
  checkSameShape('bceWithLogits', 'logits', logits, target);
  const Z = logits.data, Y = target.data, n = logits.size;
  const values = reduction === 'none' ? allocate(n, false) : new Float64Array(1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const z = Z[i];
    const l = (z > 0 ? z : 0) - z * Y[i] + Math.log1p(Math.exp(-Math.abs(z)));
    if (reduction === 'none') values[i] = l;
    else total += l;
  }
  const result = reduction === 'none' ? new Tensor(values, logits.shape.slice()) : new Tensor(Float64Array.of(reduction === 'mean' ? total / n : total), []);
  if (!tracks(logits, target)) return result;
  return record(result, 'bceWithLogits', [logits, target], (g) => {
    const scale = reduction === 'mean' ? g[0] / n : g[0];
    if (logits.requiresGrad) {
      const gz = gradBuffer(logits);
      for (let i = 0; i < n; i++) {
        const z = Z[i];
        const s = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
        gz[i] += (reduction === 'none' ? g[i] : scale) * (s - Y[i]);
      }
    }
    if (target.requiresGrad) {
      const gy = gradBuffer(target);
      for (let i = 0; i < n; i++) gy[i] -= (reduction === 'none' ? g[i] : scale) * Z[i];
    }
  });
}

/**
 * Binary cross-entropy on probabilities p: −(y ln p + (1 − y) ln(1 − p)). As in PyTorch, each log is
 * clamped at −100 (so p = 0 or 1 gives a large finite loss) and the gradient (p − y)/(p(1 − p)) uses
 * max(p(1 − p), 1e-12). Probabilities outside [0, 1] are an error; NaN passes through.
 */
export function bceLoss(prob: Tensor, target: Tensor, options: LossOptions = {}): Tensor {
  const reduction = checkOptions('bceLoss', options, ['reduction']);
  checkSameShape('bceLoss', 'prediction', prob, target);
  const P = prob.data, Y = target.data, n = prob.size;
  const values = allocate(n, false);
  for (let i = 0; i < n; i++) {
    const p = P[i];
    if (p < 0 || p > 1) throw new Error(`bceLoss: prediction ${p} at position ${i} is not a probability in [0, 1] (use bceWithLogits for scores)`);
    values[i] = -(Y[i] * Math.max(Math.log(p), -100) + (1 - Y[i]) * Math.max(Math.log(1 - p), -100));
  }
  const result = reduce(values, prob.shape, reduction, n);
  if (!tracks(prob, target)) return result;
  return record(result, 'bceLoss', [prob, target], (g) => {
    const scale = reduction === 'mean' ? g[0] / n : g[0];
    const gp = prob.requiresGrad ? gradBuffer(prob) : null, gy = target.requiresGrad ? gradBuffer(target) : null;
    for (let i = 0; i < n; i++) {
      const p = P[i], gi = reduction === 'none' ? g[i] : scale;
      if (gp) gp[i] += (gi * (p - Y[i])) / Math.max(p * (1 - p), 1e-12);
      if (gy) gy[i] += gi * (Math.max(Math.log(1 - p), -100) - Math.max(Math.log(p), -100));
    }
  });
}

/**
 * Cross-entropy for logits with the class axis 1 — [n, C], [n, C, d₁, …] or a single [C] — and
 * integer class indices shaped like the logits without that axis ([n], [n, d₁, …] or []).
 * Fused log-softmax + negative log-likelihood. With class weights w and label smoothing ε, the loss at
 * one position with target y is (1 − ε)·w_y·(−ln p_y) + (ε/C)·Σ_c w_c·(−ln p_c), and 'mean' divides
 * the total by Σ w_y over positions (by the count without weights), as PyTorch does.
 * Backward per position: A·p_k − a_k, where a_k is the coefficient of −ln p_k above and A = Σ_k a_k.
 */
export function crossEntropy(logits: Tensor, target: Tensor | number[], options: CrossEntropyOptions = {}): Tensor {
  const reduction = checkOptions('crossEntropy', options, ['reduction', 'weight', 'labelSmoothing']);
  if (logits.ndim === 0) throw new Error('crossEntropy: logits must have a class axis, got shape []');
  const batched = logits.ndim > 1;
  const classes = batched ? logits.shape[1] : logits.shape[0];
  const rows = batched ? logits.shape[0] : 1;
  const spatial = batched ? logits.shape.slice(2) : [];
  let inner = 1;
  for (const d of spatial) inner *= d;
  const expected = batched ? [rows, ...spatial] : [];
  const targetShape = target instanceof Tensor ? target.shape : [target.length];
  if (!sameShape(targetShape, expected)) {
    const soft = sameShape(targetShape, logits.shape) ? '; class probabilities as targets are not supported' : '';
    throw new Error(`crossEntropy: target ${formatShape(targetShape)} does not match logits ${formatShape(logits.shape)} (expected target shape ${formatShape(expected)}${soft})`);
  }
  const positions = rows * inner;
  const raw = target instanceof Tensor ? target.data : target;
  const labels = new Int32Array(positions); // a copy: backward must not depend on the caller's array
  for (let i = 0; i < positions; i++) {
    const c = raw[i];
    if (!Number.isInteger(c) || c < 0 || c >= classes) throw new Error(`crossEntropy: class index ${c} at position ${i} is out of range for ${classes} classes`);
    labels[i] = c;
  }
  const w = new Float64Array(classes).fill(1);
  if (options.weight !== undefined) {
    const given = options.weight instanceof Tensor ? options.weight.data : options.weight;
    if (given.length !== classes || (options.weight instanceof Tensor && options.weight.ndim !== 1)) {
      const shape = options.weight instanceof Tensor ? formatShape(options.weight.shape) : `of length ${given.length}`;
      throw new Error(`crossEntropy: weight ${shape} needs one value per class (${classes})`);
    }
    w.set(given);
  }
  const eps = options.labelSmoothing ?? 0;
  if (typeof eps !== 'number' || !(eps >= 0 && eps <= 1)) throw new Error(`crossEntropy: labelSmoothing must be in [0, 1], got ${String(eps)}`);
  let wSum = 0;
  for (let k = 0; k < classes; k++) wSum += w[k];

  const X = logits.data, probs = allocate(logits.size, false), values = allocate(positions, false);
  const at = (r: number, k: number, j: number) => (r * classes + k) * inner + j;
  let denominator = 0;
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < inner; j++) {
      const pos = r * inner + j, y = labels[pos];
      let m = -Infinity;
      for (let k = 0; k < classes; k++) m = Math.max(m, X[at(r, k, j)]);
      let s = 0;
      for (let k = 0; k < classes; k++) s += probs[at(r, k, j)] = Math.exp(X[at(r, k, j)] - m);
      const lse = m + Math.log(s);
      let smooth = 0;
      for (let k = 0; k < classes; k++) {
        probs[at(r, k, j)] /= s;
        if (eps !== 0) smooth += w[k] * (lse - X[at(r, k, j)]);
      }
      values[pos] = (1 - eps) * w[y] * (lse - X[at(r, y, j)]) + (eps / classes) * smooth;
      denominator += w[y];
    }
  }
  const result = reduce(values, expected, reduction, denominator);
  if (!tracks(logits)) return result;
  return record(result, 'crossEntropy', [logits], (g) => {
    const gx = gradBuffer(logits), scale = reduction === 'mean' ? g[0] / denominator : g[0];
    for (let r = 0; r < rows; r++) {
      for (let j = 0; j < inner; j++) {
        const pos = r * inner + j, y = labels[pos], gi = reduction === 'none' ? g[pos] : scale;
        const A = (1 - eps) * w[y] + (eps / classes) * wSum;
        for (let k = 0; k < classes; k++) {
          const a = (eps / classes) * w[k] + (k === y ? (1 - eps) * w[y] : 0);
          gx[at(r, k, j)] += gi * (A * probs[at(r, k, j)] - a);
        }
      }
    }
  }, [probs]);
}
