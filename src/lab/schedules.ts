// Learning-rate schedules by name, built from the engine's schedulers, and their curves η_t drawn
// from each scheduler's pure lrAt(t) (no training needed). Step t means: the rate the optimizer uses
// for its update after t scheduler steps, so η_0 is the rate of the very first update.
import {
  CosineAnnealingLR, ExponentialLR, LinearLR, OneCycleLR, SGD, SequentialLR, StepLR, tensor,
  type LRScheduler, type Optimizer,
} from '../engine';

export type ScheduleName = 'constant' | 'step' | 'exponential' | 'cosine' | 'warmupCosine' | 'oneCycle';

export const SCHEDULE_NAMES: readonly ScheduleName[] = ['constant', 'step', 'exponential', 'cosine', 'warmupCosine', 'oneCycle'];

export const SCHEDULE_LABELS: Record<ScheduleName, string> = {
  constant: 'constant',
  step: 'step decay',
  exponential: 'exponential decay',
  cosine: 'cosine annealing',
  warmupCosine: 'linear warm-up, then cosine',
  oneCycle: 'one-cycle',
};

/** Every knob any schedule has; each schedule reads the ones it needs. */
export interface ScheduleOptions {
  /** The peak (or starting) rate: the optimizer's lr, or OneCycle's maxLr. */
  lr: number;
  /** Length of the run in steps (cosine's tMax, one-cycle's totalSteps). */
  total: number;
  /** Step decay: multiply by `gamma` every `stepSize` steps. */
  stepSize: number;
  gamma: number;
  /** Exponential decay: multiply by `decay` every step. */
  decay: number;
  /** Cosine: the floor, as a fraction of lr. */
  minFactor: number;
  /** Warm-up: steps to ramp from startFactor·lr up to lr. */
  warmup: number;
  startFactor: number;
  /** One-cycle: fraction of the run spent rising; start at lr/divFactor, end at lr/(divFactor·finalDivFactor). */
  pctStart: number;
  divFactor: number;
  finalDivFactor: number;
}

/** Sensible options for a run of `total` steps peaking at `lr` (what the duel uses). */
export function defaultScheduleOptions(lr: number, total: number): ScheduleOptions {
  return {
    lr, total,
    stepSize: Math.round(total / 3), gamma: 0.1,
    decay: Number((0.01 ** (1 / total)).toPrecision(6)), // down to 1 % of lr at the end
    minFactor: 0,
    warmup: Math.round(total / 10), startFactor: 0.01,
    pctStart: 0.3, divFactor: 25, finalDivFactor: 1e4,
  };
}

/** Attaches the named schedule to an optimizer whose lr is `o.lr`; null for a constant rate. */
export function attachSchedule(name: ScheduleName, opt: Optimizer, o: ScheduleOptions): LRScheduler | null {
  switch (name) {
    case 'constant': return null;
    case 'step': return new StepLR(opt, { stepSize: o.stepSize, gamma: o.gamma });
    case 'exponential': return new ExponentialLR(opt, { gamma: o.decay });
    case 'cosine': return new CosineAnnealingLR(opt, { tMax: o.total, etaMin: o.minFactor * o.lr });
    case 'warmupCosine': {
      const warmup = Math.max(1, Math.min(o.warmup, o.total - 1));
      return new SequentialLR(opt, {
        schedulers: [
          new LinearLR(opt, { startFactor: o.startFactor, endFactor: 1, totalIters: warmup }),
          new CosineAnnealingLR(opt, { tMax: o.total - warmup, etaMin: o.minFactor * o.lr }),
        ],
        milestones: [warmup],
      });
    }
    case 'oneCycle':
      return new OneCycleLR(opt, { maxLr: o.lr, totalSteps: o.total, pctStart: o.pctStart, divFactor: o.divFactor, finalDivFactor: o.finalDivFactor });
    default: throw new Error(`attachSchedule: unknown schedule "${String(name)}"`);
  }
}

/** η_t for t = 0 … steps − 1, read from the engine scheduler's lrAt (one throwaway optimizer). */
export function scheduleCurve(name: ScheduleName, o: ScheduleOptions, steps = o.total): Float64Array {
  const opt = new SGD([tensor(0, { requiresGrad: true })], { lr: o.lr });
  const scheduler = attachSchedule(name, opt, o);
  const out = new Float64Array(steps);
  for (let t = 0; t < steps; t++) out[t] = scheduler ? scheduler.lrAt(t) : o.lr;
  return out;
}

/** The first step t at which η_t ≤ value (−1 if it never gets there within the curve). */
export function firstStepAtOrBelow(curve: ArrayLike<number>, value: number): number {
  for (let t = 0; t < curve.length; t++) if (curve[t] <= value) return t;
  return -1;
}
