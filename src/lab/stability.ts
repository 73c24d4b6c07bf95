// Chapter 7's stability limit for fitting a line ŷ = w·x + b by gradient descent on the mean squared
// error. The loss is a quadratic bowl whose matrix of second derivatives is
//   H = 2·[[mean(x²), mean(x)], [mean(x), 1]],
// and a gradient step multiplies the error along an eigen-direction with curvature λ by (1 − ηλ).
// The step shrinks every direction only while η < 2/λ_max.
import { tensor } from '../engine';

export interface Curvature {
  /** Steepest and shallowest curvature of the loss bowl (the eigenvalues of H). */
  lambdaMax: number;
  lambdaMin: number;
  /** Largest stable learning rate, 2 / λ_max. */
  limit: number;
  meanX: number;
  meanX2: number;
}

export function lineFitCurvature(x: ArrayLike<number>): Curvature {
  const t = tensor(Array.from(x));
  const meanX = t.mean().item();
  const meanX2 = t.mul(t).mean().item();
  const a = 2 * meanX2, b = 2 * meanX, d = 2; // H = [[a, b], [b, d]]
  const half = (a + d) / 2;
  const root = Math.sqrt(((a - d) / 2) ** 2 + b * b);
  const lambdaMax = half + root;
  return { lambdaMax, lambdaMin: half - root, limit: 2 / lambdaMax, meanX, meanX2 };
}

/** (x − mean) / spread, with the population spread, as the trainer's "Standardise the inputs" does. */
export function standardised(x: ArrayLike<number>): Float64Array {
  const t = tensor(Array.from(x));
  const mean = t.mean().item();
  const spread = Math.sqrt(t.sub(mean).mul(t.sub(mean)).mean().item()) || 1;
  return Float64Array.from(x, (v) => (v - mean) / spread);
}

/** Factor by which one gradient step multiplies the error along a direction of curvature λ. */
export const stepFactor = (lr: number, lambda: number) => 1 - lr * lambda;
