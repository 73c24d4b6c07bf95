// The normalization duel's settings, declared once (URL prefix "norm").
import { GAIN_MAX, GAIN_MIN, NORM_DEFAULTS, NORM_DEPTH_MAX, NORM_DEPTH_MIN, type NormSettings } from '../../lab';
import { choice, defineParams, type ParamValues } from '../kit';

export const NORM_PREFIX = 'norm';

export const NORM_SPECS = defineParams({
  norm: choice('Normalization', NORM_DEFAULTS.norm, [
    { value: 'layer', label: 'LayerNorm' },
    { value: 'batch', label: 'BatchNorm1d' },
  ]),
  depth: { kind: 'number', label: 'Hidden layers', default: NORM_DEFAULTS.depth, min: NORM_DEPTH_MIN, max: NORM_DEPTH_MAX, step: 1, integer: true },
  gain: { kind: 'number', label: 'Initial weight gain', default: NORM_DEFAULTS.gain, min: GAIN_MIN, max: GAIN_MAX, step: 0.25,
    help: 'Weights start with standard deviation gain/√fan-in' },
  lr: { kind: 'number', label: 'Learning rate', default: NORM_DEFAULTS.lr, min: 1e-3, max: 1, step: 0.1, scale: 'log' },
  seed: { kind: 'number', label: 'Seed', default: NORM_DEFAULTS.seed, min: 1, max: 100, step: 1, integer: true },
  speed: { kind: 'number', label: 'Steps per frame', default: 2, min: 1, max: 50, step: 1, integer: true },
});

export type NormValues = ParamValues<typeof NORM_SPECS>;

export function normSettingsOf(v: NormValues): NormSettings {
  return { norm: v.norm, depth: v.depth, gain: v.gain, lr: v.lr, seed: v.seed };
}
