// The SineDemo's one parameter, declared once: the slider, its output and aria-valuetext derive from it.
import { defineParams } from '../kit';

export const SINE_PARAMS = defineParams({
  frequency: {
    kind: 'number',
    label: 'Frequency',
    default: 1,
    min: 0.5,
    max: 8,
    step: 0.5,
    help: 'Full waves between x = 0 and x = 1.',
  },
});
