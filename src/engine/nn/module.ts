// Module: the base of every layer. Parameters and sub-modules are found by walking the fields the
// subclass assigned, in declaration order, so `parameters()` has a stable order (and children's
// parameters are always included).
import { Tensor, type TensorOptions } from '../tensor';

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

  /** Training mode (dropout active). Applies to every sub-module; returns this. */
  train(on = true): this {
    this.training = on;
    for (const child of this.children()) child.train(on);
    return this;
  }

  /** Evaluation mode (dropout off). */
  eval(): this {
    return this.train(false);
  }

  zeroGrad(): void {
    for (const p of this.parameters()) p.grad = null;
  }
}
