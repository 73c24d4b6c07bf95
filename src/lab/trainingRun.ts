// A training run: one network, its data, its optimizer and its history, advanced one step at a time
// by whoever drives it (the XOR lab's animation loop, the race, a test). Everything random comes
// from the seed: the data ('data' stream), the initial weights ('init') and the batch order
// ('batches'), so one seed always replays the same run step for step.
import {
  bceWithLogits, mseLoss, noGrad, sigmoid, tidy, createRng, fromData, loadParameters, snapshotParameters,
  type CompiledMlp, type Optimizer, type Rng, type Sequential, type Tensor,
} from '../engine';
import { makeDataset, type Dataset } from './datasets';
import { accuracyOf, gridPoints, probabilities } from './grid';
import { BoundedHistory } from './history';
import { buildModel, makeOptimizer, swapActivation } from './model';
import { forwardNet } from './formulaActivation';
import { DIVERGENCE_FACTOR, SEED_MAX, STRUCTURAL_KEYS, type RunSettings } from './settings';
import { stepWhile } from './stepWhile';

/** Mini-batch size; sets this small or smaller train on every point at each step. */
export const BATCH_SIZE = 50;
/** Buckets kept of a run's loss history (each keeps its low and high): memory stays the same for any run length. */
export const HISTORY_CAPACITY = 1024;

/** Where a run went wrong: the step, its loss, and why it counts as divergence. */
export interface Divergence { step: number; loss: number; reason: 'not-finite' | 'exploded'; startLoss: number }
export type SettingsChange = 'rebuilt' | 'activation' | 'lr' | 'optimizer';

export class TrainingRun {
  settings: RunSettings;
  data!: Dataset;
  model!: Sequential;
  optimizer!: Optimizer;
  /** Steps taken since the start (or the last reset). */
  stepCount = 0;
  /** The loss over the whole data set after each step (step 0: the untrained network), kept exactly
   *  for the first 1024 steps and thinned after that, so its memory never grows. */
  readonly history = new BoundedHistory(HISTORY_CAPACITY);
  diverged: Divergence | null = null;

  private net!: CompiledMlp;
  private initial!: Float64Array[];
  private batchRng!: Rng;
  private order!: Int32Array;
  private cursor = 0;
  private probs!: Float64Array;
  private logits!: Float64Array;

  constructor(settings: RunSettings) {
    this.settings = withDefaults(settings);
    this.rebuild();
  }

  // #region training-step
  /** One step of gradient descent on the next batch; returns that batch's loss before the update. */
  step(): number {
    if (this.diverged) return Number.NaN;
    // tidy() hands the step's temporary arrays back to the engine's pool when it ends.
    const value = tidy(() => {
      const [x, y] = this.nextBatch();
      const logits = this.model.forward(x); // forward: one score per point, [batch, 1]
      // binary cross-entropy on the scores, or (the lab's Loss menu) squared error of the probabilities
      const loss = this.settings.loss === 'mse' ? mseLoss(sigmoid(logits), y) : bceWithLogits(logits, y);
      this.optimizer.zeroGrad(); // forget the previous step's gradients
      loss.backward(); // fill .grad of every weight
      this.optimizer.step(); // move each weight against its gradient
      return loss.item();
    });
    return this.record(value);
  }
  // #endregion

  /** Up to `count` steps; stops early at divergence. Returns how many ran. */
  steps(count: number): number {
    return stepWhile(count, () => this.step(), () => !this.diverged);
  }

  /** After an update: the loss over all points with the new weights, and the divergence check. */
  private record(batchLoss: number): number {
    const step = ++this.stepCount;
    const loss = Number.isFinite(batchLoss) && this.weightsFinite() ? this.dataLoss() : Number.NaN;
    this.history.push(step, loss);
    const startLoss = this.history.first;
    if (!Number.isFinite(loss)) this.diverged = { step, loss: Number.isFinite(batchLoss) ? loss : batchLoss, reason: 'not-finite', startLoss };
    else if (loss > DIVERGENCE_FACTOR * startLoss) this.diverged = { step, loss, reason: 'exploded', startLoss };
    return batchLoss;
  }

  /** The run's loss over the whole data set (mean binary cross-entropy, or mean squared error of σ),
   *  from the compiled forward pass's logits, through the engine's own loss functions. */
  private dataLoss(): number {
    const { n, inputs, targets } = this.data;
    this.net.forward(inputs, n, this.logits);
    return tidy(() => noGrad(() => {
      const logits = fromData(this.logits, [n, 1]), y = fromData(targets, [n, 1]);
      const loss = this.settings.loss === 'mse' ? mseLoss(sigmoid(logits), y) : bceWithLogits(logits, y);
      return loss.item();
    }));
  }

  private weightsFinite(): boolean {
    for (const p of this.optimizer.params) for (let i = 0; i < p.data.length; i++) if (!Number.isFinite(p.data[i])) return false;
    return true;
  }

