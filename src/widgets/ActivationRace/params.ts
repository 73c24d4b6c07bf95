// The activation race's settings (URL prefix "race"): everything the five networks share.
import {
  DATASET_LABELS, DATASET_NAMES, DEFAULT_SETTINGS, HIDDEN_MAX, HIDDEN_MIN, LR_MAX, LR_MIN, OPTIMIZER_LABELS, SEED_MAX,
  type OptimizerName, type RaceSettings,
} from '../../lab';
import { choice, defineParams, type ParamValues } from '../kit';

export const RACE_PREFIX = 'race';

export const RACE_SPECS = defineParams({
  data: choice('Data set', DEFAULT_SETTINGS.dataset, DATASET_NAMES.map((d) => ({ value: d, label: DATASET_LABELS[d] }))),
  hidden: { kind: 'number', label: 'Hidden units', default: DEFAULT_SETTINGS.hidden, min: HIDDEN_MIN, max: HIDDEN_MAX, step: 1, integer: true },
  lr: { kind: 'number', label: 'Learning rate', default: DEFAULT_SETTINGS.lr, min: LR_MIN, max: LR_MAX, step: 0.1, scale: 'log' },
  optimizer: choice('Optimizer', DEFAULT_SETTINGS.optimizer, (Object.keys(OPTIMIZER_LABELS) as OptimizerName[]).map((o) => ({ value: o, label: OPTIMIZER_LABELS[o] }))),
  seed: { kind: 'number', label: 'Seed', default: DEFAULT_SETTINGS.seed, min: 1, max: SEED_MAX, step: 1, integer: true },
  speed: { kind: 'number', label: 'Steps per frame', default: 2, min: 1, max: 200, step: 1, integer: true },
  yours: { kind: 'boolean', label: 'Add a sixth network with your formula (§12.8)', default: false },
});

export type RaceValues = ParamValues<typeof RACE_SPECS>;

export function raceSettingsOf(v: RaceValues): RaceSettings {
  return { dataset: v.data, hidden: v.hidden, lr: v.lr, optimizer: v.optimizer, seed: v.seed, withYours: v.yours };
}
