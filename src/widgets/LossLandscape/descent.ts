// Gradient descent drawn on the loss landscape (chapter 7 looks back at chapter 4's picture): the
// path of plain steps (7.1) from the reader's point, computed with the engine's autograd, either on the
// raw inputs or on standardised ones (then mapped back to raw w, b so it lands on the same map).
import { mseLoss, tensor } from '../../engine';
import type { Dataset } from './landscape';

export interface DescentPoint { w: number; b: number; loss: number }

export function descentPath(data: Dataset, start: { w: number; b: number }, lr: number, steps: number, standardise = false): DescentPoint[] {
  const n = data.celsius.length;
  const mu = standardise ? data.celsius.reduce((s, c) => s + c, 0) / n : 0;
  const spread = standardise ? Math.sqrt(data.celsius.reduce((s, c) => s + (c - mu) ** 2, 0) / n) || 1 : 1;
  const x = tensor(data.celsius.map((c) => (c - mu) / spread));
  const y = tensor(data.fahrenheit);
  // F = w·C + b = w'·(C − μ)/s + b'  ⇔  w' = w·s, b' = b + w·μ
  const w = tensor([start.w * spread], { requiresGrad: true });
  const b = tensor([start.b + start.w * mu], { requiresGrad: true });
  const raw = () => ({ w: w.data[0] / spread, b: b.data[0] - (w.data[0] * mu) / spread });
  const path: DescentPoint[] = [];
  for (let i = 0; i <= steps; i++) {
    w.zeroGrad();
    b.zeroGrad();
    const loss = mseLoss(x.mul(w).add(b), y);
    const value = loss.item();
    path.push({ ...raw(), loss: value });
    if (!Number.isFinite(value) || i === steps) break;
    loss.backward();
    w.data[0] -= lr * w.grad!.data[0];
    b.data[0] -= lr * b.grad!.data[0];
  }
  return path;
}
