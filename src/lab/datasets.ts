// Two-class data sets in the plane for the XOR lab and the activation race. Every set is drawn from
// the run's seed (stream 'data'), so one seed always gives the same points; each carries the square
// domain its pictures are drawn over.
import { createRng, type Rng } from '../engine';

export type DatasetName = 'xor' | 'noisyXor' | 'circle' | 'spiral' | 'moons';

export const DATASET_NAMES: readonly DatasetName[] = ['xor', 'noisyXor', 'circle', 'spiral', 'moons'];

export const DATASET_LABELS: Record<DatasetName, string> = {
  xor: 'XOR truth table',
  noisyXor: 'Noisy XOR clouds',
  circle: 'Circle',
  spiral: 'Two spirals',
  moons: 'Moons',
};

export interface Domain { xMin: number; xMax: number; yMin: number; yMax: number }

export interface Dataset {
  name: DatasetName;
  /** n rows of (x, y), row-major. */
  inputs: Float64Array;
  /** n targets, 0 or 1. */
  targets: Float64Array;
  n: number;
  /** The square the heatmap shows; every point lies inside it. */
  domain: Domain;
}

/** The plane the generated sets live in (the truth table gets its own, around the unit square). */
export const PLANE: Domain = { xMin: -2.5, xMax: 2.5, yMin: -2.5, yMax: 2.5 };
export const XOR_DOMAIN: Domain = { xMin: -0.5, xMax: 1.5, yMin: -0.5, yMax: 1.5 };

/** Points per generated set (the truth table has its four rows). */
export const POINTS = 200;

function build(name: DatasetName, rows: [number, number, number][], domain: Domain): Dataset {
  const n = rows.length;
  const inputs = new Float64Array(2 * n), targets = new Float64Array(n);
  rows.forEach(([x, y, t], i) => {
    inputs[2 * i] = clampTo(x, domain.xMin, domain.xMax);
    inputs[2 * i + 1] = clampTo(y, domain.yMin, domain.yMax);
    targets[i] = t;
  });
  return { name, inputs, targets, n, domain };
}

function clampTo(v: number, lo: number, hi: number): number {
  const margin = 0.02 * (hi - lo);
  return Math.min(hi - margin, Math.max(lo + margin, v));
}

function xorTable(): [number, number, number][] {
  return [[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]];
}

/** Four Gaussian clouds at (±1, ±1); class 1 where the signs differ. */
function noisyXor(rng: Rng): [number, number, number][] {
  const rows: [number, number, number][] = [];
  for (let i = 0; i < POINTS; i++) {
    const sx = i % 2 === 0 ? 1 : -1, sy = i % 4 < 2 ? 1 : -1;
    rows.push([sx + rng.normal(0, 0.4), sy + rng.normal(0, 0.4), sx * sy < 0 ? 1 : 0]);
  }
  return rows;
}

/** A disc of class 1 inside a ring of class 0. */
function circle(rng: Rng): [number, number, number][] {
  const rows: [number, number, number][] = [];
  for (let i = 0; i < POINTS; i++) {
    const inner = i % 2 === 0;
    const r = inner ? 0.9 * Math.sqrt(rng.next()) : 1.35 + 0.75 * rng.next();
    const a = 2 * Math.PI * rng.next();
    rows.push([r * Math.cos(a), r * Math.sin(a), inner ? 1 : 0]);
  }
  return rows;
}

/** Two interleaved spirals, one and a half turns each. */
function spiral(rng: Rng): [number, number, number][] {
  const rows: [number, number, number][] = [];
  const half = POINTS / 2;
  for (let i = 0; i < POINTS; i++) {
    const cls = i % 2, k = Math.floor(i / 2);
    const t = (k / half) * 3 * Math.PI;
    const r = 0.15 + (2.05 * k) / half;
    const a = t + cls * Math.PI;
    rows.push([r * Math.cos(a) + rng.normal(0, 0.05), r * Math.sin(a) + rng.normal(0, 0.05), cls]);
  }
  return rows;
}

/** Two interleaving half circles, centred in the plane. */
function moons(rng: Rng): [number, number, number][] {
  const rows: [number, number, number][] = [];
  for (let i = 0; i < POINTS; i++) {
    const cls = i % 2, a = Math.PI * rng.next();
    const x = cls === 0 ? Math.cos(a) : 1 - Math.cos(a);
    const y = cls === 0 ? Math.sin(a) : 0.5 - Math.sin(a);
    rows.push([1.4 * (x - 0.5) + rng.normal(0, 0.1), 1.4 * (y - 0.25) + rng.normal(0, 0.1), cls]);
  }
  return rows;
}

export function makeDataset(name: DatasetName, seed: number): Dataset {
  const rng = createRng(seed).stream('data');
  switch (name) {
    case 'xor': return build(name, xorTable(), XOR_DOMAIN);
    case 'noisyXor': return build(name, noisyXor(rng), PLANE);
    case 'circle': return build(name, circle(rng), PLANE);
    case 'spiral': return build(name, spiral(rng), PLANE);
    case 'moons': return build(name, moons(rng), PLANE);
  }
}

export function isDatasetName(s: string): s is DatasetName {
  return (DATASET_NAMES as readonly string[]).includes(s);
}
