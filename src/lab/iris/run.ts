// One training run of chapter 15's classifier: the split and scaling a setting asks for, a 4 → H → 3
// network, cross-entropy, Adam on all 120 training flowers per step, and the numbers a widget or test
// reads after each step (losses, accuracies, divergence, the step-300 checkpoint).
import {
  Adam, crossEntropy, createRng, fromData, mlp, snapshotParameters, loadParameters,
  tidy, compileMlp, type CompiledMlp, type Sequential, type Tensor,
} from '../../engine';
import { BoundedHistory } from '../history';
import { stepWhile } from '../stepWhile';
import { rebuildOrRate } from '../settings';
import { IRIS_ROWS, loadIris } from './data';
import { stratifiedSplit, type Split } from './split';
import { columnMeans, scalersFor, standardise, type Scaler, type ScalingName } from './scaling';
import { argmaxRows, confusionMatrix, softmaxRow, type Confusion, type SoftmaxRow } from './metrics';

export interface IrisSettings {
  /** Hidden units, 2–32. */
  hidden: number;
  lr: number;
  /** Seeds the split and the initial weights. */
  seed: number;
  scaling: ScalingName;
}

export const IRIS_DEFAULTS: IrisSettings = { hidden: 8, lr: 0.01, seed: 1, scaling: 'train' };
/** Steps the chapter's default model trains for (full batch: one step = one pass over the 120 flowers). */
export const IRIS_DEFAULT_STEPS = 300;
export const IRIS_HIDDEN_MIN = 2;
export const IRIS_HIDDEN_MAX = 32;
export const IRIS_LR_MIN = 1e-4;
export const IRIS_LR_MAX = 10;
export const IRIS_SEED_MAX = 100;
/** A full-data loss above this many times its start means the steps overshoot: treated as divergence. */
export const IRIS_DIVERGENCE_FACTOR = 10;

export interface IrisPoint { step: number; trainLoss: number; testLoss: number; trainAccuracy: number; testAccuracy: number }
export interface IrisDivergence { step: number; loss: number; reason: 'not-finite' | 'exploded'; startLoss: number }

/** 4 → H → 3 with ReLU (He initialisation, the engine's default for ReLU). */
export function buildIrisModel(hidden: number, seed: number): Sequential {
  return mlp({ sizes: [4, hidden, 3], activation: 'relu', rng: createRng(seed).stream('init') });
}

/** One Iris training run, full batch, driven one step at a time by a widget or a test. */
export class IrisRun {
  readonly data = loadIris();
  settings: IrisSettings;
  split!: Split;
  scalers!: { train: Scaler; test: Scaler };
  /** Standardised (or raw) inputs of the training and test rows. */
  xTrain!: Float64Array;
  xTest!: Float64Array;
  yTrain!: Int32Array;
  yTest!: Int32Array;
  model!: Sequential;
  optimizer!: Adam;
  stepCount = 0;
  /** The numbers before the first step and after the latest one. */
  start!: IrisPoint;
  latest!: IrisPoint;
  /** Fixed-size curves for the live charts, however long the run. */
  readonly curves = {
    trainLoss: new BoundedHistory(512), testLoss: new BoundedHistory(512),
    trainAccuracy: new BoundedHistory(512), testAccuracy: new BoundedHistory(512),
  };
  diverged: IrisDivergence | null = null;
  /** Test accuracy and confusion matrix at step IRIS_DEFAULT_STEPS (the chapter's checkpoint), once reached. */
  checkpointAccuracy: number | null = null;
  checkpointConfusion: Confusion | null = null;

  private net!: CompiledMlp;
  private initial!: Float64Array[];
  private x!: Tensor;
  /** The training labels as the plain array crossEntropy takes. */
  private labels!: number[];
  private scratch = new Float64Array(3 * IRIS_ROWS);
  private row: SoftmaxRow = { best: -1, max: -Infinity, sumExp: 0 };

  constructor(settings: Partial<IrisSettings> = {}) {
    this.settings = { ...IRIS_DEFAULTS, ...settings };
    this.rebuild();
  }

  // #region iris-step
  /** One step of Adam on all 120 training flowers. */
  step(): void {
    if (this.diverged) return;
    // tidy() hands the step's temporary arrays back to the engine's pool when it ends.
    tidy(() => {
      const logits = this.model.forward(this.x); // [120, 3]: one score per class
      const loss = crossEntropy(logits, this.labels); // log-softmax + pick the right class, averaged
      this.optimizer.zeroGrad();
      loss.backward();
      this.optimizer.step();
    });
    this.stepCount++;
    this.record();
  }
  // #endregion

  steps(count: number): number {
    return stepWhile(count, () => this.step(), () => !this.diverged);
  }

