// The dropout mask viewer's logic: one hidden layer's activations sent through the engine's Dropout
// module, one forward pass per step. The mask is read back from the output (survivors are scaled by
// 1/(1 − p), the dropped are 0), and a running average shows that the expected output equals the input.
import { Dropout, createRng, fromData, noGrad } from '../../engine';

export const UNITS = 12;

/** Fixed activations of a hidden layer (positive, as after ReLU), the same on every page load. */
export function layerActivations(): Float64Array {
  const rng = createRng(13).stream('data');
  return Float64Array.from({ length: UNITS }, () => Number(rng.uniform(0.2, 1.6).toFixed(2)));
}

export interface MaskStep {
  /** 1, 2, …: how many masks have been drawn. */
  step: number;
  input: Float64Array;
  output: Float64Array;
  /** Per unit: 0 if dropped, else the factor it was multiplied by (1/(1 − p) in training, 1 in eval). */
  factor: Float64Array;
  dropped: number;
}

/** A stream of dropout masks over the same layer, from a seeded Dropout module. */
export class MaskSequence {
  readonly input = layerActivations();
  private readonly layer: Dropout;
  private steps = 0;
  private readonly outputSum = new Float64Array(UNITS);

  constructor(readonly p: number, readonly training: boolean, seed = 1) {
    this.layer = new Dropout(p, createRng(seed).stream('dropout'));
    this.layer.train(training);
  }

  /** One forward pass through the layer: a fresh mask in training mode, the identity in eval mode. */
  next(): MaskStep {
    const out = noGrad(() => this.layer.forward(fromData(this.input.slice(), [1, UNITS])));
    const output = Float64Array.from(out.data);
    const factor = output.map((v, i) => v / this.input[i]);
    this.steps++;
    for (let i = 0; i < UNITS; i++) this.outputSum[i] += output[i];
    return { step: this.steps, input: this.input, output, factor, dropped: factor.filter((f) => f === 0).length };
  }

  /** Average output per unit over all steps so far (→ the input as the steps grow). */
  averageOutput(): Float64Array {
    return this.outputSum.map((s) => (this.steps ? s / this.steps : 0));
  }

  get stepCount(): number {
    return this.steps;
  }
}

/** The factor a surviving unit is multiplied by in training, as the engine applies it. */
export function survivorScale(p: number): number {
  const s = new MaskSequence(p, true, 7);
  for (let k = 0; k < 100; k++) {
    const { factor } = s.next();
    const kept = factor.find((f) => f !== 0);
    if (kept !== undefined) return kept;
  }
  throw new Error(`survivorScale: no unit survived 100 masks at p = ${p}`);
}

export function mean(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  return v.length ? s / v.length : Number.NaN;
}
