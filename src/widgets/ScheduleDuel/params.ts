// The schedule duel's settings (URL prefix "duel").
import { SCHEDULE_LABELS, SCHEDULE_NAMES, type ScheduleName } from '../../lab';
import { choice, defineParams, type ParamValues } from '../kit';

export const DUEL_PREFIX = 'duel';

const schedules = SCHEDULE_NAMES.map((n) => ({ value: n, label: SCHEDULE_LABELS[n] }));

export const DUEL_SPECS = defineParams({
  a: choice<ScheduleName>('Schedule A', 'constant', schedules),
  b: choice<ScheduleName>('Schedule B', 'cosine', schedules),
  optimizer: choice('Optimizer', 'adam', [{ value: 'adam', label: 'Adam' }, { value: 'momentum', label: 'SGD with momentum 0.9' }]),
  lr: { kind: 'number', label: 'Peak rate η', default: 0.3, min: 1e-3, max: 3, step: 0.1, scale: 'log' },
  total: { kind: 'number', label: 'Steps T', default: 1000, min: 100, max: 3000, step: 100, integer: true },
  seed: { kind: 'number', label: 'Seed', default: 1, min: 1, max: 100, step: 1, integer: true },
  speed: { kind: 'number', label: 'Steps per frame', default: 4, min: 1, max: 50, step: 1, integer: true },
});

export type DuelValues = ParamValues<typeof DUEL_SPECS>;
