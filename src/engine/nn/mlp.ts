// mlp(): the multi-layer perceptrons the book's widgets train.
import type { Rng } from '../random';
import { ACTIVATION_REGISTRY, isActivationName, type ActivationName } from '../activationRegistry';
import { Linear, type InitName } from './linear';
import { Activation, Sequential } from './layers';
import type { Module } from './module';
import { rejectUnknownOptions } from '../options';

export interface MlpOptions {
  /** Layer widths from input to output, e.g. [2, 8, 8, 1]. */
  sizes: number[];
  /** Activation after every layer except the last. */
  activation: ActivationName;
  rng: Rng;
  /** Default: 'he' for the ReLU family (relu, leakyRelu, gelu, elu, silu), 'xavier' otherwise. */
  init?: InitName;
}

/** The registry's recommended initialisation for this activation. */
export function defaultInit(activation: ActivationName): InitName {
  return ACTIVATION_REGISTRY[activation].init;
}

/** Linear, activation, Linear, activation, …, Linear (no activation after the last layer; none for 'none'). */
export function mlp(options: MlpOptions): Sequential {
  rejectUnknownOptions('mlp', options, ['sizes', 'activation', 'rng', 'init']);
  const { sizes, activation, rng, init } = options;
  if (!isActivationName(activation)) throw new Error(`mlp: unknown activation "${String(activation)}"`);
  if (sizes.length < 2) throw new Error(`mlp: sizes ${JSON.stringify(sizes)} need at least an input and an output width`);
  const layers: Module[] = [];
  const how = init ?? defaultInit(activation);
  for (let i = 0; i + 1 < sizes.length; i++) {
    layers.push(new Linear(sizes[i], sizes[i + 1], { rng, init: how }));
    if (i + 2 < sizes.length && activation !== 'none') layers.push(new Activation(activation));
  }
  return new Sequential(...layers);
}
