// Normalization layers: LayerNorm (Ba, Kiros & Hinton 2016) and BatchNorm1d (Ioffe & Szegedy 2015),
// with PyTorch's defaults. The arithmetic and its backward live in ops/normalization.ts.
import { Tensor } from '../tensor';
import { layerNorm, batchNorm } from '../ops/normalization';
import { Module, Parameter } from './module';
import { rejectUnknownOptions } from '../options';


export interface LayerNormOptions {
  eps?: number;
  /** Learn γ (init 1) and β (init 0) per normalized position. */
  elementwiseAffine?: boolean;
  /** Learn β as well (only with elementwiseAffine). */
  bias?: boolean;
}

/** Normalizes each example over its last axes (normalizedShape), then scales by γ and shifts by β. */
export class LayerNorm extends Module {
  readonly normalizedShape: number[];
  readonly eps: number;
  weight: Parameter | null;
  bias: Parameter | null;

  constructor(normalizedShape: number | number[], options: LayerNormOptions = {}) {
    super();
    rejectUnknownOptions('LayerNorm', options, ['eps', 'elementwiseAffine', 'bias']);
    this.normalizedShape = typeof normalizedShape === 'number' ? [normalizedShape] : normalizedShape.slice();
    if (this.normalizedShape.length === 0 || !this.normalizedShape.every((d) => Number.isInteger(d) && d > 0)) {
      throw new Error(`LayerNorm: normalizedShape must be positive integers, got ${JSON.stringify(normalizedShape)}`);
    }
    this.eps = options.eps ?? 1e-5;
    const n = this.normalizedShape.reduce((a, b) => a * b, 1);
    const affine = options.elementwiseAffine ?? true;
    this.weight = affine ? new Parameter(new Float64Array(n).fill(1), this.normalizedShape.slice(), { label: 'γ' }) : null;
    this.bias = affine && options.bias !== false ? new Parameter(new Float64Array(n), this.normalizedShape.slice(), { label: 'β' }) : null;
  }

  forward(x: Tensor): Tensor {
    return layerNorm(x, this.normalizedShape, this.weight, this.bias, this.eps);
  }
}

export interface BatchNormLayerOptions {
  eps?: number;
  /** Weight of each new batch in the running statistics (PyTorch's momentum; 0.1). */
  momentum?: number;
  /** Learn γ (init 1) and β (init 0) per feature. */
  affine?: boolean;
  /** Keep running mean/variance for eval mode; without them eval mode also uses batch statistics. */
  trackRunningStats?: boolean;
}

/**
 * Batch normalization over [N, C] or [N, C, L] inputs, per feature C. Training mode: batch mean and
 * variance, and the running statistics move towards them. Eval mode: the running statistics.
 */
export class BatchNorm1d extends Module {
  readonly eps: number;
  readonly momentum: number;
  weight: Parameter | null;
  bias: Parameter | null;
  /** Running mean (starts at 0) and running unbiased variance (starts at 1); saved in stateDict. */
  readonly runningMean: Tensor | null;
  readonly runningVar: Tensor | null;

  constructor(readonly numFeatures: number, options: BatchNormLayerOptions = {}) {
    super();
    rejectUnknownOptions('BatchNorm1d', options, ['eps', 'momentum', 'affine', 'trackRunningStats']);
    if (!Number.isInteger(numFeatures) || numFeatures < 1) throw new Error(`BatchNorm1d: numFeatures must be a positive integer, got ${numFeatures}`);
    this.eps = options.eps ?? 1e-5;
    // PyTorch's momentum=None (a cumulative average) is not supported: null is an error, not the default.
    if (options.momentum !== undefined && !(typeof options.momentum === 'number' && options.momentum >= 0 && options.momentum <= 1)) {
      throw new Error(`BatchNorm1d: momentum must be a number in [0, 1], got ${String(options.momentum)}`);
    }
    this.momentum = options.momentum ?? 0.1;
    const affine = options.affine ?? true;
    this.weight = affine ? new Parameter(new Float64Array(numFeatures).fill(1), [numFeatures], { label: 'γ' }) : null;
    this.bias = affine ? new Parameter(new Float64Array(numFeatures), [numFeatures], { label: 'β' }) : null;
    const track = options.trackRunningStats ?? true;
    this.runningMean = track ? new Tensor(new Float64Array(numFeatures), [numFeatures], { label: 'running mean' }) : null;
    this.runningVar = track ? new Tensor(new Float64Array(numFeatures).fill(1), [numFeatures], { label: 'running var' }) : null;
  }

  protected override ownBuffers(): Array<[string, Tensor]> {
    return this.runningMean && this.runningVar ? [['runningMean', this.runningMean], ['runningVar', this.runningVar]] : [];
  }

  forward(x: Tensor): Tensor {
    if (x.ndim < 2 || x.shape[1] !== this.numFeatures) {
      throw new Error(`BatchNorm1d: input ${JSON.stringify(x.shape)} needs ${this.numFeatures} features on axis 1`);
    }
    const useBatch = this.training || this.runningMean === null;
    return batchNorm(x, this.runningMean, this.runningVar, this.weight, this.bias, { training: useBatch, momentum: this.momentum, eps: this.eps });
  }
}
