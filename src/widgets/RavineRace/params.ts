// The ravine race's settings (URL prefix "ravine"): the bowl, the shared start and the two rates.
import { KAPPA_MAX, KAPPA_MIN, ravine } from '../../lab';
import { defineParams, type ParamValues } from '../kit';

export const RAVINE_PREFIX = 'ravine';
const DOMAIN = ravine(1).domain;

export const RAVINE_SPECS = defineParams({
  lr: { kind: 'number', label: 'Learning rate η', default: 0.5, min: 0.01, max: 3, step: 0.05, scale: 'log' },
  mu: { kind: 'number', label: 'Momentum μ', default: 0.9, min: 0, max: 0.99, step: 0.01 },
  kappa: { kind: 'number', label: 'Condition number κ', default: 50, min: KAPPA_MIN, max: KAPPA_MAX, step: 1, integer: true },
  x0: { kind: 'number', label: 'Start x', default: -9, min: DOMAIN.xMin, max: DOMAIN.xMax, step: 0.1 },
  y0: { kind: 'number', label: 'Start y', default: 4, min: DOMAIN.yMin, max: DOMAIN.yMax, step: 0.1 },
  speed: { kind: 'number', label: 'Steps per frame', default: 1, min: 1, max: 20, step: 1, integer: true },
});

export type RavineValues = ParamValues<typeof RAVINE_SPECS>;
