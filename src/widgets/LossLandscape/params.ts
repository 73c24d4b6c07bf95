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
