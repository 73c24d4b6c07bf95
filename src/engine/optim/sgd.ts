// Stochastic gradient descent, following PyTorch's documented update (torch.optim.SGD):
//   g ← grad + wd·p
//   with momentum μ: b ← g on the first step, else b ← μ·b + (1 − τ)·g   (τ = dampening)
//                    g ← g + μ·b with Nesterov, else g ← b
//   p ← p − lr·g
import type { Tensor } from '../tensor';
import { Optimizer, buffer, type OptimizerState, type ParamGroup, type ParamGroupInput } from './optimizer';

export interface SgdOptions {
  lr?: number;
  momentum?: number;
  dampening?: number;
  nesterov?: boolean;
  weightDecay?: number;
}

/** PyTorch's defaults (lr 1e-3 since PyTorch 2.2; earlier versions required lr). */
export const SGD_DEFAULTS: Readonly<Required<SgdOptions>> = { lr: 0.001, momentum: 0, dampening: 0, nesterov: false, weightDecay: 0 };

export class SGD extends Optimizer {
  constructor(params: Iterable<Tensor> | ParamGroupInput[], options: SgdOptions = {}) {
    super('SGD', params, SGD_DEFAULTS, { ...options });
  }

  protected override validate(group: ParamGroup, i: number): void {
    super.validate(group, i);
    this.requireRange(group, 'momentum', 0, Infinity, i);
    this.requireRange(group, 'dampening', 0, Infinity, i);
    this.requireRange(group, 'weightDecay', 0, Infinity, i);
    if (typeof group.nesterov !== 'boolean') throw new Error(`SGD: nesterov must be true or false, got ${String(group.nesterov)}`);
    if (group.nesterov && (group.momentum === 0 || group.dampening !== 0)) {
      throw new Error(`SGD: nesterov needs momentum > 0 and dampening 0 (got momentum ${group.momentum}, dampening ${group.dampening})`);
    }
  }

  // #region sgd-step
  protected update(w: Float64Array, g: Float64Array, state: OptimizerState, group: ParamGroup, t: number): void {
    const lr = group.lr, mu = group.momentum as number, tau = group.dampening as number;
    const wd = group.weightDecay as number, nesterov = group.nesterov as boolean;
    const b = mu !== 0 ? buffer(state, 'momentum', w.length) : null;
    for (let i = 0; i < w.length; i++) {
      let d = g[i] + wd * w[i];
      if (b !== null) {
        b[i] = t === 1 ? d : mu * b[i] + (1 - tau) * d;
        d = nesterov ? d + mu * b[i] : b[i];
      }
      w[i] -= lr * d;
    }
  }
  // #endregion
}
