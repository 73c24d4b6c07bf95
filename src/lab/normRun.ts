// Chapter 14's experiment: the same deep tanh network twice, from the same initial weights, one plain
// and one with a normalization layer (LayerNorm or BatchNorm1d) before every activation. Both train
// in lockstep on the same full batch with the same optimizer settings. After every step the run keeps
// each network's loss, the values entering each activation (for histograms) and each layer's weight
// gradient norm (gradient flow). Everything random comes from the seed.
import {
  BatchNorm1d, LayerNorm, Linear, SGD, Sequential, Tanh, bceWithLogits, createRng, forwardWithActivations,
  fromData, layerNorm, tensorStats, tidy, type Module, type Optimizer, type Tensor,
} from '../engine';
import { makeDataset, type Dataset } from './datasets';
import { BoundedHistory } from './history';
import { DIVERGENCE_FACTOR, rebuildOrRate } from './settings';

export type NormKind = 'layer' | 'batch';

export interface NormSettings {
  norm: NormKind;
  /** Hidden layers, each WIDTH units. */
  depth: number;
  /** Initial weights are normal with standard deviation gain/√(fan-in). */
  gain: number;
  lr: number;
  seed: number;
}

export const NORM_WIDTH = 16;
export const NORM_DEPTH_MIN = 2;
export const NORM_DEPTH_MAX = 12;
export const GAIN_MIN = 0.25;
export const GAIN_MAX = 4;
export const NORM_DEFAULTS: NormSettings = { norm: 'layer', depth: 8, gain: 1, lr: 0.05, seed: 1 };
/** Histogram bins over [−HIST_RANGE, HIST_RANGE]; values beyond land in the outer bins. */
export const HIST_BINS = 24;
export const HIST_RANGE = 4;

export interface NetState {
  model: Sequential;
  optimizer: Optimizer;
  linears: Linear[];
  history: BoundedHistory;
  /** Per hidden layer: the values that entered its tanh at the last step (all points × units). */
  inputs: Float64Array[];
  /** Per Linear layer (first to last): the norm of its weight gradient at the last step. */
  gradNorms: Float64Array;
  diverged: { step: number; loss: number } | null;
}

// #region norm-model
/** depth × (Linear → [norm] → tanh), then Linear → 1 logit. */
function buildNet(linears: Linear[], norm: NormKind | null): Sequential {
  const layers: Module[] = [];
  for (let i = 0; i < linears.length - 1; i++) {
    layers.push(linears[i]);
    if (norm === 'layer') layers.push(new LayerNorm(NORM_WIDTH));
    if (norm === 'batch') layers.push(new BatchNorm1d(NORM_WIDTH));
    layers.push(new Tanh());
  }
  layers.push(linears[linears.length - 1]);
  return new Sequential(...layers);
}
// #endregion

function freshLinears(s: NormSettings): Linear[] {
  const rng = createRng(s.seed).stream('init');
  const sizes = [2, ...Array.from({ length: s.depth }, () => NORM_WIDTH), 1];
  return sizes.slice(1).map((out, i) => {
    const l = new Linear(sizes[i], out, { rng });
    const std = s.gain / Math.sqrt(sizes[i]);
    const w = l.weight.data;
    for (let k = 0; k < w.length; k++) w[k] = rng.normal(0, std);
    return l;
  });
}

export class NormRun {
  settings: NormSettings;
  data!: Dataset;
  plain!: NetState;
  normed!: NetState;
  stepCount = 0;
  private x!: Tensor;
  private y!: Tensor;

  constructor(settings: NormSettings) {
    this.settings = { ...settings };
    this.rebuild();
  }

  private makeNet(norm: NormKind | null): NetState {
    const linears = freshLinears(this.settings); // the same seed: the same initial weights for both
    const model = buildNet(linears, norm);
    return {
      model, linears,
      optimizer: new SGD(model.parameters(), { lr: this.settings.lr, momentum: 0.9 }),
      history: new BoundedHistory(1024),
      inputs: Array.from({ length: this.settings.depth }, () => new Float64Array(this.data.n * NORM_WIDTH)),
      gradNorms: new Float64Array(this.settings.depth + 1),
      diverged: null,
    };
  }

