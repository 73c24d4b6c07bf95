import { choice, defineParams } from '../kit';
import { DOMAIN } from './landscape';

export const LANDSCAPE_PARAMS = defineParams({
  w: { kind: 'number', label: 'Weight w', default: 0.5, min: DOMAIN.wMin, max: DOMAIN.wMax, step: 0.01 },
  b: { kind: 'number', label: 'Bias b', default: 10, min: DOMAIN.bMin, max: DOMAIN.bMax, step: 0.5 },
  loss: choice('Loss', 'mse', [
    { value: 'mse', label: 'squared (MSE)' },
    { value: 'mae', label: 'absolute (MAE)' },
  ]),
  data: choice('Data', 'two', [
    { value: 'two', label: '2 points: 0 and 100 °C' },
    { value: 'six', label: '6 points: 0, 20 … 100 °C' },
  ]),
});

/** Chapter 7's extra controls: gradient descent from the point, drawn on the map. */
export const DESCENT_PARAMS = defineParams({
  lr: { kind: 'number', label: 'Learning rate η', default: 0.00025, min: 0.00001, max: 1, step: 0.05, scale: 'log' },
  steps: { kind: 'number', label: 'Steps', default: 100, min: 1, max: 1000, step: 1, integer: true },
  standardise: { kind: 'boolean', label: 'Standardise the inputs', default: false, help: 'Descend on (C − mean)/spread; the path is drawn back in raw w and b.' },
});
