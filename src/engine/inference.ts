// The fast path that paints decision boundaries: an MLP's forward pass over many points with no
// tensors, no graph and no allocation per call. Weights are read from the live parameter arrays on
// every call, so training between frames needs no refresh.
import { Sequential, Activation, Dropout } from './nn/layers';
import { Linear } from './nn/linear';
import { ACTIVATION_REGISTRY, isActivationOverridden, type ActivationName } from './activationRegistry';
import { fromData } from './create';
import { noGrad } from './autograd';
import { tidy } from './storage';
import { erf } from './math';

type Step = { kind: 'linear'; layer: Linear } | { kind: 'act'; name: ActivationName };

export interface CompiledMlp {
  readonly inFeatures: number;
  readonly outFeatures: number;
  /** inputs: n rows of inFeatures values; out: n rows of outFeatures values. */
  forward(inputs: Float64Array, n: number, out: Float64Array): void;
}

function applyActivation(name: ActivationName, buf: Float64Array, len: number): void {
  if (name !== 'none') ACTIVATION_REGISTRY[name].kernel(buf, buf, len);
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


/** Above this many weights the loop version is used. Unrolled code wins about 3× on small nets
 *  (2→8→8→1, 88 weights), but V8 compiles and optimises a long straight-line function slowly and
 *  then runs it no faster: measured in Node 20 over 10,000 points, 2→32→32→1 (1,120 weights) took
 *  2.7 s for its first call and 172 ms per call after, against 45 ms for the loops. */
const MAX_UNROLLED_WEIGHTS = 160;

/**
 * Writes the forward pass for these exact layer sizes as straight-line JavaScript: every hidden value
 * is a local variable (a register, not an array slot) and every multiply-add is spelled out, so the
 * JIT compiles it to tight machine code. Weights are still read from the live arrays on each call.
 * Returns null when the model is too big or the environment forbids `new Function` (strict CSP).
 */
function unrolledForward(steps: Step[], linears: Linear[], inFeatures: number, outFeatures: number): CompiledMlp['forward'] | null {
  if (linears.reduce((s, l) => s + l.inFeatures * l.outFeatures, 0) > MAX_UNROLLED_WEIGHTS) return null;
  const lines: string[] = [];
  let names = Array.from({ length: inFeatures }, (_, i) => `x${i}`);
  lines.push(`const o = r * ${inFeatures};`, ...names.map((v, i) => `const ${v} = inputs[o + ${i}];`));
  let layer = 0;
  for (const step of steps) {
    if (step.kind === 'linear') {
      const l = step.layer, k = layer++;
      const next = Array.from({ length: l.outFeatures }, (_, j) => `h${k}_${j}`);
      next.forEach((v, j) => {
        const terms = names.map((x, i) => `W${k}[${j * l.inFeatures + i}] * ${x}`);
        lines.push(`let ${v} = ${l.bias ? `B${k}[${j}] + ` : ''}${terms.join(' + ')};`);
      });
      names = next;
    } else if (step.name !== 'none') {
      const fresh = names.map((v) => `${v}a`);
      names.forEach((v, i) => lines.push(`const ${fresh[i]} = ${ACTIVATION_REGISTRY[step.name].scalar.replace(/\bv\b/g, v)};`));
      names = fresh;
    }
  }
  lines.push(`const q = r * ${outFeatures};`, ...names.map((v, i) => `out[q + ${i}] = ${v};`));
  const head = linears.map((l, k) => `const W${k} = layers[${k}].weight.data${l.bias ? `, B${k} = layers[${k}].bias.data` : ''};`);
  const source = `${head.join('\n')}\nfor (let r = 0; r < n; r++) {\n${lines.join('\n')}\n}`;
  try {
    const body = new Function('inputs', 'n', 'out', 'layers', 'erf', source) as (i: Float64Array, n: number, o: Float64Array, l: Linear[], e: typeof erf) => void;
    return (inputs, n, out) => body(inputs, n, out, linears, erf);
  } catch {
    return null;
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

  const unrolled = unrolledForward(steps, linears, inFeatures, outFeatures);

  const activationNames = steps.flatMap((s) => (s.kind === 'act' ? [s.name] : []));

  function forward(inputs: Float64Array, n: number, out: Float64Array): void {
    if (inputs.length < n * inFeatures || out.length < n * outFeatures) {
      throw new Error(`compileMlp.forward: ${n} points need ${n * inFeatures} inputs and ${n * outFeatures} outputs`);
    }
    if (activationNames.some(isActivationOverridden)) {
      // A reader replaced one of these activations: its kernel here would be the book's, so run the
      // model's own (slower) tensor forward pass, which uses the replacement.
      tidy(() => noGrad(() => {
        const y = model.forward(fromData(inputs.subarray(0, n * inFeatures), [n, inFeatures]));
        out.set(y.data.subarray(0, n * outFeatures));
        return 0;
      }));
      return;
    }
    if (unrolled !== null) {
      unrolled(inputs, n, out);
      return;
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
