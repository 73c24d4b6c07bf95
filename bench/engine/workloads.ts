// The three benchmark workloads of shared/anchors.md §3: an MLP 2→8→8→1 with tanh hidden layers, a
// sigmoid output and binary cross-entropy, trained full-batch with Adam on (a) XOR and (b) a 500-point
// two-spiral set; (c) its forward pass over a 100×100 grid. Every implementation starts from the same
// weights, generated here.
import { createRng, initWeights } from '../../src/engine';

export const SIZES = [2, 8, 8, 1] as const;

export interface Points {
  /** n rows of (x, y). */
  x: Float64Array;
  /** n labels, 0 or 1. */
  y: Float64Array;
  n: number;
}

/** Weights in PyTorch layout, per layer: W [out, in] then b [out]. */
export type Weights = Float64Array[];

export function xorPoints(): Points {
  return { x: Float64Array.of(0, 0, 0, 1, 1, 0, 1, 1), y: Float64Array.of(0, 1, 1, 0), n: 4 };
}

/** Two interleaved spirals, 250 points each, in about [−1, 1]², from a seeded stream. */
export function spiralPoints(n = 500, seed = 7): Points {
  const rng = createRng(seed).stream('data');
  const x = new Float64Array(2 * n), y = new Float64Array(n), half = n / 2;
  for (let i = 0; i < n; i++) {
    const cls = i < half ? 0 : 1, k = i % half;
    const r = 0.05 + (0.95 * k) / half, t = (3 * Math.PI * k) / half + cls * Math.PI;
    x[2 * i] = r * Math.cos(t) + rng.normal(0, 0.02);
    x[2 * i + 1] = r * Math.sin(t) + rng.normal(0, 0.02);
    y[i] = cls;
  }
  return { x, y, n };
}

/** The centres of a side×side grid over [−1.5, 1.5]², row by row. */
export function gridPoints(side = 100): Float64Array {
  const g = new Float64Array(2 * side * side);
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      const i = r * side + c;
      g[2 * i] = -1.5 + (3 * (c + 0.5)) / side;
      g[2 * i + 1] = -1.5 + (3 * (r + 0.5)) / side;
    }
  }
  return g;
}

/** Xavier-initialised weights (tanh network), zero biases. */
export function initialWeights(seed = 1): Weights {
  const rng = createRng(seed).stream('init');
  const out: Weights = [];
  for (let l = 0; l + 1 < SIZES.length; l++) {
    out.push(initWeights(SIZES[l], SIZES[l + 1], 'xavier', rng));
    out.push(new Float64Array(SIZES[l + 1]));
  }
  return out;
}

/** What each implementation provides. */
export interface Trainer {
  /** One full-batch Adam step. */
  step(): void;
  /** The current full-batch BCE loss (computed fresh, for the agreement check). */
  loss(): number;
}

export interface GridPainter {
  /** One forward pass over all grid points (probabilities written to its output). */
  frame(): void;
  output(): ArrayLike<number>;
}

export interface Implementation {
  name: string;
  trainer(points: Points, init: Weights, lr: number): Trainer;
  grid(points: Float64Array, init: Weights): GridPainter;
  dispose?(): void;
}
