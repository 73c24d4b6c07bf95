// The explorer's parameters, declared once: which activation, and where the x probe sits.
import { ACTIVATION_NAMES, type ActivationName } from '../../engine';
import { activationOptions, choice, defineParams } from '../kit';

export const EXPLORER_PARAMS = defineParams({
  activation: choice<ActivationName>(
    'Activation',
    'relu',
    activationOptions(ACTIVATION_NAMES),
  ),
  probe: {
    kind: 'number',
    label: 'Probe x',
    default: 1,
    min: -5,
    max: 5,
    step: 0.05,
    help: 'Where to read f(x) and its slope f′(x).',
  },
});
