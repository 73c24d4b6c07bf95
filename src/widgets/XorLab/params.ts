// The XOR lab's settings, declared once: controls, URL state (prefix "xor") and notices derive from these.
import { ACTIVATION_NAMES } from '../../engine';
import {
  DATASET_LABELS, DATASET_NAMES, DEFAULT_SETTINGS, HIDDEN_MAX, HIDDEN_MIN, LR_MAX, LR_MIN,
  LOSS_LABELS, OPTIMIZER_LABELS, SEED_MAX, YOURS, type LossName, type OptimizerName, type RunSettings,
} from '../../lab';
import { YOURS_LABEL, activationOptions, choice, defineParams, type ParamValues } from '../kit';

export const XOR_PREFIX = 'xor';

export const XOR_SPECS = defineParams({
  activation: choice('Activation', DEFAULT_SETTINGS.activation, [...activationOptions(ACTIVATION_NAMES), { value: YOURS, label: YOURS_LABEL }]),
  hidden: { kind: 'number', label: 'Hidden units', default: DEFAULT_SETTINGS.hidden, min: HIDDEN_MIN, max: HIDDEN_MAX, step: 1, integer: true },
  second: { kind: 'boolean', label: 'Second hidden layer', default: DEFAULT_SETTINGS.secondLayer },
  lr: { kind: 'number', label: 'Learning rate', default: DEFAULT_SETTINGS.lr, min: LR_MIN, max: LR_MAX, step: 0.1, scale: 'log' },
  optimizer: choice('Optimizer', DEFAULT_SETTINGS.optimizer, (Object.keys(OPTIMIZER_LABELS) as OptimizerName[]).map((o) => ({ value: o, label: OPTIMIZER_LABELS[o] }))),
  seed: { kind: 'number', label: 'Seed', default: DEFAULT_SETTINGS.seed, min: 1, max: SEED_MAX, step: 1, integer: true },
  loss: choice('Loss', 'bce', (Object.keys(LOSS_LABELS) as LossName[]).map((l) => ({ value: l, label: LOSS_LABELS[l] }))),
  data: choice('Data set', DEFAULT_SETTINGS.dataset, DATASET_NAMES.map((d) => ({ value: d, label: DATASET_LABELS[d] }))),
  speed: { kind: 'number', label: 'Steps per frame', default: 1, min: 1, max: 400, step: 1, integer: true },
});

export type XorValues = ParamValues<typeof XOR_SPECS>;

export function runSettingsOf(v: XorValues): RunSettings {
  return { activation: v.activation, hidden: v.hidden, secondLayer: v.second, lr: v.lr, optimizer: v.optimizer, seed: v.seed, dataset: v.data, loss: v.loss };
}
