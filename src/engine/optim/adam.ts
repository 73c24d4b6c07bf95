// Adam (Kingma & Ba 2015) and AdamW (Loshchilov & Hutter 2019), following PyTorch's documented updates:
//   Adam:  g ← grad + wd·p (L2 folded into the gradient)     AdamW:  p ← p − lr·wd·p (decoupled)
//   m ← β₁m + (1 − β₁)g;   v ← β₂v + (1 − β₂)g²
//   m̂ = m / (1 − β₁ᵗ);   v̂ = v / (1 − β₂ᵗ);   p ← p − lr·m̂ / (√v̂ + ε)
// `biasCorrection: false` (our teaching extension, not in PyTorch) uses m and v as they are, so a
// chapter can show how small the first steps are without the correction.
import type { Tensor } from '../tensor';
import { Optimizer, buffer, type OptimizerState, type ParamGroup, type ParamGroupInput } from './optimizer';

export interface AdamOptions {
  lr?: number;
  betas?: [number, number];
  eps?: number;
  weightDecay?: number;
  biasCorrection?: boolean;
}

export const ADAM_DEFAULTS: Readonly<Required<AdamOptions>> = { lr: 0.001, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0, biasCorrection: true };
export const ADAMW_DEFAULTS: Readonly<Required<AdamOptions>> = { ...ADAM_DEFAULTS, weightDecay: 0.01 };

export class Adam extends Optimizer {
  protected readonly decoupled: boolean;

  constructor(params: Iterable<Tensor> | ParamGroupInput[], options: AdamOptions = {}, name = 'Adam') {
    super(name, params, name === 'AdamW' ? ADAMW_DEFAULTS : ADAM_DEFAULTS, { ...options });
    this.decoupled = name === 'AdamW';
  }

  protected override validate(group: ParamGroup, i: number): void {
    super.validate(group, i);
    const b = group.betas;
    if (!Array.isArray(b) || b.length !== 2 || !b.every((x) => typeof x === 'number' && x >= 0 && x < 1)) {
      throw new Error(`${this.name}: betas must be two numbers in [0, 1), got ${JSON.stringify(b)} (group ${i})`);
    }
    this.requireRange(group, 'eps', 0, Infinity, i);
    this.requireRange(group, 'weightDecay', 0, Infinity, i);
    if (typeof group.biasCorrection !== 'boolean') throw new Error(`${this.name}: biasCorrection must be true or false`);
  }

  // #region adam-step
  protected update(w: Float64Array, g: Float64Array, state: OptimizerState, group: ParamGroup, t: number): void {
    const lr = group.lr, betas = group.betas as number[], b1 = betas[0], b2 = betas[1];
    const eps = group.eps as number, wd = group.weightDecay as number;
    const m = buffer(state, 'm', w.length), v = buffer(state, 'v', w.length);
    // Bias correction: m and v start at 0, so early averages are too small by the factor (1 − βᵗ).
    const c1 = group.biasCorrection ? 1 - Math.pow(b1, t) : 1, c2 = group.biasCorrection ? 1 - Math.pow(b2, t) : 1;
    for (let i = 0; i < w.length; i++) {
      let gi = g[i];
      if (wd !== 0) {
        if (this.decoupled) w[i] -= lr * wd * w[i]; // AdamW: shrink the weight itself
        else gi += wd * w[i]; // Adam: L2 penalty folded into the gradient
      }
      m[i] = b1 * m[i] + (1 - b1) * gi;
      v[i] = b2 * v[i] + (1 - b2) * gi * gi;
      w[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
    }
  }
  // #endregion
}

/** Adam with decoupled weight decay: p ← p − lr·wd·p, then the Adam update. Default wd 0.01 as PyTorch. */
export class AdamW extends Adam {
  constructor(params: Iterable<Tensor> | ParamGroupInput[], options: AdamOptions = {}) {
    super(params, options, 'AdamW');
  }
}
