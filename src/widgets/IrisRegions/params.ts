// The decision-region picture's settings (URL prefix "regions").
import { IRIS_DEFAULTS, IRIS_HIDDEN_MAX, IRIS_HIDDEN_MIN, IRIS_SEED_MAX } from '../../lab';
import { defineParams } from '../kit';

export const REGIONS_PREFIX = 'regions';

export const REGIONS_SPECS = defineParams({
  hidden: { kind: 'number', label: 'Hidden units', default: IRIS_DEFAULTS.hidden, min: IRIS_HIDDEN_MIN, max: IRIS_HIDDEN_MAX, step: 1, integer: true },
  seed: { kind: 'number', label: 'Seed (split and weights)', default: IRIS_DEFAULTS.seed, min: 1, max: IRIS_SEED_MAX, step: 1, integer: true },
  speed: { kind: 'number', label: 'Steps per frame', default: 2, min: 1, max: 50, step: 1, integer: true },
});
