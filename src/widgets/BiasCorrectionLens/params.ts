// The bias-correction lens's settings (URL prefix "lens").
import { choice, defineParams, type ParamValues } from '../kit';

export const LENS_PREFIX = 'lens';

export const LENS_SPECS = defineParams({
  correction: { kind: 'boolean', label: 'Bias correction', default: true },
  scale: { kind: 'number', label: 'Gradient size g', default: 1, min: 1e-4, max: 1e4, step: 0.25, scale: 'log' },
  noise: { kind: 'number', label: 'Gradient noise (relative)', default: 0, min: 0, max: 2, step: 0.1 },
  beta1: { kind: 'number', label: 'β₁', default: 0.9, min: 0, max: 0.99, step: 0.01 },
  beta2: choice('β₂', '0.999', [
    { value: '0.9', label: '0.9' }, { value: '0.99', label: '0.99' }, { value: '0.999', label: '0.999' }, { value: '0.9999', label: '0.9999' },
  ]),
});

export type LensValues = ParamValues<typeof LENS_SPECS>;
