// A small, noisy two-class set in the plane, split once into a training part and a validation part
// (chapter 13's overfit lab). Everything comes from the seed (stream 'data'): the same seed always
// gives the same points and the same split.
import { createRng } from '../engine';
import { PLANE, type Dataset } from './datasets';

/** Points the network trains on, and points it never trains on but is measured on. */
export const TRAIN_POINTS = 40;
export const VALIDATION_POINTS = 200;
/** Standard deviation of the Gaussian noise added to each point of the two moons. */
export const MOON_NOISE = 0.3;

export interface SplitDataset {
  train: Dataset;
  validation: Dataset;
}

function moonPoint(cls: number, a: number): [number, number] {
  const x = cls === 0 ? Math.cos(a) : 1 - Math.cos(a);
  const y = cls === 0 ? Math.sin(a) : 0.5 - Math.sin(a);
  return [1.4 * (x - 0.5), 1.4 * (y - 0.25)];
}

function toDataset(rows: [number, number, number][]): Dataset {
  const n = rows.length;
  const inputs = new Float64Array(2 * n), targets = new Float64Array(n);
  const margin = 0.02 * (PLANE.xMax - PLANE.xMin);
  const clamp = (v: number) => Math.min(PLANE.xMax - margin, Math.max(PLANE.xMin + margin, v));
  rows.forEach(([x, y, t], i) => {
    inputs[2 * i] = clamp(x);
    inputs[2 * i + 1] = clamp(y);
    targets[i] = t;
  });
  return { name: 'moons', inputs, targets, n, domain: PLANE };
}

/**
 * Two interleaving half-moons with heavy noise (σ = MOON_NOISE), so the classes overlap and no
 * boundary gets every point right. All points are drawn first and shuffled; the first
 * TRAIN_POINTS become the training set and the rest the validation set.
 */
export function makeSplitMoons(seed: number, trainPoints = TRAIN_POINTS, validationPoints = VALIDATION_POINTS): SplitDataset {
  const rng = createRng(seed).stream('data');
  const total = trainPoints + validationPoints;
  const rows: [number, number, number][] = [];
  for (let i = 0; i < total; i++) {
    const cls = i % 2;
    const [x, y] = moonPoint(cls, Math.PI * rng.next());
    rows.push([x + rng.normal(0, MOON_NOISE), y + rng.normal(0, MOON_NOISE), cls]);
  }
  const order = Int32Array.from({ length: total }, (_, i) => i);
  rng.shuffle(order);
  const pick = (from: number, to: number) => toDataset(Array.from(order.subarray(from, to), (k) => rows[k]));
  return { train: pick(0, trainPoints), validation: pick(trainPoints, total) };
}
