// A reader's formula as a layer: the lab puts it between the Linear layers where a built-in activation
// would go. The engine's compiled forward pass knows only its own activations, so a model that holds
// one of these is evaluated on the grid by the ordinary tensor forward pass instead.
import { Linear, Module, Sequential, Tensor, compileMlp, fromData, noGrad, tidy, type CompiledMlp } from '../engine';

export class FormulaActivation extends Module {
  /** `op` is asked for the formula's op at every forward pass, so a network follows the reader's edits. */
  constructor(private readonly op: () => (x: Tensor) => Tensor) {
    super();
  }

  forward(x: Tensor): Tensor {
    return this.op()(x);
  }
}

/** The same Linear layers (the same weight arrays) with the reader's formula between them. */
export function withFormula(model: Sequential, op: () => (x: Tensor) => Tensor): Sequential {
  const linears = model.layers.filter((l): l is Linear => l instanceof Linear);
  const layers: Module[] = [];
  linears.forEach((l, i) => {
    layers.push(l);
    if (i + 1 < linears.length) layers.push(new FormulaActivation(op));
  });
  return new Sequential(...layers);
}

/**
 * A forward pass over many points at once for drawing and scoring: the engine's compiled kernel when
 * the model has only built-in layers, else the tensor forward pass without a graph (same interface).
 */
export function forwardNet(model: Sequential): CompiledMlp {
  if (!model.layers.some((l) => l instanceof FormulaActivation)) return compileMlp(model);
  const linears = model.layers.filter((l): l is Linear => l instanceof Linear);
  const inFeatures = linears[0].inFeatures, outFeatures = linears[linears.length - 1].outFeatures;
  return {
    inFeatures,
    outFeatures,
    forward(inputs, n, out) {
      tidy(() => noGrad(() => {
        const y = model.forward(fromData(inputs.subarray(0, n * inFeatures), [n, inFeatures]));
        out.set(y.data.subarray(0, n * outFeatures));
        return 0;
      }));
    },
  };
}