  private nextBatch(): [Tensor, Tensor] {
    const { n, inputs, targets } = this.data;
    if (n <= BATCH_SIZE) return [fromData(inputs, [n, 2]), fromData(targets, [n, 1])];
    if (this.cursor + BATCH_SIZE > n) {
      this.batchRng.shuffle(this.order);
      this.cursor = 0;
    }
    const x = new Float64Array(2 * BATCH_SIZE), y = new Float64Array(BATCH_SIZE);
    for (let k = 0; k < BATCH_SIZE; k++) {
      const i = this.order[this.cursor + k];
      x[2 * k] = inputs[2 * i];
      x[2 * k + 1] = inputs[2 * i + 1];
      y[k] = targets[i];
    }
    this.cursor += BATCH_SIZE;
    return [fromData(x, [BATCH_SIZE, 2]), fromData(y, [BATCH_SIZE, 1])];
  }

  /** Applies new settings. The learning rate applies from the next step; a new optimizer or
   *  activation keeps the current weights and carries on; anything else starts a new run. */
  update(next: RunSettings): SettingsChange[] {
    const prev = this.settings;
    next = withDefaults(next);
    this.settings = next;
    if (STRUCTURAL_KEYS.some((k) => prev[k] !== next[k])) {
      this.rebuild();
      return ['rebuilt'];
    }
    const changes: SettingsChange[] = [];
    if (prev.activation !== next.activation) {
      this.model = swapActivation(this.model, next.activation);
      this.net = forwardNet(this.model);
      changes.push('activation');
    }
    if (prev.optimizer !== next.optimizer) {
      this.optimizer = makeOptimizer(next.optimizer, this.model, next.lr);
      changes.push('optimizer');
    } else if (prev.lr !== next.lr) {
      this.optimizer.lr = next.lr;
      changes.push('lr');
    }
    return changes;
  }

  /** Back to step 0 with the same initial weights, a fresh optimizer and the same batch order. */
  reset(): void {
    this.model = buildModelFrom(this.settings, this.initial);
    this.restart();
  }

  /** Moves to the next seed: fresh initial weights (and, for the noisy sets, fresh noise). */
  newWeights(): number {
    this.settings = { ...this.settings, seed: (this.settings.seed % SEED_MAX) + 1 };
    this.rebuild();
    return this.settings.seed;
  }

  private rebuild(): void {
    const s = this.settings;
    this.data = makeDataset(s.dataset, s.seed);
    this.model = buildModel(s, createRng(s.seed));
    this.initial = snapshotParameters(this.model);
    this.order = Int32Array.from({ length: this.data.n }, (_, i) => i);
    this.probs = new Float64Array(this.data.n);
    this.logits = new Float64Array(this.data.n);
    this.restart();
  }

  private restart(): void {
    this.net = forwardNet(this.model);
    this.optimizer = makeOptimizer(this.settings.optimizer, this.model, this.settings.lr);
    this.batchRng = createRng(this.settings.seed).stream('batches');
    for (let i = 0; i < this.order.length; i++) this.order[i] = i;
    this.cursor = this.data.n; // shuffle before the first batch
    this.stepCount = 0;
    this.history.clear();
    this.history.push(0, this.dataLoss());
    this.diverged = null;
  }

  /** Probability of class 1 for each data point, with the current weights. */
  predictions(): Float64Array {
    return probabilities(this.net, this.data.inputs, this.data.n, this.probs);
  }

  accuracy(): number {
    return accuracyOf(this.predictions(), this.data);
  }

  /** The loss over the whole data set with the current weights. */
  get loss(): number {
    return this.history.last;
  }

  /** Probability of class 1 over an n×n grid of the data set's domain, row-major from the top-left. */
  evaluateGrid(n: number, out = new Float64Array(n * n), points?: Float64Array): Float64Array {
    return probabilities(this.net, points ?? this.gridOf(n), n * n, out);
  }

  /** The same for `count` rows of that grid from row `from` only, written at their place in `out`
   *  (a picture refreshed a band of rows per animation frame). */
  evaluateRows(n: number, from: number, count: number, out: Float64Array, points?: Float64Array): void {
    const grid = points ?? this.gridOf(n);
    probabilities(this.net, grid.subarray(2 * from * n, 2 * (from + count) * n), count * n, out.subarray(from * n, (from + count) * n));
  }

  private grid: { n: number; domain: Dataset['domain']; points: Float64Array } | null = null;
  /** The grid's input coordinates, built once per resolution and data set (not every frame). */
  private gridOf(n: number): Float64Array {
    if (this.grid?.n !== n || this.grid.domain !== this.data.domain) this.grid = { n, domain: this.data.domain, points: gridPoints(n, this.data.domain) };
    return this.grid.points;
  }

  /** The current weights, copied (for tests and comparisons). */
  weights(): Float64Array[] {
    return snapshotParameters(this.model);
  }
}

function buildModelFrom(s: RunSettings, weights: Float64Array[]): Sequential {
  const model = buildModel(s, createRng(s.seed));
  loadParameters(model, weights);
  return model;
}

/** A run's settings with the loss spelt out ('bce' unless the settings ask for 'mse'). */
function withDefaults(s: RunSettings): RunSettings {
  return { ...s, loss: s.loss ?? 'bce' };
}
