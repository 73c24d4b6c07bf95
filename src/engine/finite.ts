// Divergence is allowed (a reader should see a loss blow up); these helpers detect it cheaply.
import type { Tensor } from './tensor';

/** True when some value is NaN or ±Infinity. */
export function hasNonFinite(t: Tensor): boolean {
  const d = t.data;
  for (let i = 0; i < d.length; i++) {
    const v = d[i];
    if (v - v !== 0) return true; // NaN − NaN and ∞ − ∞ are NaN; finite − itself is 0
  }
  return false;
}

export function isFiniteTensor(t: Tensor): boolean {
  return !hasNonFinite(t);
}
