// Standardisation: each measurement becomes (x − μ) / σ, with μ and σ from the rows a choice names
// (the training rows, as it should be; or the wrong choices the chapter lets a reader try).
import type { IrisData } from './data';
import type { Split } from './split';

/** Column means over the given rows (all 150 when omitted). */
export function columnMeans(data: IrisData, rows?: ArrayLike<number>): number[] {
  const idx = rows ?? Array.from({ length: data.labels.length }, (_, i) => i);
  const m = [0, 0, 0, 0];
  for (let k = 0; k < idx.length; k++) for (let j = 0; j < 4; j++) m[j] += data.features[4 * idx[k] + j];
  return m.map((s) => s / idx.length);
}

/** Population standard deviations (divide by n) over the given rows. */
export function columnStds(data: IrisData, rows: ArrayLike<number>): number[] {
  const m = columnMeans(data, rows);
  const v = [0, 0, 0, 0];
  for (let k = 0; k < rows.length; k++) for (let j = 0; j < 4; j++) v[j] += (data.features[4 * rows[k] + j] - m[j]) ** 2;
  return v.map((s) => Math.sqrt(s / rows.length));
}

/** Which rows the standardisation statistics are computed from. */
export type ScalingName = 'train' | 'all' | 'separate' | 'none';

export const SCALING_LABELS: Record<ScalingName, string> = {
  train: 'training rows only (correct)',
  all: 'all 150 rows (test set leaks in)',
  separate: 'each set with its own statistics',
  none: 'no standardising (raw cm)',
};
export const SCALING_NAMES = Object.keys(SCALING_LABELS) as ScalingName[];

export interface Scaler { mean: number[]; std: number[] }

// #region standardise
/** z = (x − μ) / σ per column, with μ and σ from the rows the scaler was fitted on. */
export function fitScaler(data: IrisData, rows: ArrayLike<number>): Scaler {
  return { mean: columnMeans(data, rows), std: columnStds(data, rows) };
}

export function standardise(data: IrisData, rows: ArrayLike<number>, s: Scaler): Float64Array {
  const out = new Float64Array(4 * rows.length);
  for (let k = 0; k < rows.length; k++) {
    for (let j = 0; j < 4; j++) out[4 * k + j] = (data.features[4 * rows[k] + j] - s.mean[j]) / s.std[j];
  }
  return out;
}
// #endregion

const IDENTITY: Scaler = { mean: [0, 0, 0, 0], std: [1, 1, 1, 1] };

/** The scalers applied to the training rows and to the test rows under each choice. */
export function scalersFor(data: IrisData, split: Split, scaling: ScalingName): { train: Scaler; test: Scaler } {
  if (scaling === 'none') return { train: IDENTITY, test: IDENTITY };
  if (scaling === 'all') {
    const all = fitScaler(data, Array.from({ length: data.labels.length }, (_, i) => i));
    return { train: all, test: all };
  }
  const train = fitScaler(data, split.train);
  return { train, test: scaling === 'separate' ? fitScaler(data, split.test) : train };
}
