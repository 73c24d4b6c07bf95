// Stochastic gradient descent with optional momentum and (L2) weight decay, as in PyTorch:
//   g ← grad + wd·p;   v ← μ·v + g;   p ← p − lr·v   (v = g without momentum)
import type { Tensor } from '../tensor';
import { Optimizer } from './optimizer';

export interface SgdOptions {
  lr: number;
  momentum?: number;
  weightDecay?: number;
}

export class SGD extends Optimizer {
  momentum: number;
  weightDecay: number;
  private readonly velocity: Float64Array[];

  constructor(params: Iterable<Tensor>, { lr, momentum = 0, weightDecay = 0 }: SgdOptions) {
    super(params, lr);
    this.momentum = momentum;
    this.weightDecay = weightDecay;
    this.velocity = this.params.map((p) => new Float64Array(p.size));
  }

  step(): void {
    this.stepCount++;
    const { lr, momentum, weightDecay } = this;
    this.params.forEach((p, k) => {
      if (!p.grad) return;
      const w = p.data, g = p.grad.data, v = this.velocity[k];
      for (let i = 0; i < w.length; i++) {
        let d = g[i] + weightDecay * w[i];
        if (momentum !== 0) d = v[i] = momentum * v[i] + d;
        w[i] -= lr * d;
      }
    });
  }
}
