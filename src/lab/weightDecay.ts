// L2 in the gradient versus decoupled weight decay, on the simplest possible weight: one that the loss
// does not care about at all (its loss gradient is 0), so everything that moves it is the decay. The
// engine's Adam with weightDecay adds λθ to the gradient; AdamW shrinks θ by ηλθ outside the Adam step.
import { Adam, AdamW, tensor, mul } from '../engine';

export interface DecayRun { steps: number; lr: number; weightDecay: number; start: number }

export const DECAY_EXAMPLE: DecayRun = { steps: 100, lr: 0.001, weightDecay: 0.01, start: 1 };

/** θ after `steps` real optimizer steps on a loss with zero gradient, for Adam (L2) and for AdamW. */
export function idleWeightAfter(r: DecayRun): { adamL2: number; adamW: number } {
  const run = (decoupled: boolean) => {
    const theta = tensor(r.start, { requiresGrad: true });
    const Kind = decoupled ? AdamW : Adam;
    const opt = new Kind([theta], { lr: r.lr, weightDecay: r.weightDecay });
    for (let i = 0; i < r.steps; i++) {
      opt.zeroGrad();
      mul(theta, 0).backward(); // the loss ignores θ: its gradient is exactly 0
      opt.step();
    }
    return theta.data[0];
  };
  return { adamL2: run(false), adamW: run(true) };
}
