// The histogram viewer's settings (prefix "hist"; shared in the URL like the labs).
import { GAIN_MAX, GAIN_MIN, NORM_DEFAULTS, NORM_DEPTH_MAX, NORM_DEPTH_MIN, type NormSettings } from '../../lab';
import { choice, defineParams, type ParamValues } from '../kit';

export const HIST_SPECS = defineParams({
  norm: choice('Normalization', NORM_DEFAULTS.norm, [
    { value: 'layer', label: 'LayerNorm' },
    { value: 'batch', label: 'BatchNorm1d' },
  ]),
  depth: { kind: 'number', label: 'Hidden layers', default: NORM_DEFAULTS.depth, min: NORM_DEPTH_MIN, max: NORM_DEPTH_MAX, step: 1, integer: true },
  gain: { kind: 'number', label: 'Initial weight gain', default: NORM_DEFAULTS.gain, min: GAIN_MIN, max: GAIN_MAX, step: 0.25 },
  seed: { kind: 'number', label: 'Seed', default: NORM_DEFAULTS.seed, min: 1, max: 100, step: 1, integer: true },
});

export type HistValues = ParamValues<typeof HIST_SPECS>;

export function histSettingsOf(v: HistValues): NormSettings {
  return { norm: v.norm, depth: v.depth, gain: v.gain, lr: NORM_DEFAULTS.lr, seed: v.seed };
}
