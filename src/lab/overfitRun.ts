// Chapter 13's overfitting experiment: a deliberately large network trained on a few noisy points,
// measured after every step on the training points and on validation points it never trains on.
// Three regularizers can be switched on: dropout (p), a weight penalty (λ, applied as AdamW's
// decoupled decay or as an L2 term in Adam's gradient) and early stopping on the validation loss.
// Everything random comes from the seed: data ('data'), initial weights ('init'), dropout masks ('dropout').
import {
  Adam, AdamW, Dropout, Linear, ReLU, SGD, Sequential, bceWithLogits, createRng, fromData,
  loadParameters, noGrad, snapshotParameters, tidy, type Module, type Optimizer, type Tensor,
} from '../engine';
import { accuracyOf, gridPoints, sigmoidInPlace } from './grid';
import { makeSplitMoons, type SplitDataset } from './splitData';
import { DIVERGENCE_FACTOR } from './settings';
import { BoundedHistory } from './history';
import type { Dataset } from './datasets';
import { stepWhile } from './stepWhile';

export type DecayMode = 'adamw' | 'l2';

export interface OverfitSettings {
  /** Dropout probability after each hidden layer, 0 ≤ p < 1. */
  dropout: number;
  /** Weight-penalty strength λ (0: none). */
  decay: number;
  /** 'adamw': p ← p − lr·λ·p beside the Adam step; 'l2': λ·p added to the gradient inside Adam. */
  decayMode: DecayMode;
  /** Stop when the validation loss has not improved for PATIENCE steps, and go back to the best weights. */
  earlyStop: boolean;
  lr: number;
  seed: number;
}

/** Units in each of the two hidden layers: about 1,200 weights for 40 training points. */
export const OVERFIT_HIDDEN = 32;
/** Steps without a new best validation loss before early stopping ends the run. */
export const PATIENCE = 150;
export const DROPOUT_MAX = 0.8;
export const DECAY_MAX = 1;
export const OVERFIT_LR_MIN = 1e-4;
export const OVERFIT_LR_MAX = 1;

export const OVERFIT_DEFAULTS: OverfitSettings = { dropout: 0, decay: 0, decayMode: 'adamw', earlyStop: false, lr: 0.01, seed: 5 };

/** Where early stopping ended a run, and the losses of the best weights it went back to. */
export interface EarlyStop { step: number; bestStep: number; bestLoss: number; trainLoss: number }
export interface OverfitDivergence { step: number; loss: number; reason: 'not-finite' | 'exploded'; startLoss: number }
export type OverfitChange = 'rebuilt' | 'dropout' | 'optimizer' | 'lr' | 'earlyStop';

// #region overfit-model
/** 2 → 32 → 32 → 1 with ReLU, and dropout after each hidden layer. He initialisation. */
export function buildOverfitModel(linears: Linear[], p: number, seed: number): Sequential {
  const dropoutRng = createRng(seed).stream('dropout');
  return new Sequential(
    linears[0], new ReLU(), new Dropout(p, dropoutRng),
    linears[1], new ReLU(), new Dropout(p, dropoutRng),
    linears[2],
  );
}
// #endregion

function freshLinears(seed: number): Linear[] {
  const rng = createRng(seed).stream('init');
  const h = OVERFIT_HIDDEN;
  return [new Linear(2, h, { rng, init: 'he' }), new Linear(h, h, { rng, init: 'he' }), new Linear(h, 1, { rng, init: 'he' })];
}

export function makeOverfitOptimizer(model: Module, s: Pick<OverfitSettings, 'lr' | 'decay' | 'decayMode'>): Optimizer {
  const params = model.parameters();
  return s.decayMode === 'adamw'
    ? new AdamW(params, { lr: s.lr, weightDecay: s.decay })
    : new Adam(params, { lr: s.lr, weightDecay: s.decay });
}

/** Evaluation-mode logits of a model (no graph), written into `out`. The input tensor is made once,
 *  outside tidy(), so tidy() never recycles the caller's array. (The engine's compileMlp is avoided
 *  here: for a network of this size its unrolled path is far slower than the tensor forward pass.) */
function logitsOf(model: Module, x: Tensor, out: Float64Array): Float64Array {
  tidy(() => noGrad(() => {
    out.set(model.forward(x).data);
    return 0;
  }));
  return out;
}

