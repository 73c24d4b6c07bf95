// What each first-layer hidden unit is doing: the line where its input w·x + b crosses 0 (for ReLU,
// its hinge: on one side it passes its input, on the other it outputs 0), and whether it is dead,
// i.e. a ReLU whose input is ≤ 0 at every data point, so its slope is 0 everywhere it is used and
// no gradient reaches its weights. Also: a stalled run told apart from a slow one, and why it stalls.
import { Linear } from '../../engine';
import type { Dataset, LabActivation, TrainingRun } from '../../lab';

export interface HiddenUnit { w: [number, number]; b: number; dead: boolean }

/** The first hidden layer's units of a run, with the current weights. */
export function hiddenUnits(run: TrainingRun): HiddenUnit[] {
  const first = run.model.layers[0];
  if (!(first instanceof Linear)) return [];
  const W = first.weight.data, b = first.bias?.data;
  const H = first.weight.shape[0];
  return Array.from({ length: H }, (_, u) => {
    const w: [number, number] = [W[2 * u], W[2 * u + 1]];
    const bias = b ? b[u] : 0;
    return { w, b: bias, dead: run.settings.activation === 'relu' && isDead(w, bias, run.data) };
  });
}

/** A ReLU unit is dead when its input is ≤ 0 at every data point (ReLU′ is 0 there, 0 included). */
export function isDead(w: [number, number], b: number, data: Dataset): boolean {
  for (let i = 0; i < data.n; i++) if (w[0] * data.inputs[2 * i] + w[1] * data.inputs[2 * i + 1] + b > 0) return false;
  return true;
}

export interface LossSample { step: number; loss: number }

/** Steps over which the loss must have stopped falling before a run counts as stalled. */
export const STALL_WINDOW = 300;

/**
 * A run has stalled when it is not yet right everywhere, its loss is still far from 0, and over the
 * last STALL_WINDOW steps the loss fell by less than 0.001.
 */
export function isStalled(samples: readonly LossSample[], accuracy: number): boolean {
  if (samples.length < 2 || accuracy === 1) return false;
  const now = samples[samples.length - 1];
  if (now.step < STALL_WINDOW || !(now.loss > 0.05)) return false;
  const then = [...samples].reverse().find((s) => s.step <= now.step - STALL_WINDOW);
  return then !== undefined && then.loss - now.loss < 1e-3;
}

/** Why a stalled run is stuck, in words, with what to try. */
export function stallText(activation: LabActivation, loss: number, units: HiddenUnit[], xor: boolean): string {
  const dead = units.filter((u) => u.dead).length;
  const head = `The loss has stopped falling at ${loss.toFixed(3)}, far from 0.`;
  if (activation === 'none') {
    return `${head} Without an activation the network is a single linear layer (12.1); ` +
      (xor ? 'on XOR the best it can do is a probability of 50 % everywhere, a loss of ln 2 ≈ 0.693. ' : '') +
      'Choose an activation: training carries on from the weights it has.';
  }
  if (dead > 0 && dead === units.length) {
    return `${head} All ${dead} hidden units are dead: their input is at most 0 at every point, so ReLU outputs 0 there with slope 0, ` +
      'the network gives every point the same score, and no gradient reaches the first layer. ' +
      'Switch to GELU or leaky ReLU without resetting (their slope is not 0 for negative inputs), or try New weights.';
  }
  if (dead > 0) {
    return `${head} ${dead} of ${units.length} hidden units are dead (greyed out in the picture): no gradient reaches them, and the ` +
      `remaining ${units.length - dead} cannot bend the boundary enough. Switch to GELU or leaky ReLU without resetting, ` +
      'give the network more hidden units, or try New weights.';
  }
  if (Math.abs(loss - Math.LN2 / 2) < 0.01) {
    return `${head} That is about ½ ln 2: some points sit at 50 %, on the fence, in a flat spot of the loss. ` +
      'Try plain SGD, another activation, or New weights.';
  }
  if (Math.abs(loss - Math.LN2) < 0.01) {
    return `${head} That is ln 2: every point gets about 50 %, as if the network knew nothing. Its hidden units may be ` +
      'saturated (sigmoid or tanh with very large weights). Try a smaller learning rate and Reset.';
  }
  return `${head} The network may be too small for these data, or stuck in a flat region. Try more hidden units, ` +
    'a second hidden layer, another activation or learning rate, or New weights.';
}
