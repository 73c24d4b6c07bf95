// The overfit lab's settings, declared once: controls, URL state (prefix "overfit") and notices derive from these.
import {
  DECAY_MAX, DROPOUT_MAX, OVERFIT_DEFAULTS, OVERFIT_LR_MAX, OVERFIT_LR_MIN, SEED_MAX, type OverfitSettings,
} from '../../lab';
import { choice, defineParams, type ParamValues } from '../kit';

export const OVERFIT_PREFIX = 'overfit';

export const OVERFIT_SPECS = defineParams({
  dropout: { kind: 'number', label: 'Dropout p', default: OVERFIT_DEFAULTS.dropout, min: 0, max: DROPOUT_MAX, step: 0.05,
    help: 'After each hidden layer, while training' },
  decay: { kind: 'number', label: 'Weight penalty λ', default: OVERFIT_DEFAULTS.decay, min: 0, max: DECAY_MAX, step: 0.01 },
  decayMode: choice('Penalty applied as', OVERFIT_DEFAULTS.decayMode, [
    { value: 'adamw', label: 'AdamW: decoupled decay' },
    { value: 'l2', label: 'Adam: L2 in the gradient' },
  ]),
  earlyStop: { kind: 'boolean', label: 'Early stopping', default: OVERFIT_DEFAULTS.earlyStop,
    help: 'Stop 150 steps after the best validation loss and go back to it' },
  lr: { kind: 'number', label: 'Learning rate', default: OVERFIT_DEFAULTS.lr, min: OVERFIT_LR_MIN, max: OVERFIT_LR_MAX, step: 0.1, scale: 'log' },
  seed: { kind: 'number', label: 'Seed', default: OVERFIT_DEFAULTS.seed, min: 1, max: SEED_MAX, step: 1, integer: true },
  speed: { kind: 'number', label: 'Steps per frame', default: 4, min: 1, max: 100, step: 1, integer: true },
});

export type OverfitValues = ParamValues<typeof OVERFIT_SPECS>;

export function overfitSettingsOf(v: OverfitValues): OverfitSettings {
  return { dropout: v.dropout, decay: v.decay, decayMode: v.decayMode, earlyStop: v.earlyStop, lr: v.lr, seed: v.seed };
}
