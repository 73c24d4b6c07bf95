// The schedule plotter's settings (URL prefix "plot"): the schedule and every knob any schedule has;
// the plotter shows only the knobs of the chosen schedule.
import { SCHEDULE_LABELS, SCHEDULE_NAMES, type ScheduleName } from '../../lab';
import { choice, defineParams, type ParamValues } from '../kit';

export const PLOT_PREFIX = 'plot';

export const PLOT_SPECS = defineParams({
  schedule: choice<ScheduleName>('Schedule', 'cosine', SCHEDULE_NAMES.map((n) => ({ value: n, label: SCHEDULE_LABELS[n] }))),
  lr: { kind: 'number', label: 'Peak rate η', default: 0.1, min: 1e-4, max: 1, step: 0.1, scale: 'log' },
  total: { kind: 'number', label: 'Steps in the run T', default: 1000, min: 10, max: 5000, step: 10, integer: true },
  stepSize: { kind: 'number', label: 'Step decay every s steps', default: 300, min: 1, max: 2000, step: 1, integer: true },
  gamma: { kind: 'number', label: 'Step decay factor γ', default: 0.1, min: 0.01, max: 0.9, step: 0.01 },
  decay: { kind: 'number', label: 'Exponential factor γ per step', default: 0.995, min: 0.9, max: 0.9999, step: 0.0001 },
  minFactor: { kind: 'number', label: 'Floor η_min as a fraction of η', default: 0, min: 0, max: 0.5, step: 0.01 },
  warmup: { kind: 'number', label: 'Warm-up steps W', default: 100, min: 1, max: 1000, step: 1, integer: true },
  startFactor: { kind: 'number', label: 'Warm-up start factor f', default: 0.01, min: 0.001, max: 1, step: 0.1, scale: 'log' },
  pctStart: { kind: 'number', label: 'One-cycle rising fraction p', default: 0.3, min: 0.05, max: 0.95, step: 0.05 },
  divFactor: { kind: 'number', label: 'One-cycle start divisor d', default: 25, min: 1, max: 100, step: 1 },
  finalDivFactor: { kind: 'number', label: 'One-cycle final divisor D', default: 1e4, min: 1, max: 1e5, step: 0.5, scale: 'log' },
  probe: { kind: 'number', label: 'Read η at step t', default: 500, min: 0, max: 5000, step: 1, integer: true },
});

export type PlotValues = ParamValues<typeof PLOT_SPECS>;

/** The knobs each schedule reads (besides η, T and the probe). */
export const KNOBS: Record<ScheduleName, (keyof typeof PLOT_SPECS)[]> = {
  constant: [],
  step: ['stepSize', 'gamma'],
  exponential: ['decay'],
  cosine: ['minFactor'],
  warmupCosine: ['warmup', 'startFactor', 'minFactor'],
  oneCycle: ['pctStart', 'divFactor', 'finalDivFactor'],
};
