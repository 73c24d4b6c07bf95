import { choice, defineParams } from '../kit';

export const TRAINER_PARAMS = defineParams({
  data: choice('Data', 'noisy', [
    { value: 'noisy', label: '100 noisy readings' },
    { value: 'six', label: 'six exact readings' },
  ]),
  lr: { kind: 'number', label: 'Learning rate', default: 0.0015, min: 1e-5, max: 1, step: 0.05, scale: 'log' },
  standardise: { kind: 'boolean', label: 'Standardise the inputs', default: false, help: 'Train on (C − mean) / spread; w and b are shown back in °C units.' },
  forgetZero: { kind: 'boolean', label: 'Forget to zero the gradients', default: false, help: 'Each step then adds its gradient to all earlier ones.' },
  stepsPerFrame: { kind: 'number', label: 'Steps per frame', default: 20, min: 1, max: 200, step: 1, integer: true },
  seed: { kind: 'number', label: 'Seed', default: 7, min: 1, max: 999, step: 1, integer: true },
});
