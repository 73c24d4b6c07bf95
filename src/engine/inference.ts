// The fast path that paints decision boundaries: an MLP's forward pass over many points with no
// tensors, no graph and no allocation per call. Weights are read from the live parameter arrays on
// every call, so training between frames needs no refresh.
import { Sequential, Activation, Dropout } from './nn/layers';
import { Linear } from './nn/linear';
import type { ActivationName } from './activations';
import {
  reluKernel, leakyReluKernel, sigmoidKernel, tanhKernel, geluKernel, eluKernel, softplusKernel, siluKernel,
} from './ops/activations';

type Step = { kind: 'linear'; layer: Linear } | { kind: 'act'; name: ActivationName };

export interface CompiledMlp {
  readonly inFeatures: number;
  readonly outFeatures: number;
  /** inputs: n rows of inFeatures values; out: n rows of outFeatures values. */
  forward(inputs: Float64Array, n: number, out: Float64Array): void;
}

function applyActivation(name: ActivationName, buf: Float64Array, len: number): void {
  switch (name) {
    case 'none': return;
    case 'relu': return reluKernel(buf, buf, len);
    case 'leakyRelu': return leakyReluKernel(buf, buf, len);
    case 'sigmoid': return sigmoidKernel(buf, buf, len);
    case 'tanh': return tanhKernel(buf, buf, len);
    case 'gelu': return geluKernel(buf, buf, len);
    case 'elu': return eluKernel(buf, buf, len);
    case 'softplus': return softplusKernel(buf, buf, len);
    case 'silu': return siluKernel(buf, buf, len);
  }
}

/** One linear layer over `rows` rows read from X at offset xo: Y[r, o] = b[o] + Σᵢ X[r, i] W[o, i]. */
function linearRows(X: Float64Array, xo: number, W: Float64Array, B: Float64Array | null, Y: Float64Array, rows: number, nIn: number, nOut: number): void {
  for (let r = 0; r < rows; r++) {
    const xr = xo + r * nIn, yr = r * nOut;
    for (let o = 0; o < nOut; o++) {
      let s = B ? B[o] : 0;
      const wo = o * nIn;
      for (let i = 0; i < nIn; i++) s += X[xr + i] * W[wo + i];
      Y[yr + o] = s;
    }
  }
}

export function compileMlp(model: Sequential): CompiledMlp {
  const steps: Step[] = [];
  for (const layer of model.layers) {
    if (layer instanceof Linear) steps.push({ kind: 'linear', layer });
    else if (layer instanceof Activation) steps.push({ kind: 'act', name: layer.name });
    else if (layer instanceof Dropout) continue; // identity at inference
    else throw new Error(`compileMlp: cannot compile a ${layer.constructor.name} layer`);
  }
  const linears = steps.filter((s): s is { kind: 'linear'; layer: Linear } => s.kind === 'linear').map((s) => s.layer);
  if (linears.length === 0) throw new Error('compileMlp: the model has no Linear layer');
  const inFeatures = linears[0].inFeatures, outFeatures = linears[linears.length - 1].outFeatures;
  const widest = Math.max(inFeatures, ...linears.map((l) => l.outFeatures));
  // Points go through in blocks small enough for the scratch buffers to stay in cache.
  const BLOCK = 256;
  const bufA = new Float64Array(BLOCK * widest), bufB = new Float64Array(BLOCK * widest);

  function forward(inputs: Float64Array, n: number, out: Float64Array): void {
    if (inputs.length < n * inFeatures || out.length < n * outFeatures) {
      throw new Error(`compileMlp.forward: ${n} points need ${n * inFeatures} inputs and ${n * outFeatures} outputs`);
    }
    for (let start = 0; start < n; start += BLOCK) {
      const rows = Math.min(BLOCK, n - start);
      // `src` is where the current activations live: the caller's inputs at first, then a scratch buffer.
      let src = inputs, srcOffset = start * inFeatures, width = inFeatures;
      for (let s = 0; s < steps.length; s++) {
        const step = steps[s];
        if (step.kind === 'linear') {
          const l = step.layer, dst = src === bufA ? bufB : bufA;
          linearRows(src, srcOffset, l.weight.data, l.bias ? l.bias.data : null, dst, rows, l.inFeatures, l.outFeatures);
          src = dst;
          srcOffset = 0;
          width = l.outFeatures;
        } else {
          if (src === inputs) { // never modify the caller's inputs
            for (let i = 0; i < rows * width; i++) bufA[i] = inputs[srcOffset + i];
            src = bufA;
            srcOffset = 0;
          }
          applyActivation(step.name, src, rows * width);
        }
      }
      const o = start * outFeatures;
      for (let i = 0; i < rows * outFeatures; i++) out[o + i] = src[srcOffset + i];
    }
  }

  return { inFeatures, outFeatures, forward };
}