/** Mean binary cross-entropy of a model's logits over a data set (its inputs as a tensor `x`). */
function lossOver(model: Module, x: Tensor, data: Dataset, logits: Float64Array): number {
  logitsOf(model, x, logits);
  let total = 0;
  for (let i = 0; i < data.n; i++) {
    const z = logits[i];
    total += (z > 0 ? z : 0) - z * data.targets[i] + Math.log1p(Math.exp(-Math.abs(z)));
  }
  return total / data.n;
}

export class OverfitRun {
  settings: OverfitSettings;
  data!: SplitDataset;
  model!: Sequential;
  optimizer!: Optimizer;
  stepCount = 0;
  /** Losses measured in evaluation mode (no dropout) after each step (step 0: the untrained network),
   *  kept exactly for the first 1024 steps and thinned after that. */
  readonly trainHistory = new BoundedHistory(1024);
  readonly validationHistory = new BoundedHistory(1024);
  best = { step: 0, loss: Infinity };
  stopped: EarlyStop | null = null;
  diverged: OverfitDivergence | null = null;

  private linears!: Linear[];
  private initial!: Float64Array[];
  private bestWeights!: Float64Array[];
  private x!: Tensor;
  private y!: Tensor;
  private xVal!: Tensor;
  private grid: { n: number; x: Tensor; points: Float64Array } | null = null;
  private logits!: Float64Array;
  private probs!: Float64Array;

  constructor(settings: OverfitSettings) {
    this.settings = { ...settings };
    this.rebuild();
  }

  // #region overfit-step
  /** One full-batch step on the training points (dropout active), then both losses in eval mode. */
  step(): number {
    if (this.diverged || this.stopped) return Number.NaN;
    const value = tidy(() => {
      this.model.train(); // dropout on: a fresh random mask on every forward
      const loss = bceWithLogits(this.model.forward(this.x), this.y);
      this.optimizer.zeroGrad();
      loss.backward();
      this.optimizer.step();
      return loss.item();
    });
    this.model.eval(); // measuring: dropout off, every unit used
    return this.record(value);
  }
  // #endregion

  steps(count: number): number {
    return stepWhile(count, () => this.step(), () => !this.diverged && !this.stopped);
  }

  private record(batchLoss: number): number {
    const step = ++this.stepCount;
    const finite = Number.isFinite(batchLoss) && this.weightsFinite();
    const train = finite ? lossOver(this.model, this.x, this.data.train, this.logits) : Number.NaN;
    const val = finite ? lossOver(this.model, this.xVal, this.data.validation, this.logits) : Number.NaN;
    this.trainHistory.push(step, train);
    this.validationHistory.push(step, val);
    const startLoss = this.trainHistory.first;
    if (!Number.isFinite(train) || !Number.isFinite(val)) {
      this.diverged = { step, loss: Number.isFinite(batchLoss) ? train : batchLoss, reason: 'not-finite', startLoss };
      return batchLoss;
    }
    if (train > DIVERGENCE_FACTOR * startLoss) {
      this.diverged = { step, loss: train, reason: 'exploded', startLoss };
      return batchLoss;
    }
    if (val < this.best.loss) {
      this.best = { step, loss: val };
      this.bestWeights = snapshotParameters(this.model);
    }
    this.checkEarlyStop();
    return batchLoss;
  }

  // #region early-stopping
  /** After PATIENCE steps without a new best validation loss: stop, and restore the best weights. */
  private checkEarlyStop(): void {
    if (!this.settings.earlyStop || this.stopped) return;
    if (this.stepCount - this.best.step < PATIENCE) return;
    loadParameters(this.model, this.bestWeights);
    const trainLoss = lossOver(this.model, this.x, this.data.train, this.logits);
    this.stopped = { step: this.stepCount, bestStep: this.best.step, bestLoss: this.best.loss, trainLoss };
  }
  // #endregion

  private weightsFinite(): boolean {
    for (const p of this.model.parameters()) for (let i = 0; i < p.data.length; i++) if (!Number.isFinite(p.data[i])) return false;
    return true;
  }

  /** Applies new settings: a new seed starts a new run; everything else keeps the weights learnt so far. */
  update(next: OverfitSettings): OverfitChange[] {
    const prev = this.settings;
    this.settings = { ...next };
    if (prev.seed !== next.seed) {
      this.rebuild();
      return ['rebuilt'];
    }
    const changes: OverfitChange[] = [];
    if (prev.dropout !== next.dropout) {
      this.model = buildOverfitModel(this.linears, next.dropout, next.seed);
      this.model.eval();
      changes.push('dropout');
    }
    if (prev.decay !== next.decay || prev.decayMode !== next.decayMode) {
      this.optimizer = makeOverfitOptimizer(this.model, next);
      changes.push('optimizer');
    } else if (prev.lr !== next.lr) {
      this.optimizer.lr = next.lr;
      changes.push('lr');
    }
    if (prev.earlyStop !== next.earlyStop) {
      if (!next.earlyStop) this.stopped = null; // switched off: training may go on from here
      else this.checkEarlyStop();
      changes.push('earlyStop');
    }
    return changes;
  }

