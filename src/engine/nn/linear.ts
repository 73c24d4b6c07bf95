// Linear layer: y = x · Wᵀ + b with W shaped [out, in] (the PyTorch convention).
import type { Tensor } from '../tensor';
import type { Rng } from '../random';
import { linear } from '../ops/linear';
import { Module, Parameter } from './module';
import { rejectUnknownOptions } from '../options';

export type InitName = 'xavier' | 'he';

export interface LinearOptions {
  rng: Rng;
  /** 'xavier' (Glorot uniform, for tanh/sigmoid) or 'he' (Kaiming normal, for the ReLU family). */
  init?: InitName;
  bias?: boolean;
}

/**
 * Initial weights. Xavier/Glorot: uniform in ±√(6 / (in + out)), keeping the variance of signals
 * and gradients about equal across a tanh layer. He/Kaiming: normal with std √(2 / in), doubling
 * the variance to make up for ReLU zeroing half its inputs. Biases start at 0.
 */
export function initWeights(inFeatures: number, outFeatures: number, init: InitName, rng: Rng): Float64Array {
  const w = new Float64Array(inFeatures * outFeatures);
  if (init === 'he') {
    const std = Math.sqrt(2 / inFeatures);
    for (let i = 0; i < w.length; i++) w[i] = rng.normal(0, std);
  } else {
    const a = Math.sqrt(6 / (inFeatures + outFeatures));
    for (let i = 0; i < w.length; i++) w[i] = rng.uniform(-a, a);
  }
  return w;
}

export class Linear extends Module {
  weight: Parameter;
  bias: Parameter | null;

  constructor(readonly inFeatures: number, readonly outFeatures: number, options: LinearOptions) {
    super();
    if (!options || !options.rng) throw new Error('Linear: options.rng is required (use rng.stream("init"))');
    rejectUnknownOptions('Linear', options, ['rng', 'init', 'bias']);
    const init = options.init ?? 'xavier';
    if (init !== 'xavier' && init !== 'he') throw new Error(`Linear: init must be 'xavier' or 'he', got ${String(init)}`);
    if (!Number.isInteger(inFeatures) || inFeatures < 1 || !Number.isInteger(outFeatures) || outFeatures < 1) {
      throw new Error(`Linear: sizes must be positive integers, got ${inFeatures} → ${outFeatures}`);
    }
    this.weight = new Parameter(initWeights(inFeatures, outFeatures, init, options.rng), [outFeatures, inFeatures], { label: 'W' });
    this.bias = options.bias === false ? null : new Parameter(new Float64Array(outFeatures), [outFeatures], { label: 'b' });
  }

  // #region linear-forward
  forward(x: Tensor): Tensor {
    // The same value as x.matmul(this.weight.T).add(this.bias), in one fused op (ops/linear.ts).
    return linear(x, this.weight, this.bias);
  }
  // #endregion
}
