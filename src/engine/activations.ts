// The activation registry widgets pick from by name ('none' is the identity).
import type { Tensor } from './tensor';
import { relu, leakyRelu, sigmoid, tanh, gelu, elu, softplus, silu } from './ops/activations';

export const ACTIVATION_NAMES = ['none', 'relu', 'leakyRelu', 'sigmoid', 'tanh', 'gelu', 'elu', 'softplus', 'silu'] as const;
export type ActivationName = (typeof ACTIVATION_NAMES)[number];

export const ACTIVATIONS: Record<ActivationName, (t: Tensor) => Tensor> = {
  none: (t) => t,
  relu,
  leakyRelu: (t) => leakyRelu(t),
  sigmoid,
  tanh,
  gelu: (t) => gelu(t),
  elu: (t) => elu(t),
  softplus,
  silu,
};

export function isActivationName(name: string): name is ActivationName {
  return (ACTIVATION_NAMES as readonly string[]).includes(name);
}
