// Gradient clipping, as torch.nn.utils.clip_grad_norm_ / clip_grad_value_ do it.
import type { Tensor } from '../tensor';

/**
 * Scales every gradient by maxNorm / (total + 1e-6) when the L2 norm of all gradients together
 * (`total`) exceeds maxNorm. Returns `total`, measured before clipping. A NaN/∞ norm is returned
 * and the gradients are left as they are, so the divergence stays visible.
 */
export function clipGradNorm(params: Iterable<Tensor>, maxNorm: number): number {
  if (!(maxNorm >= 0)) throw new Error(`clipGradNorm: maxNorm must be ≥ 0, got ${maxNorm}`);
  const withGrad = Array.from(params).filter((p) => p.grad !== null);
  let sq = 0;
  for (const p of withGrad) for (const g of p.grad!.data) sq += g * g;
  const total = Math.sqrt(sq);
  const coef = maxNorm / (total + 1e-6);
  if (coef < 1) for (const p of withGrad) { const g = p.grad!.data; for (let i = 0; i < g.length; i++) g[i] *= coef; }
  return total;
}

/** Clamps every gradient value into [−clipValue, clipValue] (NaN stays NaN). */
export function clipGradValue(params: Iterable<Tensor>, clipValue: number): void {
  if (!(clipValue >= 0)) throw new Error(`clipGradValue: clipValue must be ≥ 0, got ${clipValue}`);
  for (const p of params) {
    if (p.grad === null) continue;
    const g = p.grad.data;
    for (let i = 0; i < g.length; i++) g[i] = g[i] > clipValue ? clipValue : g[i] < -clipValue ? -clipValue : g[i];
  }
}
