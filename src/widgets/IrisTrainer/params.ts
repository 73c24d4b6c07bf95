// The Iris trainer's settings, declared once: controls, URL state (prefix "iris") and notices derive from these.
import {
  IRIS_DEFAULTS, IRIS_HIDDEN_MAX, IRIS_HIDDEN_MIN, IRIS_LR_MAX, IRIS_LR_MIN, IRIS_SEED_MAX, SCALING_LABELS, SCALING_NAMES,
  type IrisSettings,
} from '../../lab';
import { choice, defineParams, type ParamValues } from '../kit';

export const IRIS_PREFIX = 'iris';

export const IRIS_SPECS = defineParams({
  scaling: choice('Standardise with', IRIS_DEFAULTS.scaling, SCALING_NAMES.map((s) => ({ value: s, label: SCALING_LABELS[s] }))),
  hidden: { kind: 'number', label: 'Hidden units', default: IRIS_DEFAULTS.hidden, min: IRIS_HIDDEN_MIN, max: IRIS_HIDDEN_MAX, step: 1, integer: true },
  lr: { kind: 'number', label: 'Learning rate (Adam)', default: IRIS_DEFAULTS.lr, min: IRIS_LR_MIN, max: IRIS_LR_MAX, step: 0.1, scale: 'log' },
  seed: { kind: 'number', label: 'Seed (split and weights)', default: IRIS_DEFAULTS.seed, min: 1, max: IRIS_SEED_MAX, step: 1, integer: true },
  speed: { kind: 'number', label: 'Steps per frame', default: 2, min: 1, max: 50, step: 1, integer: true },
});

export type IrisValues = ParamValues<typeof IRIS_SPECS>;

export function irisSettingsOf(v: IrisValues): IrisSettings {
  return { hidden: v.hidden, lr: v.lr, seed: v.seed, scaling: v.scaling };
}
