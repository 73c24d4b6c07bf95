// f(x) and f′(x) of an activation, computed by the engine: the activation runs on a tensor of x
// values and backward() fills x.grad with the slope (each output depends only on its own input,
// so the gradient of the sum is the element-wise derivative). No hand-written derivative here.
import { ACTIVATIONS, linspace, sum, tensor, type ActivationName } from '../../engine';
import { fixed } from '../kit';

export interface Curve { xs: number[]; f: number[]; df: number[] }

export function activationCurve(name: ActivationName, lo = -5, hi = 5, samples = 201): Curve {
  const x = linspace(lo, hi, samples);
  x.requiresGrad = true;
  const y = ACTIVATIONS[name](x);
  sum(y).backward();
  return { xs: Array.from(x.data), f: Array.from(y.data), df: Array.from(x.grad!.data) };
}

/** f(x) and f′(x) at one point, through the same engine path. */
export function probeActivation(name: ActivationName, at: number): { f: number; df: number } {
  const x = tensor([at], { requiresGrad: true });
  const y = ACTIVATIONS[name](x);
  sum(y).backward();
  return { f: y.data[0], df: x.grad!.data[0] };
}

export interface FlatRegion { from: number; to: number; dead: boolean }

/**
 * Stretches of x where the slope is tiny (|f′| < threshold): gradients passing through there all but
 * vanish. `dead` marks stretches where the slope is exactly zero (ReLU's negative side).
 */
export function flatRegions(curve: Curve, threshold = 0.05): FlatRegion[] {
  const out: FlatRegion[] = [];
  let start = -1;
  let allZero = true;
  const { xs, df } = curve;
  for (let i = 0; i <= xs.length; i++) {
    const flat = i < xs.length && Math.abs(df[i]) < threshold;
    if (flat) {
      if (start < 0) { start = i; allZero = true; }
      if (df[i] !== 0) allZero = false;
    } else if (start >= 0) {
      out.push({ from: xs[start], to: xs[i - 1], dead: allZero });
      start = -1;
    }
  }
  return out;
}

/** The extremes of f over the sampled range, e.g. GELU's minimum ≈ −0.17 near x ≈ −0.75. */
export function minimumOf(curve: Curve): { x: number; f: number } {
  let k = 0;
  for (let i = 1; i < curve.f.length; i++) if (curve.f[i] < curve.f[k]) k = i;
  return { x: curve.xs[k], f: curve.f[k] };
}

export function describeRegions(regions: FlatRegion[]): string {
  if (regions.length === 0) return 'Nowhere on this range is the slope below 0.05.';
  const parts = regions.map((r) => `${r.dead ? 'dead (slope exactly 0)' : 'saturated (slope below 0.05)'} from x = ${fmt(r.from)} to ${fmt(r.to)}`);
  return `Flat stretches: ${parts.join('; ')}.`;
}

/** Display rounding, shared with the other widgets through the kit. */
export const fmt = fixed;
