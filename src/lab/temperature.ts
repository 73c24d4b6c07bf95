// Chapter 7's running example: learn F = w·C + b from temperature readings with plain gradient
// descent, one engine step at a time. No React; the Trainer widget draws what this computes.
import { createRng, mseLoss, tensor, Tensor } from '../engine';
import { BoundedHistory } from './history';

export interface TemperatureData {
  celsius: Float64Array;
  fahrenheit: Float64Array;
}

/** Six exact readings, 0 °C to 100 °C in steps of 20. */
export function sixReadings(): TemperatureData {
  const celsius = Float64Array.from([0, 20, 40, 60, 80, 100]);
  return { celsius, fahrenheit: celsius.map((c) => 1.8 * c + 32) };
}

/** `n` noisy readings: C uniform in [−30, 50], F = 1.8·C + 32 + noise (σ = `noise` °F), from a seeded stream. */
export function noisyReadings(seed: number, n = 100, noise = 2): TemperatureData {
  const rng = createRng(seed).stream('data');
  const celsius = new Float64Array(n);
  const fahrenheit = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    celsius[i] = -30 + 80 * rng.next();
    fahrenheit[i] = 1.8 * celsius[i] + 32 + noise * rng.normal();
  }
  return { celsius, fahrenheit };
}

export interface FitOptions {
  lr: number;
  /** Train on (C − mean)/std instead of raw C; the read-outs convert back to °C units. */
  standardise: boolean;
  /** The classic bug: skip zeroing, so every step adds the new gradient to all the old ones. */
  zeroGradients: boolean;
}

/** Scale used for the input: identity, or standardisation with the data's mean and spread. */
function inputScale(data: TemperatureData, standardise: boolean): { shift: number; scale: number } {
  if (!standardise) return { shift: 0, scale: 1 };
  const n = data.celsius.length;
  const mean = data.celsius.reduce((s, c) => s + c, 0) / n;
  const variance = data.celsius.reduce((s, c) => s + (c - mean) ** 2, 0) / n;
  return { shift: mean, scale: Math.sqrt(variance) || 1 };
}

export class FitRun {
  readonly w = tensor([0], { requiresGrad: true, label: 'w' });
  readonly b = tensor([0], { requiresGrad: true, label: 'b' });
  /** The loss of each step: every step's for the first 1,024, then thinned (each kept point is the
   *  lowest or highest of a run of steps), so memory stays flat however long a reader lets it train. */
  readonly history = new BoundedHistory(1024);
  step = 0;
  /** Step at which the loss stopped being a finite number, if it did. */
  divergedAt: number | null = null;
  private readonly x: Tensor;
  private readonly y: Tensor;
  private readonly shift: number;
  private readonly scale: number;

  constructor(readonly data: TemperatureData, public options: FitOptions) {
    const { shift, scale } = inputScale(data, options.standardise);
    this.shift = shift;
    this.scale = scale;
    const n = data.celsius.length;
    this.x = new Tensor(data.celsius.map((c) => (c - shift) / scale), [n, 1]);
    this.y = new Tensor(Float64Array.from(data.fahrenheit), [n, 1]);
  }

  // #region fit-step
  /** One step of gradient descent on the mean squared error. Returns the loss before the update. */
  trainStep(): number {
    const { w, b, x, y } = this;
    const prediction = x.mul(w).add(b); // ŷ = x·w + b, broadcast over the n readings
    const loss = mseLoss(prediction, y);
    if (this.options.zeroGradients) {
      w.zeroGrad(); // forget the previous step's gradient…
      b.zeroGrad();
    }
    loss.backward(); // …otherwise this adds to it
    w.data[0] -= this.options.lr * w.grad!.data[0];
    b.data[0] -= this.options.lr * b.grad!.data[0];
    return loss.item();
  }
  // #endregion

  /** Runs one step and records it; returns false once the run has diverged. */
  advance(): boolean {
    if (this.divergedAt !== null) return false;
    const loss = this.trainStep();
    this.step++;
    this.history.push(this.step, loss);
    if (!Number.isFinite(loss) || !Number.isFinite(this.w.data[0]) || !Number.isFinite(this.b.data[0])) {
      this.divergedAt = this.step;
      return false;
    }
    return true;
  }

  /** The fitted line in the reader's units: F = slope·C + intercept. */
  line(): { slope: number; intercept: number } {
    const w = this.w.data[0];
    const b = this.b.data[0];
    return { slope: w / this.scale, intercept: b - (w * this.shift) / this.scale };
  }

  /** The kept losses, oldest first: exactly one per step while the run has at most 1,024 steps. */
  get losses(): number[] {
    return this.history.points().values;
  }

  /** The loss of the latest step (before its update), or of the current parameters before any step. */
  lastLoss(): number {
    return this.history.count ? this.history.last : this.currentLoss();
  }

  /** Loss of the current parameters, without touching gradients. */
  currentLoss(): number {
    const { slope, intercept } = this.line();
    let s = 0;
    for (let i = 0; i < this.data.celsius.length; i++) s += (slope * this.data.celsius[i] + intercept - this.data.fahrenheit[i]) ** 2;
    return s / this.data.celsius.length;
  }
}
