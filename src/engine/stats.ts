// Cheap statistics for widgets that show what is happening inside a network: value histograms,
// activations per layer, gradient flow. Each is one pass over the data; NaN shows up as NaN.
import type { Tensor } from './tensor';
import type { Module } from './nn/module';
import type { Sequential } from './nn/layers';

export interface TensorStats {
  mean: number;
  /** Population standard deviation (divides by n; PyTorch's t.std() divides by n − 1). */
  std: number;
  min: number;
  max: number;
  /** L2 norm √(Σ x²). */
  norm: number;
  /** Share of values exactly 0 (dead ReLU units, say). */
  fractionZero: number;
  /** How many values are NaN or ±∞ (they also make mean/std/norm NaN or ∞). */
  nonFinite: number;
}

export function tensorStats(t: Tensor): TensorStats {
  const d = t.data, n = d.length;
  if (n === 0) return { mean: NaN, std: NaN, min: NaN, max: NaN, norm: 0, fractionZero: 0, nonFinite: 0 };
  let total = 0, sq = 0, min = Infinity, max = -Infinity, zeros = 0, nonFinite = 0, sawNaN = false;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    total += v;
    sq += v * v;
    if (v !== v) sawNaN = true; // NaN: min and max become NaN too
    else {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (v === 0) zeros++;
    if (v - v !== 0) nonFinite++;
  }
  if (sawNaN) min = max = NaN;
  const mean = total / n;
  // Σ(x − mean)² from the same pass; clamp the tiny negative values rounding can give.
  const variance = Math.max(0, sq / n - mean * mean);
  return { mean, std: Math.sqrt(variance), min, max, norm: Math.sqrt(sq), fractionZero: zeros / n, nonFinite };
}

/** Runs a Sequential and keeps every layer's output (activations[i] is the output of layers[i]). */
export function forwardWithActivations(seq: Sequential, x: Tensor): { output: Tensor; activations: Tensor[] } {
  const activations: Tensor[] = [];
  let h = x;
  for (const layer of seq.layers) {
    h = layer.forward(h);
    activations.push(h);
  }
  return { output: h, activations };
}

export interface GradStat {
  /** Dotted parameter name, e.g. '2.weight'. */
  name: string;
  /** False when the parameter has no gradient yet (then norm, mean and std are 0). */
  hasGrad: boolean;
  norm: number;
  mean: number;
  std: number;
}

/** The gradient of every parameter, summarised (call after backward()). */
export function gradStats(module: Module): GradStat[] {
  return module.namedParameters().map(([name, p]) => {
    if (p.grad === null) return { name, hasGrad: false, norm: 0, mean: 0, std: 0 };
    const s = tensorStats(p.grad);
    return { name, hasGrad: true, norm: s.norm, mean: s.mean, std: s.std };
  });
}