  rebuild(): void {
    this.data = makeDataset('spiral', this.settings.seed);
    this.x = fromData(this.data.inputs, [this.data.n, 2]);
    this.y = fromData(this.data.targets, [this.data.n, 1]);
    this.plain = this.makeNet(null);
    this.normed = this.makeNet(this.settings.norm);
    this.stepCount = 0;
    // Step 0: measure both untrained networks without moving them (a step with lr 0 fills the stats).
    for (const net of [this.plain, this.normed]) this.measure(net, false);
  }

  /** One step for both networks on the whole data set. */
  step(): void {
    this.stepCount++;
    for (const net of [this.plain, this.normed]) if (!net.diverged) this.measure(net, true);
  }

  // #region norm-step
  /** Forward (keeping every layer's output), loss, backward; records the statistics; updates if asked. */
  private measure(net: NetState, update: boolean): void {
    const hidden = this.settings.depth;
    const perLayer = net.model.layers.length === 2 * hidden + 1 ? 2 : 3; // Linear, [norm,] tanh
    const loss = tidy(() => {
      const { output, activations } = forwardWithActivations(net.model, this.x);
      // The value entering tanh: the layer just before each Tanh (the norm's output, or the Linear's).
      for (let l = 0; l < hidden; l++) net.inputs[l].set(activations[l * perLayer + perLayer - 2].data);
      const value = bceWithLogits(output, this.y);
      net.optimizer.zeroGrad();
      value.backward();
      net.linears.forEach((lin, i) => { net.gradNorms[i] = lin.weight.grad ? tensorStats(lin.weight.grad).norm : 0; });
      if (update) net.optimizer.step();
      return value.item();
    });
    net.history.push(this.stepCount, loss);
    const start = net.history.first;
    if (!Number.isFinite(loss) || loss > DIVERGENCE_FACTOR * start) net.diverged = { step: this.stepCount, loss };
  }
  // #endregion

  update(next: NormSettings): 'rebuilt' | 'lr' | null {
    const change = rebuildOrRate(this.settings, next, ['norm', 'depth', 'gain', 'seed']);
    this.settings = { ...next };
    if (change === 'rebuilt') this.rebuild();
    if (change === 'lr') {
      this.plain.optimizer.lr = next.lr;
      this.normed.optimizer.lr = next.lr;
    }
    return change;
  }

  reset(): void {
    this.rebuild();
  }

  get diverged(): boolean {
    return this.plain.diverged !== null && this.normed.diverged !== null;
  }
}

/** Counts of `values` in HIST_BINS equal bins over [−HIST_RANGE, HIST_RANGE] (outliers in the end bins). */
export function histogram(values: ArrayLike<number>, out = new Float64Array(HIST_BINS)): Float64Array {
  out.fill(0);
  const width = (2 * HIST_RANGE) / HIST_BINS;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    out[Math.min(HIST_BINS - 1, Math.max(0, Math.floor((v + HIST_RANGE) / width)))]++;
  }
  return out;
}

/** Mean and standard deviation (population) of an array. */
export function meanStd(values: ArrayLike<number>): { mean: number; std: number } {
  let s = 0, q = 0;
  for (let i = 0; i < values.length; i++) { s += values[i]; q += values[i] * values[i]; }
  const mean = s / values.length;
  return { mean, std: Math.sqrt(Math.max(0, q / values.length - mean * mean)) };
}

/** Share of values with |v| > limit (tanh inputs beyond 2: slope below 0.071, saturated). */
export function fractionBeyond(values: ArrayLike<number>, limit: number): number {
  let k = 0;
  for (let i = 0; i < values.length; i++) if (Math.abs(values[i]) > limit) k++;
  return k / values.length;
}

/** The engine's layerNorm of one example (γ = 1, β = 0, ε = 10⁻⁵), as plain numbers. */
export function layerNormOf(values: number[]): number[] {
  return Array.from(layerNorm(fromData(Float64Array.from(values), [1, values.length]), [values.length]).data);
}
