import { choice, defineParams } from '../kit';

export const CELSIUS_PARAMS = defineParams({
  celsius: { kind: 'number', label: 'Temperature C', default: 25, min: -60, max: 120, step: 1, integer: true, unit: '°C' },
  batch: choice('Inputs', 'one', [
    { value: 'one', label: 'one temperature' },
    { value: 'three', label: 'a batch of three' },
  ]),
});
