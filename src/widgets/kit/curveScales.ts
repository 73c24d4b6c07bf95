// The arithmetic behind CurveChart: its y axis (linear or logarithmic), tick values, and each series'
// curve as runs of points (a gap wherever a value cannot be drawn: NaN, ±∞, or ≤ 0 on a log axis).

export type YScale = 'linear' | 'log';

/** Round tick values from `lo` to `hi` (about `count` steps of 1, 2 or 5 × a power of ten). */
export function linearTicks(lo: number, hi: number, count: number, integer = false): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count, mag = 10 ** Math.floor(Math.log10(raw)), r = raw / mag;
  let step = (r < 1.5 ? 1 : r < 3 ? 2 : r < 7 ? 5 : 10) * mag;
  if (integer) step = Math.max(1, Math.round(step));
  const out: number[] = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

/** The whole decades [10^a, 10^b] around [lo, hi] (lo > 0). */
export function decades(lo: number, hi: number): [number, number] {
  const a = Math.floor(Math.log10(lo));
  return [a, Math.max(a + 1, Math.ceil(Math.log10(hi)))];
}

/** Powers of ten from 10^a to 10^b: every k-th decade (multiples of k, so 1 is one of them) when there are more than `most`. */
export function logTicks(a: number, b: number, most = 6): number[] {
  const every = Math.ceil((b - a + 1) / most);
  const out: number[] = [];
  for (let e = a; e <= b; e++) if (e % every === 0) out.push(Number((10 ** e).toPrecision(12)));
  return out;
}

export interface YAxis {
  /** The drawn range (bottom, top) and tick values. */
  bottom: number;
  top: number;
  ticks: number[];
  /** A value's height as a fraction of the plot, 0 at the top; NaN when it cannot be drawn. */
  at(v: number): number;
}

export function yAxis(values: Iterable<number>, scale: YScale, range?: readonly [number, number], ticks?: readonly number[]): YAxis {
  if (scale === 'log') {
    let lo = Infinity, hi = -Infinity;
    for (const v of values) if (Number.isFinite(v) && v > 0) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    if (range) [lo, hi] = range;
    if (!(lo > 0 && hi >= lo)) [lo, hi] = [0.1, 10];
    const [a, b] = range ? [Math.log10(lo), Math.log10(hi)] : decades(lo, hi);
    const t = ticks ? [...ticks] : logTicks(Math.ceil(a - 1e-9), Math.floor(b + 1e-9));
    const bottom = 10 ** a, top = 10 ** b;
    const l0 = a, span = b - a || 1;
    return { bottom, top, ticks: t, at: (v) => (v > 0 && Number.isFinite(v) ? 1 - (Math.log10(v) - l0) / span : NaN) };
  }
  let hi = 0;
  for (const v of values) if (Number.isFinite(v)) hi = Math.max(hi, v);
  const t = ticks ? [...ticks] : linearTicks(range ? range[0] : 0, range ? range[1] : hi || 1, 4);
  const [bottom, top] = range ?? [0, Math.max(hi, t[t.length - 1]) || 1];
  const span = top - bottom || 1;
  return { bottom, top, ticks: t, at: (v) => (Number.isFinite(v) ? 1 - (v - bottom) / span : NaN) };
}

/**
 * A series as SVG point lists in a 0…width × 0…100 box: index i of n at x = width·i/(n − 1). At most
 * about `most` points per curve (evenly strided, the last always kept); a run ends where a value
 * cannot be drawn, so a gap shows instead of a line through it.
 */
export function curveRuns(values: ArrayLike<number>, n: number, width: number, at: (v: number) => number, most = 800): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  const stride = Math.max(1, Math.ceil(values.length / most));
  const add = (i: number) => {
    const f = at(values[i]);
    if (Number.isNaN(f)) {
      if (run.length) runs.push(run.join(' '));
      run = [];
      return;
    }
    run.push(`${((width * i) / (n - 1)).toFixed(1)},${(100 * f).toFixed(2)}`);
  };
  for (let i = 0; i < values.length; i += stride) add(i);
  const last = values.length - 1;
  if (last > 0 && last % stride !== 0) add(last);
  if (run.length) runs.push(run.join(' '));
  return runs;
}
