// Learning-rate schedules. Each step() advances one epoch and sets opt.lr from the closed form.
import type { Optimizer } from './optimizer';

export abstract class LRScheduler {
  readonly baseLr: number;
  /** Number of step() calls so far. */
  epoch = 0;

  constructor(readonly optimizer: Optimizer) {
    this.baseLr = optimizer.lr;
  }

  protected abstract lrAt(epoch: number): number;

  step(): void {
    this.epoch++;
    this.optimizer.lr = this.lrAt(this.epoch);
  }

  getLr(): number {
    return this.optimizer.lr;
  }
}

/** lr = base · γ^⌊epoch / stepSize⌋ */
export class StepLR extends LRScheduler {
  constructor(optimizer: Optimizer, readonly options: { stepSize: number; gamma?: number }) {
    super(optimizer);
  }
  protected lrAt(epoch: number): number {
    return this.baseLr * Math.pow(this.options.gamma ?? 0.1, Math.floor(epoch / this.options.stepSize));
  }
}

/** lr = base · γ^epoch */
export class ExponentialLR extends LRScheduler {
  constructor(optimizer: Optimizer, readonly options: { gamma: number }) {
    super(optimizer);
  }
  protected lrAt(epoch: number): number {
    return this.baseLr * Math.pow(this.options.gamma, epoch);
  }
}

/** lr = ηmin + (base − ηmin)(1 + cos(π · epoch / tMax)) / 2 */
export class CosineAnnealingLR extends LRScheduler {
  constructor(optimizer: Optimizer, readonly options: { tMax: number; etaMin?: number }) {
    super(optimizer);
  }
  protected lrAt(epoch: number): number {
    const etaMin = this.options.etaMin ?? 0;
    return etaMin + ((this.baseLr - etaMin) * (1 + Math.cos((Math.PI * epoch) / this.options.tMax))) / 2;
  }
}
