// The loss landscape's logic: temperature data, the loss of the line F̂ = w·C + b for one (w, b)
// and for a whole grid of them at once (one broadcast computation in the engine).
import { abs, fromData, mean, mseLoss, noGrad, sub, tensor } from '../../engine';

export type LossKind = 'mse' | 'mae';
export type DataName = 'two' | 'six';

export interface Dataset { celsius: number[]; fahrenheit: number[] }

/** Exact Fahrenheit readings: the best line is w = 1.8, b = 32 with loss 0. */
export function dataset(name: DataName): Dataset {
  const celsius = name === 'two' ? [0, 100] : [0, 20, 40, 60, 80, 100];
  return { celsius, fahrenheit: celsius.map((c) => 1.8 * c + 32) };
}

export interface LossAt {
  predictions: number[];
  /** target − prediction, one per point */
  residuals: number[];
  loss: number;
}

// #region loss-at
/** The loss of F̂ = w·C + b on the data, computed by the engine's tensors. */
export function lossAt(data: Dataset, w: number, b: number, kind: LossKind = 'mse'): LossAt {
  const c = tensor(data.celsius);
  const target = tensor(data.fahrenheit);
  const pred = c.mul(w).add(b);               // ŷ = w·C + b, one per point
  const loss = kind === 'mse'
    ? mseLoss(pred, target)                   // (1/n) Σ (y − ŷ)²
    : mean(abs(sub(target, pred)));           // (1/n) Σ |y − ŷ|
  const residuals = sub(target, pred);
  return { predictions: Array.from(pred.data), residuals: Array.from(residuals.data), loss: loss.item() };
}
// #endregion

export interface Domain { wMin: number; wMax: number; bMin: number; bMax: number }
export const DOMAIN: Domain = { wMin: -1, wMax: 4.5, bMin: -60, bMax: 120 };

/**
 * Loss for an n×n grid of (w, b), row-major from the top-left (b at its maximum, w at its minimum).
 * One engine computation: W and B are columns [n², 1], C a row [1, m]; broadcasting makes [n², m].
 */
export function lossGrid(data: Dataset, kind: LossKind, domain: Domain, n: number): Float64Array {
  return noGrad(() => {
    const ws = new Float64Array(n * n), bs = new Float64Array(n * n);
    for (let row = 0; row < n; row++) {
      for (let col = 0; col < n; col++) {
        ws[row * n + col] = domain.wMin + ((col + 0.5) / n) * (domain.wMax - domain.wMin);
        bs[row * n + col] = domain.bMax - ((row + 0.5) / n) * (domain.bMax - domain.bMin);
      }
    }
    const m = data.celsius.length;
    const W = fromData(ws, [n * n, 1]), B = fromData(bs, [n * n, 1]);
    const C = fromData(data.celsius, [1, m]), Y = fromData(data.fahrenheit, [1, m]);
    const r = W.mul(C).add(B).sub(Y);         // [n², m]: every line's residuals at every point
    const perCell = kind === 'mse' ? r.mul(r).mean(1) : r.abs().mean(1);
    return perCell.data;
  });
}

/**
 * Loss → [0, 1] for colouring: a log scale (losses span six orders of magnitude), cut into bands so
 * that equal-loss curves show as contour steps.
 */
export function shade(loss: number, maxLoss: number, bands = 12): number {
  const t = Math.log10(1 + loss) / Math.log10(1 + maxLoss);
  const clamped = Math.min(1, Math.max(0, t));
  return Math.floor(clamped * bands) / bands;
}

/** Slider-grid snapping so dragged values read cleanly (w to 0.01, b to 0.5). */
export function snap(w: number, b: number, domain: Domain = DOMAIN): { w: number; b: number } {
  const cw = Math.min(domain.wMax, Math.max(domain.wMin, Math.round(w * 100) / 100));
  const cb = Math.min(domain.bMax, Math.max(domain.bMin, Math.round(b * 2) / 2));
  return { w: cw, b: cb };
}
