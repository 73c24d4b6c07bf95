// The parameter roster's settings (URL prefix "roster"): the learning rate and which parameters are frozen.
import { defineParams, type ParamValues } from '../kit';

export const ROSTER_PREFIX = 'roster';

export const ROSTER_SPECS = defineParams({
  lr: { kind: 'number', label: 'Learning rate η', default: 0.05, min: 0.001, max: 0.3, step: 0.05, scale: 'log' },
  freezeA: { kind: 'boolean', label: 'Freeze a (weight of x²)', default: false },
  freezeB: { kind: 'boolean', label: 'Freeze b (weight of x)', default: false },
  freezeC: { kind: 'boolean', label: 'Freeze c (bias)', default: false },
});

export type RosterValues = ParamValues<typeof ROSTER_SPECS>;
