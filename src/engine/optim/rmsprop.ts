// RMSprop (Hinton's lecture 6e), following PyTorch's documented update (torch.optim.RMSprop):
//   g ← grad + wd·p;   v ← α·v + (1 − α)·g²
//   centered: ḡ ← α·ḡ + (1 − α)·g and ṽ = v − ḡ², else ṽ = v
//   with momentum μ: b ← μ·b + g / (√ṽ + ε), p ← p − lr·b;   without: p ← p − lr·g / (√ṽ + ε)
import type { Tensor } from '../tensor';
import { Optimizer, buffer, type OptimizerState, type ParamGroup, type ParamGroupInput } from './optimizer';

export interface RmspropOptions {
  lr?: number;
  alpha?: number;
  eps?: number;
  momentum?: number;
  centered?: boolean;
  weightDecay?: number;
}

export const RMSPROP_DEFAULTS: Readonly<Required<RmspropOptions>> = { lr: 0.01, alpha: 0.99, eps: 1e-8, momentum: 0, centered: false, weightDecay: 0 };

export class RMSprop extends Optimizer {
  constructor(params: Iterable<Tensor> | ParamGroupInput[], options: RmspropOptions = {}) {
    super('RMSprop', params, RMSPROP_DEFAULTS, { ...options });
  }

  protected override validate(group: ParamGroup, i: number): void {
    super.validate(group, i);
    this.requireRange(group, 'alpha', 0, Infinity, i);
    this.requireRange(group, 'eps', 0, Infinity, i);
    this.requireRange(group, 'momentum', 0, Infinity, i);
    this.requireRange(group, 'weightDecay', 0, Infinity, i);
    if (typeof group.centered !== 'boolean') throw new Error(`RMSprop: centered must be true or false, got ${String(group.centered)}`);
  }

  protected update(w: Float64Array, g: Float64Array, state: OptimizerState, group: ParamGroup): void {
    const lr = group.lr, alpha = group.alpha as number, eps = group.eps as number;
    const mu = group.momentum as number, wd = group.weightDecay as number;
    const v = buffer(state, 'square', w.length);
    const avg = group.centered ? buffer(state, 'gradAvg', w.length) : null;
    const b = mu > 0 ? buffer(state, 'momentum', w.length) : null;
    for (let i = 0; i < w.length; i++) {
      const gi = g[i] + wd * w[i];
      v[i] = alpha * v[i] + (1 - alpha) * gi * gi;
      let vt = v[i];
      if (avg !== null) {
        avg[i] = alpha * avg[i] + (1 - alpha) * gi;
        vt -= avg[i] * avg[i];
      }
      const d = gi / (Math.sqrt(vt) + eps);
      if (b !== null) w[i] -= lr * (b[i] = mu * b[i] + d);
      else w[i] -= lr * d;
    }
  }
}
