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

/** A sentence describing the chart, for the read-out. */
export function describeSine(frequency: number): string {
  const crossings = zeroCrossings(sampleSine(frequency));
  const cycles = frequency === 1 ? '1 full cycle' : `${frequency} cycles`;
  const times = crossings === 0 ? 'never crosses zero' : crossings === 1 ? 'crosses zero once' : `crosses zero ${crossings} times`;
  return `The curve y = sin(2π · ${frequency} · x) completes ${cycles} between x = 0 and x = 1, ` +
    `swings between −1 and 1, and ${times} in between.`;
}
