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

/**
 * Why a stretch is flat, which matters for what a gradient does there:
 * - dead: the slope is exactly 0 (ReLU's negative side): nothing flows back at all;
 * - saturated: a tail where the slope fades towards 0 as |x| grows (sigmoid, tanh, ELU's left side);
 * - turning: the slope crosses 0 at a minimum or maximum (GELU near −0.75, SiLU near −1.28): flat only
 *   right there, steep again on both sides;
 * - small: a constant slope that is small but not 0 (leaky ReLU's 0.01): gradients shrink but flow.
 */
export type FlatKind = 'dead' | 'saturated' | 'turning' | 'small';
export interface FlatRegion { from: number; to: number; kind: FlatKind }

/** Stretches of x where the slope is tiny (|f′| < threshold), each with its kind. */
export function flatRegions(curve: Curve, threshold = 0.05): FlatRegion[] {
  const out: FlatRegion[] = [];
  const { xs, df } = curve;
  let start = -1;
  for (let i = 0; i <= xs.length; i++) {
    const flat = i < xs.length && Math.abs(df[i]) < threshold;
    if (flat && start < 0) start = i;
    if (!flat && start >= 0) {
      out.push({ from: xs[start], to: xs[i - 1], kind: kindOf(df, start, i - 1) });
      start = -1;
    }
  }
  return out;
}

function kindOf(df: number[], first: number, last: number): FlatKind {
  const run = df.slice(first, last + 1);
  if (run.every((d) => d === 0)) return 'dead';
  const lo = Math.min(...run), hi = Math.max(...run);
  if (hi - lo < 1e-12) return 'small';
  if (lo <= 0 && hi >= 0 && first > 0 && last < df.length - 1) return 'turning';
  return 'saturated';
}

export const FLAT_TEXT: Record<FlatKind, string> = {
  dead: 'dead (slope exactly 0)',
  saturated: 'saturated tail (slope fading to 0)',
  turning: 'turning point (slope crosses 0)',
  small: 'small but non-zero slope',
};

/** The extremes of f over the sampled range, e.g. GELU's minimum ≈ −0.17 near x ≈ −0.75. */
export function minimumOf(curve: Curve): { x: number; f: number } {
  let k = 0;
  for (let i = 1; i < curve.f.length; i++) if (curve.f[i] < curve.f[k]) k = i;
  return { x: curve.xs[k], f: curve.f[k] };
}

export function describeRegions(regions: FlatRegion[]): string {
  if (regions.length === 0) return 'Nowhere on this range is the slope below 0.05.';
  const parts = regions.map((r) => `${FLAT_TEXT[r.kind]} from x = ${fmt(r.from)} to ${fmt(r.to)}`);
  return `Stretches with |slope| below 0.05: ${parts.join('; ')}.`;
}

/** Display rounding, shared with the other widgets through the kit. */
export const fmt = fixed;
