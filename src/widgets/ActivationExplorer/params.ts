// The explorer's parameters, declared once: which activation, and where the x probe sits.
import { ACTIVATION_NAMES, type ActivationName } from '../../engine';
import { choice, defineParams } from '../kit';

export const ACTIVATION_LABELS: Record<ActivationName, string> = {
  none: 'None (identity)',
  relu: 'ReLU',
  leakyRelu: 'Leaky ReLU (0.01)',
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
  gelu: 'GELU',
  elu: 'ELU',
  softplus: 'Softplus',
  silu: 'SiLU (swish)',
};

export const EXPLORER_PARAMS = defineParams({
  activation: choice<ActivationName>(
    'Activation',
    'relu',
    ACTIVATION_NAMES.map((value) => ({ value, label: ACTIVATION_LABELS[value] })),
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
