// The activation registry: one record per activation, the single place that says what a name means.
// Each record carries the differentiable op (tensors with autograd), the array kernel and the scalar
// expression the compiled inference path (inference.ts) uses, and the recommended initialisation.
// Widgets pick activations by name from here; compileMlp and mlp() derive everything from it.
import type { Tensor } from './tensor';
import type { InitName } from './nn/linear';
import {
  relu, leakyRelu, sigmoid, tanh, gelu, elu, softplus, silu,
  reluKernel, leakyReluKernel, sigmoidKernel, tanhKernel, geluKernel, eluKernel, softplusKernel, siluKernel,
} from './ops/activations';

export const ACTIVATION_NAMES = ['none', 'relu', 'leakyRelu', 'sigmoid', 'tanh', 'gelu', 'elu', 'softplus', 'silu'] as const;
export type ActivationName = (typeof ACTIVATION_NAMES)[number];

export interface ActivationRecord {
  readonly name: ActivationName;
  /** The op on tensors, forward and backward (ops/activations.ts). */
  readonly op: (x: Tensor) => Tensor;
  /** y[i] = f(x[i]) for i < n; x and y may be the same array (the compiled loop path). */
  readonly kernel: (x: Float64Array, y: Float64Array, n: number) => void;
  /**
   * The same f as a JavaScript expression in `v` (the compiled unrolled path writes it out once per
   * unit). It may use Math and `erf`; it must give the kernel's value, NaN included (a test checks).
   */
  readonly scalar: string;
  /** 'he' for the ReLU family (about half the units pass a signal), 'xavier' for the symmetric squashers. */
  readonly init: InitName;
}

/** Shorthand for the records below. */
const entry = (name: ActivationName, op: ActivationRecord['op'], kernel: ActivationRecord['kernel'], scalar: string, init: InitName): ActivationRecord =>
  ({ name, op, kernel, scalar, init });

export const ACTIVATION_REGISTRY: Readonly<Record<ActivationName, ActivationRecord>> = {
  none: entry('none', (t) => t, (x, y, n) => { if (x !== y) y.set(x.subarray(0, n)); }, 'v', 'xavier'),
  relu: entry('relu', relu, reluKernel, '(v > 0 || v !== v ? v : 0)', 'he'),
  leakyRelu: entry('leakyRelu', (t) => leakyRelu(t), (x, y, n) => leakyReluKernel(x, y, n), '(v > 0 ? v : 0.01 * v)', 'he'),
  sigmoid: entry('sigmoid', sigmoid, sigmoidKernel, '(v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v)))', 'xavier'),
  tanh: entry('tanh', tanh, tanhKernel, 'Math.tanh(v)', 'xavier'),
  // exact GELU, x·Φ(x), computed exactly as geluKernel's default does
  gelu: entry('gelu', (t) => gelu(t), (x, y, n) => geluKernel(x, y, n), '(v * (0.5 * (1 + erf(v / Math.SQRT2))))', 'he'),
  elu: entry('elu', (t) => elu(t), (x, y, n) => eluKernel(x, y, n), '(v > 0 ? v : Math.expm1(v))', 'he'),
  softplus: entry('softplus', softplus, softplusKernel, '((v > 0 ? v : 0) + Math.log1p(Math.exp(-Math.abs(v))))', 'xavier'),
  silu: entry('silu', silu, siluKernel, '(v >= 0 ? v / (1 + Math.exp(-v)) : (v * Math.exp(v)) / (1 + Math.exp(v)))', 'he'),
};

/** name → op, the form most callers want. */
export const ACTIVATIONS: Readonly<Record<ActivationName, (t: Tensor) => Tensor>> = Object.fromEntries(
  ACTIVATION_NAMES.map((n) => [n, ACTIVATION_REGISTRY[n].op]),
) as Record<ActivationName, (t: Tensor) => Tensor>;

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
