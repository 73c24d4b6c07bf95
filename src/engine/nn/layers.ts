// Containers and parameter-free layers: Sequential, activation modules, Dropout.
import { Tensor } from '../tensor';
import type { Rng } from '../random';
import { ACTIVATIONS, activationOp, type ActivationName } from '../activationRegistry';
import { tracks, record, gradBuffer } from '../autograd';
import { Module } from './module';
import { allocate } from '../storage';

/** Runs its layers in order. Children are named '0', '1', … like PyTorch's. */
export class Sequential extends Module {
  readonly layers: Module[];

  constructor(...layers: Module[]) {
    super();
    this.layers = layers;
  }

  override namedChildren(): Array<[string, Module]> {
    return this.layers.map((m, i) => [String(i), m]);
  }

  forward(x: Tensor): Tensor {
    let h = x;
    for (const layer of this.layers) h = layer.forward(h);
    return h;
  }
}

/** An activation function as a layer, chosen by name from the ACTIVATIONS registry. */
export class Activation extends Module {
  constructor(readonly name: ActivationName) {
    super();
    if (!(name in ACTIVATIONS)) throw new Error(`Activation: unknown activation "${name}"`);
  }

  forward(x: Tensor): Tensor {
    return activationOp(this.name)(x); // an override (chapter 12's engine editor) wins
  }
}

export class Identity extends Activation { constructor() { super('none'); } }
export class ReLU extends Activation { constructor() { super('relu'); } }
export class LeakyReLU extends Activation { constructor() { super('leakyRelu'); } }
export class Sigmoid extends Activation { constructor() { super('sigmoid'); } }
export class Tanh extends Activation { constructor() { super('tanh'); } }
export class GELU extends Activation { constructor() { super('gelu'); } }
export class ELU extends Activation { constructor() { super('elu'); } }
export class Softplus extends Activation { constructor() { super('softplus'); } }
export class SiLU extends Activation { constructor() { super('silu'); } }

/**
 * Dropout: in training, zeroes each value with probability p and scales the survivors by 1/(1 − p)
 * ("inverted" dropout), so the expected value is unchanged and evaluation needs no rescaling.
 * In eval mode it passes the input through.
 */
export class Dropout extends Module {
  constructor(readonly p: number, private readonly rng: Rng) {
    super();
    if (!(p >= 0 && p < 1)) throw new Error(`Dropout: p must be in [0, 1), got ${p}`);
  }

  // #region dropout
  forward(x: Tensor): Tensor {
    if (!this.training || this.p === 0) return x;
    const n = x.size, scale = 1 / (1 - this.p);
    const mask = allocate(n);
    for (let i = 0; i < n; i++) mask[i] = this.rng.next() >= this.p ? scale : 0;
    const out = allocate(n);
    for (let i = 0; i < n; i++) out[i] = x.data[i] * mask[i];
    const result = new Tensor(out, x.shape.slice());
    if (!tracks(x)) return result;
    return record(result, 'dropout', [x], (g) => {
      const gx = gradBuffer(x);
      for (let i = 0; i < n; i++) gx[i] += g[i] * mask[i];
    }, [mask]);
  }
  // #endregion
}
