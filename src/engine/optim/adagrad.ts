// Adagrad (Duchi, Hazan & Singer 2011), following PyTorch's documented update (torch.optim.Adagrad):
//   lr_t = lr / (1 + (t − 1)·lrDecay);   g ← grad + wd·p;   s ← s + g²;   p ← p − lr_t·g / (√s + ε)
// s starts at initialAccumulatorValue, so every coordinate's step shrinks as its squared gradients add up.
import type { Tensor } from '../tensor';
import { Optimizer, buffer, type OptimizerState, type ParamGroup, type ParamGroupInput } from './optimizer';

export interface AdagradOptions {
  lr?: number;
  lrDecay?: number;
  eps?: number;
  weightDecay?: number;
  initialAccumulatorValue?: number;
}

export const ADAGRAD_DEFAULTS: Readonly<Required<AdagradOptions>> = { lr: 0.01, lrDecay: 0, eps: 1e-10, weightDecay: 0, initialAccumulatorValue: 0 };

export class Adagrad extends Optimizer {
  constructor(params: Iterable<Tensor> | ParamGroupInput[], options: AdagradOptions = {}) {
    super('Adagrad', params, ADAGRAD_DEFAULTS, { ...options });
  }

  protected override validate(group: ParamGroup, i: number): void {
    super.validate(group, i);
    for (const key of ['lrDecay', 'eps', 'weightDecay', 'initialAccumulatorValue']) this.requireRange(group, key, 0, Infinity, i);
  }

  protected update(w: Float64Array, g: Float64Array, state: OptimizerState, group: ParamGroup, t: number): void {
    const lr = group.lr / (1 + (t - 1) * (group.lrDecay as number));
    const eps = group.eps as number, wd = group.weightDecay as number;
    const s = buffer(state, 'sum', w.length, group.initialAccumulatorValue as number);
    for (let i = 0; i < w.length; i++) {
      const gi = g[i] + wd * w[i];
      s[i] += gi * gi;
      w[i] -= (lr * gi) / (Math.sqrt(s[i]) + eps);
    }
  }
}
