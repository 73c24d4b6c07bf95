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

// #region override
// A reader may replace an activation's op in the page (chapter 12's engine editor). Models look their
// activation up at forward time, so a replacement takes effect from the next step, everywhere.
const overrides = new Map<ActivationName, (t: Tensor) => Tensor>();

/** Replaces the op behind `name` (forward and backward), or restores the book's op with null. */
export function overrideActivation(name: ActivationName, op: ((t: Tensor) => Tensor) | null): void {
  if (!isActivationName(name)) throw new Error(`overrideActivation: unknown activation "${String(name)}"`);
  if (op === null) overrides.delete(name);
  else overrides.set(name, op);
}

export function isActivationOverridden(name: ActivationName): boolean {
  return overrides.has(name);
}

/** The op an Activation layer runs: the override if there is one, else the registry's. */
export function activationOp(name: ActivationName): (t: Tensor) => Tensor {
  return overrides.get(name) ?? ACTIVATIONS[name];
}
// #endregion
