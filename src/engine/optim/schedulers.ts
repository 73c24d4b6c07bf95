// Learning-rate schedules. Each has a pure closed form `lrAt(step, baseLr)` (so a plot can draw the
// whole curve without touching the optimizer) and `step()`, which advances one step and writes
// lrAt(step) into every parameter group. As in PyTorch, constructing a scheduler applies lrAt(0)
// and each group's base lr is remembered in `group.initialLr`, so several schedulers (SequentialLR)
// share the same base.
import type { Optimizer } from './optimizer';
import { rejectUnknownOptions } from '../options';


function requirePositive(name: string, key: string, v: unknown, allowZero = false): void {
  if (typeof v !== 'number' || !(allowZero ? v >= 0 : v > 0) || !Number.isFinite(v)) {
    throw new Error(`${name}: ${key} must be a ${allowZero ? 'non-negative' : 'positive'} number, got ${String(v)}`);
  }
}

export abstract class LRScheduler {
  /** Each group's lr when the first scheduler was attached. */
  readonly baseLrs: number[];
  /** Number of step() calls so far. */
  epoch = 0;

  constructor(readonly optimizer: Optimizer) {
    this.baseLrs = optimizer.paramGroups.map((g) => {
      if (typeof g.initialLr !== 'number') g.initialLr = g.lr;
      return g.initialLr as number;
    });
    // Subclasses call start() (which applies lrAt(0)) once their own options are set.
  }

  /** Base lr of group 0 (the one `lrAt` uses when no base is given). */
  get baseLr(): number {
    return this.baseLrs[0];
  }

  /** The learning rate after `step` calls to step(), for a group whose base lr is `baseLr`. Pure. */
  abstract lrAt(step: number, baseLr?: number): number;

  protected start(): void {
    this.applyAt(0);
  }

  protected applyAt(step: number): void {
    this.optimizer.paramGroups.forEach((g, i) => { g.lr = this.lrAt(step, this.baseLrs[i]); });
  }

  step(): void {
    this.epoch++;
    this.applyAt(this.epoch);
  }

  /** The current learning rate of group 0. */
  getLr(): number {
    return this.optimizer.lr;
  }
}

/** lr = base · γ^⌊step / stepSize⌋ */
export class StepLR extends LRScheduler {
  readonly stepSize: number;
  readonly gamma: number;
  constructor(optimizer: Optimizer, readonly options: { stepSize: number; gamma?: number }) {
    super(optimizer);
    rejectUnknownOptions('StepLR', options, ['stepSize', 'gamma']);
    requirePositive('StepLR', 'stepSize', options.stepSize);
    this.stepSize = options.stepSize;
    this.gamma = options.gamma ?? 0.1;
    requirePositive('StepLR', 'gamma', this.gamma, true);
    this.start();
  }
  lrAt(step: number, baseLr = this.baseLr): number {
    return baseLr * Math.pow(this.gamma, Math.floor(step / this.stepSize));
  }
}

/** lr = base · γ^step */
export class ExponentialLR extends LRScheduler {
  readonly gamma: number;
  constructor(optimizer: Optimizer, readonly options: { gamma: number }) {
    super(optimizer);
    rejectUnknownOptions('ExponentialLR', options, ['gamma']);
    requirePositive('ExponentialLR', 'gamma', options.gamma, true);
    this.gamma = options.gamma;
    this.start();
  }
  lrAt(step: number, baseLr = this.baseLr): number {
    return baseLr * Math.pow(this.gamma, step);
  }
}

/**
 * lr = ηmin + (base − ηmin)(1 + cos(π · step / tMax)) / 2: half a cosine from base down to ηmin.
 * Closed form (SGDR without restarts); past tMax it climbs back up, as PyTorch's closed form does.
 */
// #region cosine-lr
export class CosineAnnealingLR extends LRScheduler {
  readonly tMax: number;
  readonly etaMin: number;
  constructor(optimizer: Optimizer, readonly options: { tMax: number; etaMin?: number }) {
    super(optimizer);
    rejectUnknownOptions('CosineAnnealingLR', options, ['tMax', 'etaMin']);
    requirePositive('CosineAnnealingLR', 'tMax', options.tMax);
    this.tMax = options.tMax;
    this.etaMin = options.etaMin ?? 0;
    requirePositive('CosineAnnealingLR', 'etaMin', this.etaMin, true);
    this.start();
  }
  lrAt(step: number, baseLr = this.baseLr): number {
    return this.etaMin + ((baseLr - this.etaMin) * (1 + Math.cos((Math.PI * step) / this.tMax))) / 2;
  }
}
// #endregion

/** Linear warm-up: the factor goes from startFactor to endFactor over totalIters steps, then stays. */
export class LinearLR extends LRScheduler {
  readonly startFactor: number;
  readonly endFactor: number;
  readonly totalIters: number;
  constructor(optimizer: Optimizer, readonly options: { startFactor?: number; endFactor?: number; totalIters?: number } = {}) {
    super(optimizer);
    rejectUnknownOptions('LinearLR', options, ['startFactor', 'endFactor', 'totalIters']);
    this.startFactor = options.startFactor ?? 1 / 3;
    this.endFactor = options.endFactor ?? 1;
    this.totalIters = options.totalIters ?? 5;
    if (!(this.startFactor > 0 && this.startFactor <= 1)) throw new Error(`LinearLR: startFactor must be in (0, 1], got ${this.startFactor}`);
    if (!(this.endFactor >= 0 && this.endFactor <= 1)) throw new Error(`LinearLR: endFactor must be in [0, 1], got ${this.endFactor}`);
    requirePositive('LinearLR', 'totalIters', this.totalIters);
    this.start();
  }
  lrAt(step: number, baseLr = this.baseLr): number {
    const f = Math.min(step, this.totalIters) / this.totalIters;
    return baseLr * (this.startFactor + (this.endFactor - this.startFactor) * f);
  }
}

