// Module: the base of every layer. Parameters and sub-modules are found by walking the fields the
// subclass assigned, in declaration order, so `parameters()` has a stable order (and children's
// parameters are always included).
import { Tensor, type TensorOptions } from '../tensor';
import { formatShape, sameShape } from '../shape';

/** A model's parameters and buffers as plain JSON (what stateDict() returns and loadStateDict() takes). */
export type StateDict = Record<string, { shape: number[]; data: number[] }>;

/** A tensor the optimizer updates: requiresGrad is always on. */
export class Parameter extends Tensor {
  constructor(data: Float64Array, shape: number[], options: TensorOptions = {}) {
    super(data, shape, { ...options, requiresGrad: true });
  }
}

export abstract class Module {
  training = true;

  abstract forward(x: Tensor): Tensor;

  /** [name, module] for each direct sub-module (fields holding a Module or an array of Modules). */
  namedChildren(): Array<[string, Module]> {
    const out: Array<[string, Module]> = [];
    for (const [key, value] of Object.entries(this)) {
      if (value instanceof Module) out.push([key, value]);
      else if (Array.isArray(value)) value.forEach((v, i) => { if (v instanceof Module) out.push([`${key}.${i}`, v]); });
    }
    return out;
  }

  children(): Module[] {
    return this.namedChildren().map(([, m]) => m);
  }

  /** ['0.weight', Parameter], … : own parameters first, then each child's, prefixed with its name. */
  namedParameters(prefix = ''): Array<[string, Parameter]> {
    const out: Array<[string, Parameter]> = [];
    for (const [key, value] of Object.entries(this)) if (value instanceof Parameter) out.push([prefix + key, value]);
    for (const [name, child] of this.namedChildren()) out.push(...child.namedParameters(`${prefix}${name}.`));
    return out;
  }

  parameters(): Parameter[] {
    return this.namedParameters().map(([, p]) => p);
  }

  /** Total number of values in all parameters (trainable or frozen). */
  numParameters(): number {
    let n = 0;
    for (const p of this.parameters()) n += p.size;
    return n;
  }

  /** ['', this], ['0', child], ['0.inner', grandchild], …: the module tree, depth first, for widgets to walk. */
  namedModules(prefix = ''): Array<[string, Module]> {
    const out: Array<[string, Module]> = [[prefix, this]];
    for (const [name, child] of this.namedChildren()) out.push(...child.namedModules(prefix ? `${prefix}.${name}` : name));
    return out;
  }

  /** State that is saved but not trained (BatchNorm's running statistics); none by default. */
  protected ownBuffers(): Array<[string, Tensor]> {
    return [];
  }

  /** ['3.runningMean', Tensor], … : every buffer in the tree with its dotted path. */
  namedBuffers(prefix = ''): Array<[string, Tensor]> {
    const out: Array<[string, Tensor]> = this.ownBuffers().map(([k, t]) => [prefix + k, t]);
    for (const [name, child] of this.namedChildren()) out.push(...child.namedBuffers(`${prefix}${name}.`));
    return out;
  }

  /** Every parameter and buffer as plain JSON: { '0.weight': { shape: [8, 2], data: [...] }, … }. */
  stateDict(): StateDict {
    const state: StateDict = {};
    for (const [name, t] of [...this.namedParameters(), ...this.namedBuffers()]) state[name] = { shape: t.shape.slice(), data: Array.from(t.data) };
    return state;
  }

  /**
   * Writes a stateDict back, in place (compiled inference keeps seeing the live arrays), and clears
   * gradients. Every entry is checked first, so a bad state changes nothing: a missing or (when
   * strict) unexpected name, a shape that differs, or a value that is not a number throws naming it.
   */
  loadStateDict(state: StateDict, { strict = true }: { strict?: boolean } = {}): void {
    if (state === null || typeof state !== 'object' || Array.isArray(state)) throw new Error('loadStateDict: expected an object of { shape, data } entries');
    const targets = [...this.namedParameters(), ...this.namedBuffers()];
    const names = new Set(targets.map(([n]) => n));
    if (strict) {
      for (const key of Object.keys(state)) if (!names.has(key)) throw new Error(`loadStateDict: unexpected entry "${key}" (the model has ${[...names].join(', ')})`);
    }
    const writes: Array<[Tensor, ArrayLike<unknown>]> = [];
    for (const [name, t] of targets) {
      const entry = state[name];
      if (entry === undefined) {
        if (strict) throw new Error(`loadStateDict: missing entry "${name}" of shape ${formatShape(t.shape)}`);
        continue;
      }
      if (!entry || !Array.isArray(entry.shape) || !Array.isArray(entry.data)) throw new Error(`loadStateDict: entry "${name}" needs a shape and a data array`);
      if (!sameShape(entry.shape, t.shape)) {
        throw new Error(`loadStateDict: "${name}" has shape ${formatShape(entry.shape)} in the state but ${formatShape(t.shape)} in the model`);
      }
      if (entry.data.length !== t.size) throw new Error(`loadStateDict: "${name}" has ${entry.data.length} values for shape ${formatShape(t.shape)} (${t.size} needed)`);
      const bad = entry.data.findIndex((v: unknown) => typeof v !== 'number');
      if (bad >= 0) throw new Error(`loadStateDict: "${name}" value ${bad} is ${JSON.stringify(entry.data[bad])}, not a number (JSON turns NaN and ∞ into null)`);
      writes.push([t, entry.data]);
    }
    for (const [t, data] of writes) {
      t.data.set(data as ArrayLike<number>);
      t.grad = null;
    }
  }

  /** Training mode (dropout active, batch norm uses batch statistics). Applies to every sub-module; returns this. */
  train(on = true): this {
    this.training = on;
    for (const child of this.children()) child.train(on);
    return this;
  }

  /** Evaluation mode (dropout off, batch norm uses its running statistics). */
  eval(): this {
    return this.train(false);
  }

  zeroGrad(): void {
    for (const p of this.parameters()) p.grad = null;
  }
}
