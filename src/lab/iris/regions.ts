// What the trained network says over the petal plane (the decision-region picture), and its verdict
// on every one of the 150 flowers.
import { IRIS_ROWS } from './data';
import { standardise } from './scaling';
import { argmaxRows, softmaxRow, type SoftmaxRow } from './metrics';
import type { IrisRun } from './run';

let regionScratch = { raw: new Float64Array(0), scaled: new Float64Array(0), logits: new Float64Array(0) };
const regionRow: SoftmaxRow = { best: -1, max: -Infinity, sumExp: 0 };

/** The petal plane the decision-region picture covers, in cm. */
export const PETAL_DOMAIN = { xMin: 0.5, xMax: 7.5, yMin: 0, yMax: 2.8 } as const;

/**
 * The network's verdict over an n×n grid of petal length (x) × petal width (y), row-major from the
 * top-left (largest width), with the two sepal measurements held at the training means. Writes the
 * predicted class of each cell into `classes` and its softmax probability into `confidence`.
 */
export function petalRegions(run: IrisRun, n: number, classes: Int32Array, confidence: Float64Array, domain = PETAL_DOMAIN): void {
  const [sepalLength, sepalWidth] = run.trainMeans();
  // Scratch buffers reused across calls (the widget repaints every animation frame).
  if (regionScratch.raw.length !== 4 * n * n) {
    regionScratch = { raw: new Float64Array(4 * n * n), scaled: new Float64Array(4 * n * n), logits: new Float64Array(3 * n * n) };
  }
  const { raw } = regionScratch;
  for (let row = 0; row < n; row++) {
    const w = domain.yMax - ((row + 0.5) / n) * (domain.yMax - domain.yMin);
    for (let col = 0; col < n; col++) {
      const i = row * n + col;
      raw.set([sepalLength, sepalWidth, domain.xMin + ((col + 0.5) / n) * (domain.xMax - domain.xMin), w], 4 * i);
    }
  }
  const z = run.logits(run.scaleRaw(raw, regionScratch.scaled), regionScratch.logits);
  for (let i = 0; i < n * n; i++) {
    const { best, max, sumExp } = softmaxRow(z, i, 3, regionRow);
    classes[i] = best;
    confidence[i] = Number.isFinite(max) ? 1 / sumExp : Number.NaN;
  }
}

/** Predicted class of each of the 150 flowers from all four measurements. */
export function predictAll(run: IrisRun): Int32Array {
  const all = Int32Array.from({ length: IRIS_ROWS }, (_, i) => i);
  const x = standardise(run.data, all, run.scalers.train);
  return argmaxRows(run.logits(x, new Float64Array(3 * IRIS_ROWS)), IRIS_ROWS);
}

/** Which flowers sit in a region of another species in the petal picture (their sepals set to the means). */
export function petalSliceClasses(run: IrisRun): Int32Array {
  const [sl, sw] = run.trainMeans();
  const raw = new Float64Array(4 * IRIS_ROWS);
  for (let i = 0; i < IRIS_ROWS; i++) raw.set([sl, sw, run.data.features[4 * i + 2], run.data.features[4 * i + 3]], 4 * i);
  return argmaxRows(run.logits(run.scaleRaw(raw), new Float64Array(3 * IRIS_ROWS)), IRIS_ROWS);
}
