// Adam's first steps, recorded: one weight θ whose loss is g_t·θ, so its gradient at step t is exactly
// g_t whatever θ is. Two engine Adam optimizers, one with bias correction and one without, see the
// same gradients, so their moments m and v are the same numbers and only their steps differ. The
// gradients are g_t = scale · (1 + noise · ξ_t), ξ_t standard normal from a seeded stream.
import { Adam, createRng, mul, tensor, type Tensor } from '../engine';

export interface MomentSettings {
  /** Typical size of the gradient. */
  scale: number;
  /** Relative spread of the gradient around `scale` (0: the same gradient every step). */
  noise: number;
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  steps: number;
  seed: number;
}

export const DEFAULT_MOMENTS: MomentSettings = { scale: 1, noise: 0, lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8, steps: 20, seed: 1 };

/** One row of the record: the gradient, the optimizer's buffers m and v after the step, the
 *  bias-corrected m̂ and v̂, and how far θ moved with the correction on and off. */
export interface MomentRow {
  t: number;
  g: number;
  m: number;
  v: number;
  mHat: number;
  vHat: number;
  /** |θ_{t-1} − θ_t| with bias correction (the engine's Adam as PyTorch runs it). */
  stepOn: number;
  /** The same without bias correction. */
  stepOff: number;
}

/** The gradient sequence g_1 … g_steps. */
export function gradients(s: MomentSettings): number[] {
  const rng = createRng(s.seed).stream('gradients');
  return Array.from({ length: s.steps }, () => s.scale * (1 + s.noise * rng.normal()));
}

class OneWeight {
  readonly theta: Tensor = tensor(0, { requiresGrad: true });
  readonly opt: Adam;
  constructor(s: MomentSettings, biasCorrection: boolean) {
    this.opt = new Adam([this.theta], { lr: s.lr, betas: [s.beta1, s.beta2], eps: s.eps, biasCorrection });
  }
  /** One real training step on the loss g·θ; returns how far θ moved. */
  step(g: number): number {
    const before = this.theta.data[0];
    this.opt.zeroGrad();
    mul(tensor(g), this.theta).backward();
    this.opt.step();
    return Math.abs(this.theta.data[0] - before);
  }
  buffers(): { m: number; v: number } {
    const st = this.opt.stateOf(this.theta);
    return { m: st.m[0], v: st.v[0] };
  }
}

/** Runs both optimizers side by side and records every step. */
export function traceMoments(s: MomentSettings): MomentRow[] {
  const on = new OneWeight(s, true), off = new OneWeight(s, false);
  return gradients(s).map((g, i) => {
    const t = i + 1;
    const stepOn = on.step(g), stepOff = off.step(g);
    const { m, v } = on.buffers();
    return { t, g, m, v, mHat: m / (1 - s.beta1 ** t), vHat: v / (1 - s.beta2 ** t), stepOn, stepOff };
  });
}

/** How much larger an uncorrected step is than a corrected one at step t when every gradient is the
 *  same (and far larger than ε): (1 − β₁ᵗ) / √(1 − β₂ᵗ). */
export function uncorrectedRatio(t: number, beta1: number, beta2: number): number {
  return (1 - beta1 ** t) / Math.sqrt(1 - beta2 ** t);
}
