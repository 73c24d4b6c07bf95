// Two views of gradients through depth, both from the engine.
// 1. The best case: the largest slope an activation ever has (found by backward over a fine grid of
//    x values), raised to the number of layers. For sigmoid that is 0.25ⁿ.
// 2. A real network: `depth` hidden layers of width 16, seeded initial weights, a batch of random
//    inputs; one backward pass; the norm of each layer's weight gradient.
import { ACTIVATIONS, createRng, linspace, mean, mlp, mul, randn, sum, Linear, type ActivationName, type InitName } from '../../engine';

export const WIDTH = 16;
export const BATCH = 32;

/** max over x of f′(x), via the engine's backward on a grid of x in [−6, 6]. */
export function maxSlope(name: ActivationName): number {
  const x = linspace(-6, 6, 2401);
  x.requiresGrad = true;
  sum(ACTIVATIONS[name](x)).backward();
  return Math.max(...x.grad!.data);
}

/** (best slope)ⁿ for n = 1…maxDepth: the most gradient that n layers of this activation can pass on. */
export function bestCaseProducts(name: ActivationName, maxDepth: number): number[] {
  const s = maxSlope(name);
  return Array.from({ length: maxDepth }, (_, i) => s ** (i + 1));
}

/**
 * Gradient norm ‖∂L/∂W‖ of every Linear layer of a fresh network (input layer first), with
 * L = mean(output²) over a batch of standard-normal inputs. The same seed gives the same network.
 */
export function layerGradientNorms(activation: ActivationName, depth: number, init: InitName, seed: number): number[] {
  const rng = createRng(seed);
  const sizes = [WIDTH, ...Array<number>(depth).fill(WIDTH), 1];
  const model = mlp({ sizes, activation, rng: rng.stream('init'), init });
  const x = randn([BATCH, WIDTH], rng.stream('data'));
  const out = model.forward(x);
  mean(mul(out, out)).backward();
  const layers = model.children().filter((m): m is Linear => m instanceof Linear);
  return layers.map((layer) => {
    const g = layer.weight.grad!.data;
    let s = 0;
    for (let i = 0; i < g.length; i++) s += g[i] * g[i];
    return Math.sqrt(s);
  });
}

/** first-layer norm / last-layer norm: how much of the gradient survives the trip to the input. */
export function survivingFraction(norms: number[]): number {
  return norms[0] / norms[norms.length - 1];
}
