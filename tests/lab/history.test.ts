import { describe, expect, it } from 'vitest';
import { BoundedHistory } from '../../src/lab';

/** Mean absolute difference between a kept curve and the true one at the kept steps, relative to the range. */
function worstGap(steps: number[], values: number[], f: (s: number) => number): number {
  return Math.max(...steps.map((s, i) => Math.abs(values[i] - f(s))));
}

describe('BoundedHistory', () => {
  it('keeps every point exactly while the run is shorter than its capacity', () => {
    const h = new BoundedHistory(8);
    for (let s = 0; s < 8; s++) h.push(s, 10 - s);
    expect(h.points()).toEqual({ steps: [0, 1, 2, 3, 4, 5, 6, 7], values: [10, 9, 8, 7, 6, 5, 4, 3] });
    expect([h.first, h.last, h.count, h.stride]).toEqual([10, 3, 8, 1]);
  });

  it('holds a fixed number of points over a million appends, spread over the whole run', () => {
    const h = new BoundedHistory(256);
    const steps = new Float64Array(h.maxPoints), values = new Float64Array(h.maxPoints);
    let most = 0;
    for (let s = 0; s < 1_000_000; s++) {
      h.push(s, Math.exp(-s / 2e5));
      if (s % 50_000 === 0) most = Math.max(most, h.read(steps, values));
    }
    const n = h.read(steps, values);
    expect(Math.max(most, n)).toBeLessThanOrEqual(h.maxPoints);
    expect(n).toBeGreaterThan(200); // not thinned to nothing
    expect(steps[0]).toBe(0);
    expect(steps[n - 1]).toBeGreaterThan(999_000); // reaches the end of the run
    expect(h.count).toBe(1_000_000);
    expect(h.last).toBe(Math.exp(-999_999 / 2e5));
    for (let i = 1; i < n; i++) expect(steps[i]).toBeGreaterThan(steps[i - 1]); // oldest first, no repeats
    // Spread evenly: no gap between kept steps is more than two buckets wide.
    let widest = 0;
    for (let i = 1; i < n; i++) widest = Math.max(widest, steps[i] - steps[i - 1]);
    expect(widest).toBeLessThanOrEqual(2 * h.stride);
  });

  it('keeps the curve\'s shape: kept points lie on the true curve, and a one-step spike survives thinning', () => {
    const f = (s: number) => 0.7 * Math.exp(-s / 3e4) + 0.05 * Math.sin(s / 5000);
    const h = new BoundedHistory(128);
    for (let s = 0; s < 300_000; s++) h.push(s, s === 123_457 ? 50 : f(s));
    const { steps, values } = h.points();
    const spike = steps.indexOf(123_457);
    expect(spike).toBeGreaterThan(0);
    expect(values[spike]).toBe(50);
    const rest = steps.map((s, i) => [s, values[i]] as const).filter(([s]) => s !== 123_457);
    expect(worstGap(rest.map((r) => r[0]), rest.map((r) => r[1]), f)).toBe(0); // every kept point is a real one
    // Within each bucket both the low and the high are kept: the envelope of the true curve.
    const bucket = h.stride;
    for (let start = 0; start + bucket <= 300_000; start += bucket * 37) {
      let lo = Infinity, hi = -Infinity;
      for (let s = start; s < start + bucket; s++) { const v = s === 123_457 ? 50 : f(s); lo = Math.min(lo, v); hi = Math.max(hi, v); }
      const inside = values.filter((_, i) => steps[i] >= start && steps[i] < start + bucket);
      expect(inside).toContain(lo);
      expect(inside).toContain(hi);
    }
  });

  it('keeps NaN and ∞ visible, and clear() starts again', () => {
    const h = new BoundedHistory(4);
    for (let s = 0; s < 20; s++) h.push(s, s === 13 ? Number.NaN : 1 / (s + 1));
    expect(h.points().values.some(Number.isNaN)).toBe(true);
    h.push(20, Number.POSITIVE_INFINITY);
    expect(h.last).toBe(Number.POSITIVE_INFINITY);
    const v = h.version;
    h.clear();
    expect(h.version).toBeGreaterThan(v);
    expect(h.points()).toEqual({ steps: [], values: [] });
    h.push(0, 2);
    expect([h.first, h.count, h.stride]).toEqual([2, 1, 1]);
  });

  it('memory does not grow with the run: the same typed arrays, however many points', () => {
    const h = new BoundedHistory(64);
    const fields = () => Object.values(h).filter((v) => v instanceof Float64Array).map((a) => (a as Float64Array).length);
    const before = fields();
    for (let s = 0; s < 1_000_000; s++) h.push(s, s);
    expect(fields()).toEqual(before);
    expect(fields().reduce((a, b) => a + b, 0)).toBe(4 * 64);
  });

  it('refuses a capacity it cannot halve', () => {
    expect(() => new BoundedHistory(7)).toThrow(/even integer/);
  });
});
