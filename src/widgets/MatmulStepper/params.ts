import { defineParams } from '../kit';

export const MATMUL_PARAMS = defineParams({
  seed: { kind: 'number', label: 'Numbers (seed)', default: 1, min: 1, max: 50, step: 1, integer: true },
});
