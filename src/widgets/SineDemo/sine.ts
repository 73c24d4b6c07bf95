// The numbers behind the SineDemo: samples of y = sin(2π·f·x) on [0, 1], and facts a reader can check.

export interface SinePoint {
  x: number;
  y: number;
}

export const SAMPLES = 241;

export function sampleSine(frequency: number, samples = SAMPLES): SinePoint[] {
  const out: SinePoint[] = [];
  for (let i = 0; i < samples; i++) {
    const x = i / (samples - 1);
    out.push({ x, y: Math.sin(2 * Math.PI * frequency * x) });
  }
  return out;
}

/** Times the curve changes sign strictly inside (0, 1): 2f − 1 for whole and half-whole f. */
export function zeroCrossings(points: readonly SinePoint[], eps = 1e-9): number {
  let count = 0;
  let lastSign = 0;
  for (const p of points.slice(1, -1)) {
    const sign = Math.abs(p.y) < eps ? 0 : Math.sign(p.y);
    if (sign !== 0 && lastSign !== 0 && sign !== lastSign) count++;
    if (sign !== 0) lastSign = sign;
  }
  return count;
}

/** Lowest and highest value of sin(2πfx) on [0, 1] (exact, not sampled: the peaks fall between samples
 *  at high f): the curve starts at 0, reaches 1 at x = 1/(4f) and −1 at x = 3/(4f) if those lie in [0, 1]. */
export function sineRange(frequency: number): { low: number; high: number } {
  const end = Math.sin(2 * Math.PI * frequency);
  const high = frequency >= 0.25 ? 1 : Math.max(0, end);
  const low = frequency >= 0.75 ? -1 : Math.min(0, end);
  const round = (v: number) => Math.round(v * 100) / 100 || 0;
  return { low: round(low), high: round(high) };
}

const signed = (v: number) => (v < 0 ? `−${-v}` : `${v}`);

/** A sentence describing the chart, for the read-out; every fact in it is measured from the samples. */
export function describeSine(frequency: number): string {
  const points = sampleSine(frequency);
  const crossings = zeroCrossings(points);
  const { low, high } = sineRange(frequency);
  const cycles = frequency === 0.5 ? 'half a cycle' : frequency === 1 ? '1 full cycle' : `${frequency} cycles`;
  const times = crossings === 0 ? 'never crosses zero' : crossings === 1 ? 'crosses zero once' : `crosses zero ${crossings} times`;
  const range = low === 0 ? `rises from 0 to ${high} and falls back to 0 without going below zero` : `swings between ${signed(low)} and ${signed(high)}`;
  return `The curve y = sin(2π · ${frequency} · x) completes ${cycles} between x = 0 and x = 1, ${range}, and ${times} in between.`;
}
