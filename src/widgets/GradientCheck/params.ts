import { CHECKED_OPS } from './checkGradient';
import { choice, defineParams } from '../kit';

export const GRADCHECK_PARAMS = defineParams({
  op: choice('Operation', 'matmul', CHECKED_OPS.map((o) => ({ value: o.id, label: o.label }))),
  seed: { kind: 'number', label: 'Seed', default: 1, min: 1, max: 9999, step: 1, integer: true },
  epsilon: { kind: 'number', label: 'Step ε', default: 1e-6, min: 1e-12, max: 1e-1, step: 1, scale: 'log', help: 'Too large: the curve bends inside the step. Too small: rounding noise wins.' },
});