  /** Applies new settings: a new learning rate from the next step; anything else starts again at step 0. */
  update(next: IrisSettings): 'rebuilt' | 'lr' | null {
    const change = rebuildOrRate(this.settings, next, ['hidden', 'seed', 'scaling']);
    this.settings = { ...next };
    if (change === 'rebuilt') this.rebuild();
    if (change === 'lr') this.optimizer.lr = next.lr;
    return change;
  }

  /** Back to step 0 with the same initial weights. */
  reset(): void {
    loadParameters(this.model, this.initial);
    this.restart();
  }

  private rebuild(): void {
    const s = this.settings;
    this.split = stratifiedSplit(this.data.labels, s.seed);
    this.scalers = scalersFor(this.data, this.split, s.scaling);
    this.xTrain = standardise(this.data, this.split.train, this.scalers.train);
    this.xTest = standardise(this.data, this.split.test, this.scalers.test);
    this.yTrain = Int32Array.from(this.split.train, (i) => this.data.labels[i]);
    this.yTest = Int32Array.from(this.split.test, (i) => this.data.labels[i]);
    this.x = fromData(this.xTrain, [this.split.train.length, 4]);
    this.labels = Array.from(this.yTrain);
    this.model = buildIrisModel(s.hidden, s.seed);
    this.initial = snapshotParameters(this.model);
    this.restart();
  }

  private restart(): void {
    this.net = compileMlp(this.model);
    this.optimizer = new Adam(this.model.parameters(), { lr: this.settings.lr });
    this.stepCount = 0;
    for (const c of Object.values(this.curves)) c.clear();
    this.diverged = null;
    this.checkpointAccuracy = null;
    this.checkpointConfusion = null;
    this.record();
    this.start = this.latest;
  }

  private record(): void {
    const train = this.evaluate(this.xTrain, this.yTrain), test = this.evaluate(this.xTest, this.yTest);
    const point = { step: this.stepCount, trainLoss: train.loss, testLoss: test.loss, trainAccuracy: train.accuracy, testAccuracy: test.accuracy };
    this.latest = point;
    const k = this.stepCount;
    this.curves.trainLoss.push(k, train.loss);
    this.curves.testLoss.push(k, test.loss);
    this.curves.trainAccuracy.push(k, train.accuracy);
    this.curves.testAccuracy.push(k, test.accuracy);
    if (k === IRIS_DEFAULT_STEPS) {
      this.checkpointAccuracy = test.accuracy;
      this.checkpointConfusion = this.testConfusion();
    }
    const startLoss = k === 0 ? train.loss : this.start.trainLoss;
    if (!Number.isFinite(train.loss)) this.diverged = { step: this.stepCount, loss: train.loss, reason: 'not-finite', startLoss };
    else if (train.loss > IRIS_DIVERGENCE_FACTOR * startLoss) this.diverged = { step: this.stepCount, loss: train.loss, reason: 'exploded', startLoss };
  }

  /** Mean cross-entropy and accuracy on standardised rows, through the compiled forward pass. */
  evaluate(x: Float64Array, y: Int32Array): { loss: number; accuracy: number } {
    const n = y.length, z = this.logits(x), row = this.row;
    let total = 0, right = 0;
    for (let r = 0; r < n; r++) {
      softmaxRow(z, r, 3, row);
      total += row.max + Math.log(row.sumExp) - z[3 * r + y[r]];
      if (row.best === y[r]) right++;
    }
    return { loss: total / n, accuracy: right / n };
  }

  /** The network's three scores for each row of `x` (4 values per row). */
  logits(x: Float64Array, out?: Float64Array): Float64Array {
    const n = x.length / 4;
    const target = out ?? (this.scratch.length >= 3 * n ? this.scratch.subarray(0, 3 * n) : new Float64Array(3 * n));
    this.net.forward(x, n, target);
    return target;
  }

  /** Predicted class of each test flower. */
  testPredictions(): Int32Array {
    return argmaxRows(this.logits(this.xTest), this.yTest.length);
  }

  /** The confusion matrix on the 30 held-out flowers: rows true species, columns predicted. */
  testConfusion(): Confusion {
    return confusionMatrix(this.yTest, this.testPredictions());
  }

  /** Standardises raw measurements (cm) the way this run's training rows were. */
  scaleRaw(raw: ArrayLike<number>, out = new Float64Array(raw.length)): Float64Array {
    const { mean: mu, std } = this.scalers.train;
    for (let i = 0; i < raw.length; i++) out[i] = (raw[i] - mu[i % 4]) / std[i % 4];
    return out;
  }

  /** The training rows' mean of each feature, in cm. */
  trainMeans(): number[] {
    return columnMeans(this.data, this.split.train);
  }
}