  /** Back to step 0: the same initial weights, data, dropout masks and a fresh optimizer. */
  reset(): void {
    loadParameters(new Sequential(...this.linears), this.initial);
    this.restart();
  }

  private rebuild(): void {
    const s = this.settings;
    this.data = makeSplitMoons(s.seed);
    this.linears = freshLinears(s.seed);
    this.initial = snapshotParameters(new Sequential(...this.linears));
    const { train } = this.data;
    this.x = fromData(train.inputs, [train.n, 2]);
    this.y = fromData(train.targets, [train.n, 1]);
    this.xVal = fromData(this.data.validation.inputs, [this.data.validation.n, 2]);
    this.logits = new Float64Array(Math.max(train.n, this.data.validation.n));
    this.probs = new Float64Array(Math.max(train.n, this.data.validation.n));
    this.restart();
  }

  private restart(): void {
    const s = this.settings;
    this.model = buildOverfitModel(this.linears, s.dropout, s.seed);
    this.model.eval();
    this.optimizer = makeOverfitOptimizer(this.model, s);
    this.stepCount = 0;
    this.trainHistory.clear();
    this.validationHistory.clear();
    this.trainHistory.push(0, lossOver(this.model, this.x, this.data.train, this.logits));
    this.validationHistory.push(0, lossOver(this.model, this.xVal, this.data.validation, this.logits));
    this.best = { step: 0, loss: this.validationHistory.last };
    this.bestWeights = snapshotParameters(this.model);
    this.stopped = null;
    this.diverged = null;
  }

  /** The losses of the current weights (after early stopping: the restored best weights). */
  get trainLoss(): number { return this.stopped ? this.stopped.trainLoss : this.trainHistory.last; }
  get validationLoss(): number { return this.stopped ? this.stopped.bestLoss : this.validationHistory.last; }
  /** Validation loss minus training loss: how much worse the network does on points it has not seen. */
  get gap(): number { return this.validationLoss - this.trainLoss; }

  accuracy(which: 'train' | 'validation'): number {
    const data = this.data[which];
    const probs = logitsOf(this.model, which === 'train' ? this.x : this.xVal, this.probs.subarray(0, data.n));
    sigmoidInPlace(probs);
    return accuracyOf(probs, data);
  }

  /** Sum of squared weights (biases excluded): what the L2 penalty measures. */
  weightNormSquared(): number {
    let total = 0;
    for (const l of this.linears) for (const w of l.weight.data) total += w * w;
    return total;
  }

  /** Probability of class 1 over an n×n grid of the plane, row-major from the top-left. */
  evaluateGrid(n: number, out = new Float64Array(n * n)): Float64Array {
    logitsOf(this.model, this.gridOf(n).x, out);
    sigmoidInPlace(out, n * n);
    return out;
  }

  /** The same for `count` rows of that grid from row `from` only, written at their place in `out`
   *  (a picture refreshed a band of rows per animation frame). */
  evaluateRows(n: number, from: number, count: number, out: Float64Array): void {
    const points = this.gridOf(n).points.subarray(2 * from * n, 2 * (from + count) * n);
    const band = out.subarray(from * n, (from + count) * n);
    logitsOf(this.model, fromData(points, [count * n, 2]), band);
    sigmoidInPlace(band, count * n);
  }

  private gridOf(n: number): { n: number; x: Tensor; points: Float64Array } {
    if (this.grid?.n !== n) {
      const points = gridPoints(n, this.data.train.domain);
      this.grid = { n, x: fromData(points, [n * n, 2]), points };
    }
    return this.grid;
  }
}

/** What one plain SGD step with weight decay λ does to a weight whose loss gradient is 0: the factor
 *  1 − η·λ, measured on the engine's SGD rather than computed by hand. */
export function sgdDecayFactor(lr: number, weightDecay: number): number {
  const w = fromData(new Float64Array([1]), [1], { requiresGrad: true });
  w.grad = fromData(new Float64Array([0]), [1]);
  new SGD([w], { lr, weightDecay }).step();
  return w.data[0];
}
