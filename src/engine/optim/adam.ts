// Adam and AdamW. Both keep running means of the gradient (m) and of its square (v) per weight.
import type { Tensor } from '../tensor';
import { Optimizer } from './optimizer';

export interface AdamOptions {
  lr: number;
  betas?: [number, number];
  eps?: number;
  weightDecay?: number;
}

export class Adam extends Optimizer {
  betas: [number, number];
  eps: number;
  weightDecay: number;
  protected readonly m: Float64Array[];
  protected readonly v: Float64Array[];
  /** AdamW decays the weights directly instead of adding weightDecay·p to the gradient. */
  protected readonly decoupled: boolean = false;

  constructor(params: Iterable<Tensor>, { lr, betas = [0.9, 0.999], eps = 1e-8, weightDecay = 0 }: AdamOptions) {
    super(params, lr);
    this.betas = betas;
    this.eps = eps;
    this.weightDecay = weightDecay;
    this.m = this.params.map((p) => new Float64Array(p.size));
    this.v = this.params.map((p) => new Float64Array(p.size));
  }

  // #region adam-step
  step(): void {
    this.stepCount++; // t: once per step, shared by all parameters
    const t = this.stepCount, [b1, b2] = this.betas, { lr, eps, weightDecay } = this;
    // Bias correction: m and v start at 0, so early averages are too small by (1 − βᵗ).
    const c1 = 1 - Math.pow(b1, t), c2 = 1 - Math.pow(b2, t);
    for (let k = 0; k < this.params.length; k++) {
      const p = this.params[k];
      if (!p.grad) continue;
      const w = p.data, g = p.grad.data, m = this.m[k], v = this.v[k];
      for (let i = 0; i < w.length; i++) {
        let gi = g[i];
        if (weightDecay !== 0) {
          if (this.decoupled) w[i] -= lr * weightDecay * w[i]; // AdamW: shrink the weight itself
          else gi += weightDecay * w[i]; // Adam: L2 penalty folded into the gradient
        }
        m[i] = b1 * m[i] + (1 - b1) * gi;
        v[i] = b2 * v[i] + (1 - b2) * gi * gi;
        w[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
      }
    }
  }
  // #endregion
}

/** Adam with decoupled weight decay (Loshchilov & Hutter): p ← p − lr·wd·p, then the Adam update. */
export class AdamW extends Adam {
  protected override readonly decoupled: boolean = true;

  constructor(params: Iterable<Tensor>, { weightDecay = 0.01, ...rest }: AdamOptions) {
    super(params, { ...rest, weightDecay });
  }
}
