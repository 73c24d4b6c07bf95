// Evaluating a network over a grid of the plane (for decision-boundary pictures) and over a data set
// (for predictions and accuracy), through the engine's allocation-free compiled forward pass.
import type { CompiledMlp } from '../engine';
import type { Dataset, Domain } from './datasets';

/** n×n cell centres, row-major from the top-left corner (y at its maximum): [x0, y0, x1, y1, …]. */
export function gridPoints(n: number, domain: Domain, out = new Float64Array(2 * n * n)): Float64Array {
  for (let row = 0; row < n; row++) {
    const y = domain.yMax - ((row + 0.5) / n) * (domain.yMax - domain.yMin);
    for (let col = 0; col < n; col++) {
      out[2 * (row * n + col)] = domain.xMin + ((col + 0.5) / n) * (domain.xMax - domain.xMin);
      out[2 * (row * n + col) + 1] = y;
    }
  }
  return out;
}

export function sigmoidInPlace(v: Float64Array | Float32Array, len = v.length): void {
  for (let i = 0; i < len; i++) {
    const z = v[i];
    v[i] = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }
}

/** Probability of class 1 for every point of `inputs` (2 values per point), written into `out`. */
export function probabilities(net: CompiledMlp, inputs: Float64Array, n: number, out: Float64Array): Float64Array {
  net.forward(inputs, n, out);
  sigmoidInPlace(out, n);
  return out;
}

/** How far from 0.5 a probability must be to count as a prediction. A linear model on XOR settles at
 *  p = 0.5 everywhere; rounding noise around 0.5 is no answer, so it is scored as undecided. */
export const UNDECIDED_BAND = 1e-3;

/** 1, 0, or null when the network is undecided (p within UNDECIDED_BAND of 0.5). */
export function predictedClass(p: number): 0 | 1 | null {
  if (p > 0.5 + UNDECIDED_BAND) return 1;
  if (p < 0.5 - UNDECIDED_BAND) return 0;
  return null;
}

/** Share of points whose predicted class matches the target (undecided points count as wrong). */
export function accuracyOf(probs: ArrayLike<number>, data: Dataset): number {
  let right = 0;
  for (let i = 0; i < data.n; i++) if (predictedClass(probs[i]) === data.targets[i]) right++;
  return right / data.n;
}
