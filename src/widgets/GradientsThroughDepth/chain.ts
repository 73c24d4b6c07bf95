// Two views of gradients through depth, both from the engine.
// 1. The best case: the largest slope an activation ever has (found by backward over a fine grid of
//    x values), raised to the number of layers. For sigmoid that is 0.25ⁿ.
// 2. A real network: `depth` hidden layers of width 16, seeded initial weights, a batch of random
//    inputs; one backward pass. The backward signal δ_l = ∂L/∂z_l at each layer is what the recursion
//    δ_l = (W_{l+1}ᵀ δ_{l+1}) ⊙ f′(z_l) carries; a layer's bias gradient is δ_l summed over the batch,
//    so its norm shows how much of the signal reaches that layer, weights and activations together.
import { ACTIVATIONS, createRng, linspace, mean, mlp, mul, randn, sum, Linear, type ActivationName, type InitName } from '../../engine';

export const WIDTH = 16;
export const BATCH = 32;

const slopes = new Map<ActivationName, number>();

/** max over x of f′(x), via the engine's backward on a grid of x in [−6, 6] (computed once per activation). */
export function maxSlope(name: ActivationName): number {
  const known = slopes.get(name);
  if (known !== undefined) return known;
  const x = linspace(-6, 6, 2401);
  x.requiresGrad = true;
  sum(ACTIVATIONS[name](x)).backward();
  const s = Math.max(...x.grad!.data);
  slopes.set(name, s);
  return s;
}

/** (best slope)ⁿ for n = 1…maxDepth: the most gradient that n layers of this activation can pass on. */
export function bestCaseProducts(name: ActivationName, maxDepth: number): number[] {
  const s = maxSlope(name);
  return Array.from({ length: maxDepth }, (_, i) => s ** (i + 1));
}

/** A fresh network's Linear layers after one backward pass of L = mean(output²) (input layer first). */
function backwardOnce(activation: ActivationName, depth: number, init: InitName, seed: number): Linear[] {
  const rng = createRng(seed);
  const sizes = [WIDTH, ...Array<number>(depth).fill(WIDTH), 1];
  const model = mlp({ sizes, activation, rng: rng.stream('init'), init });
  const x = randn([BATCH, WIDTH], rng.stream('data'));
  const out = model.forward(x);
  mean(mul(out, out)).backward();
  return model.children().filter((m): m is Linear => m instanceof Linear);
}

const norm = (g: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < g.length; i++) s += g[i] * g[i];
  return Math.sqrt(s);
};

/**
 * The backward signal at every layer (input layer first): ‖∂L/∂b_l‖, the norm of δ_l summed over the
 * batch. The same seed gives the same network.
 */
export function layerSignalNorms(activation: ActivationName, depth: number, init: InitName, seed: number): number[] {
  return backwardOnce(activation, depth, init, seed).map((layer) => norm(layer.bias!.grad!.data));
}

/**
 * Gradient norm ‖∂L/∂W‖ of every Linear layer of a fresh network (input layer first), with
 * L = mean(output²) over a batch of standard-normal inputs. The same seed gives the same network.
 */
export function layerGradientNorms(activation: ActivationName, depth: number, init: InitName, seed: number): number[] {
  return backwardOnce(activation, depth, init, seed).map((layer) => norm(layer.weight.grad!.data));
}

/** first-layer norm / last-layer norm: how much of the gradient survives the trip to the input. */
export function survivingFraction(norms: number[]): number {
  return norms[0] / norms[norms.length - 1];
}
