// Thinning a series for drawing: at most `max` points, evenly spread, always keeping the last one;
// non-finite values are dropped.
export function decimate(steps: ArrayLike<number>, losses: ArrayLike<number>, max = 300): { step: number; loss: number }[] {
  const n = Math.min(steps.length, losses.length);
  const stride = Math.max(1, Math.ceil(n / max));
  const out: { step: number; loss: number }[] = [];
  for (let i = 0; i < n; i += stride) if (Number.isFinite(losses[i])) out.push({ step: steps[i], loss: losses[i] });
  if (n > 0 && (n - 1) % stride !== 0 && Number.isFinite(losses[n - 1])) out.push({ step: steps[n - 1], loss: losses[n - 1] });
  return out;
}
