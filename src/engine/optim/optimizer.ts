// What every optimizer shares: its parameters, a settable learning rate, a step counter, zeroGrad().
import type { Tensor } from '../tensor';

export abstract class Optimizer {
  readonly params: Tensor[];
  lr: number;
  /** Number of step() calls so far (once per step, not once per parameter). */
  stepCount = 0;

  constructor(params: Iterable<Tensor>, lr: number) {
    this.params = Array.from(params);
    if (!(lr >= 0)) throw new Error(`${this.constructor.name}: learning rate must be ≥ 0, got ${lr}`);
    this.lr = lr;
  }

  abstract step(): void;

  /** Forgets the accumulated gradients (call before each backward). */
  zeroGrad(): void {
    for (const p of this.params) {
      if (p.grad) p.grad.data.fill(0);
    }
  }
}