export interface OneCycleOptions {
  maxLr: number;
  totalSteps: number;
  pctStart?: number;
  annealStrategy?: 'cos' | 'linear';
  divFactor?: number;
  finalDivFactor?: number;
}

/**
 * The 1cycle policy (Smith & Topin 2017) with PyTorch's phase boundaries: from maxLr/divFactor up to
 * maxLr over the first pctStart·totalSteps − 1 steps, then down to maxLr/(divFactor·finalDivFactor)
 * at step totalSteps − 1. It ignores the optimizer's own lr. Unlike PyTorch we do not cycle momentum.
 */
export class OneCycleLR extends LRScheduler {
  readonly maxLr: number;
  readonly totalSteps: number;
  readonly pctStart: number;
  readonly annealStrategy: 'cos' | 'linear';
  readonly initialLr: number;
  readonly minLr: number;
  constructor(optimizer: Optimizer, readonly options: OneCycleOptions) {
    super(optimizer);
    rejectUnknownOptions('OneCycleLR', options, ['maxLr', 'totalSteps', 'pctStart', 'annealStrategy', 'divFactor', 'finalDivFactor']);
    requirePositive('OneCycleLR', 'maxLr', options.maxLr);
    if (!Number.isInteger(options.totalSteps) || options.totalSteps < 2) throw new Error(`OneCycleLR: totalSteps must be an integer ≥ 2, got ${options.totalSteps}`);
    this.maxLr = options.maxLr;
    this.totalSteps = options.totalSteps;
    this.pctStart = options.pctStart ?? 0.3;
    if (!(this.pctStart > 0 && this.pctStart < 1)) throw new Error(`OneCycleLR: pctStart must be in (0, 1), got ${this.pctStart}`);
    this.annealStrategy = options.annealStrategy ?? 'cos';
    if (this.annealStrategy !== 'cos' && this.annealStrategy !== 'linear') {
      throw new Error(`OneCycleLR: annealStrategy must be 'cos' or 'linear', got ${String(this.annealStrategy)}`);
    }
    const div = options.divFactor ?? 25, finalDiv = options.finalDivFactor ?? 1e4;
    requirePositive('OneCycleLR', 'divFactor', div);
    requirePositive('OneCycleLR', 'finalDivFactor', finalDiv);
    this.initialLr = this.maxLr / div;
    this.minLr = this.initialLr / finalDiv;
    this.start();
  }

  private anneal(from: number, to: number, pct: number): number {
    return this.annealStrategy === 'cos' ? to + ((from - to) / 2) * (Math.cos(Math.PI * pct) + 1) : from + (to - from) * pct;
  }

  lrAt(step: number): number {
    if (step > this.totalSteps) throw new Error(`OneCycleLR: step ${step} is past totalSteps ${this.totalSteps}`);
    const peak = this.pctStart * this.totalSteps - 1, end = this.totalSteps - 1;
    if (step <= peak) return this.anneal(this.initialLr, this.maxLr, step / peak);
    return this.anneal(this.maxLr, this.minLr, (step - peak) / (end - peak));
  }
}

/**
 * Runs schedulers one after another: schedulers[i] from milestones[i − 1] on, each restarted at its
 * own step 0 (e.g. LinearLR warm-up for 5 steps, then CosineAnnealingLR).
 */
export class SequentialLR extends LRScheduler {
  readonly schedulers: LRScheduler[];
  readonly milestones: number[];
  constructor(optimizer: Optimizer, readonly options: { schedulers: LRScheduler[]; milestones: number[] }) {
    super(optimizer);
    rejectUnknownOptions('SequentialLR', options, ['schedulers', 'milestones']);
    const { schedulers, milestones } = options;
    if (!Array.isArray(schedulers) || schedulers.length < 1) throw new Error('SequentialLR: needs at least one scheduler');
    if (!Array.isArray(milestones) || milestones.length !== schedulers.length - 1) {
      throw new Error(`SequentialLR: ${schedulers.length} schedulers need ${schedulers.length - 1} milestones, got ${JSON.stringify(milestones)}`);
    }
    milestones.forEach((m, i) => {
      if (!Number.isInteger(m) || m < 1 || (i > 0 && m <= milestones[i - 1])) throw new Error(`SequentialLR: milestones must be increasing positive integers, got ${JSON.stringify(milestones)}`);
    });
    schedulers.forEach((s, i) => {
      if (s.optimizer !== optimizer) throw new Error(`SequentialLR: scheduler ${i} belongs to a different optimizer`);
    });
    this.schedulers = schedulers;
    this.milestones = milestones;
    this.start();
  }
  lrAt(step: number, baseLr = this.baseLr): number {
    let k = 0;
    while (k < this.milestones.length && step >= this.milestones[k]) k++;
    return this.schedulers[k].lrAt(k === 0 ? step : step - this.milestones[k - 1], baseLr);
  }
}
