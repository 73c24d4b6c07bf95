// Activation functions. Each has an array kernel (also used by the no-graph inference path in
// inference.ts) and an op that records what its backward needs.
import { Tensor } from '../tensor';
import { tracks, record, gradBuffer } from '../autograd';
import { normalCdf, normalPdf } from '../math';
import { allocate } from '../storage';

// #region relu
/** relu(x) = max(0, x); NaN stays NaN (as in PyTorch) so a diverging run stays visible. */
export function reluKernel(x: Float64Array, y: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = x[i];
    y[i] = v > 0 || v !== v ? v : 0; // v !== v only for NaN
  }
}

export function relu(a: Tensor): Tensor {
  const n = a.size, out = allocate(n, false);
  reluKernel(a.data, out, n);
  const result = new Tensor(out, a.shape.slice());
  if (!tracks(a)) return result;
  const X = a.data; // the saved "mask": where the input was positive
  return record(result, 'relu', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < n; i++) if (!(X[i] <= 0)) ga[i] += g[i]; // relu′ is 1 where x > 0 (and NaN passes, as in PyTorch), 0 elsewhere
  });
}
// #endregion

/** leakyRelu(x) = x for x > 0, slope·x otherwise. */
export function leakyReluKernel(x: Float64Array, y: Float64Array, n: number, slope = 0.01): void {
  for (let i = 0; i < n; i++) y[i] = x[i] > 0 ? x[i] : slope * x[i];
}

export function leakyRelu(a: Tensor, slope = 0.01): Tensor {
  const n = a.size, out = allocate(n, false);
  leakyReluKernel(a.data, out, n, slope);
  const result = new Tensor(out, a.shape.slice());
  if (!tracks(a)) return result;
  const X = a.data;
  return record(result, 'leakyRelu', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < n; i++) ga[i] += X[i] > 0 ? g[i] : slope * g[i];
  });
}

// #region sigmoid
/** σ(x) = 1 / (1 + e^(−x)), written so that e^(big) is never computed. */
export function sigmoidKernel(x: Float64Array, y: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = x[i];
    if (v >= 0) y[i] = 1 / (1 + Math.exp(-v));
    else {
      const e = Math.exp(v);
      y[i] = e / (1 + e);
    }
  }
}

export function sigmoid(a: Tensor): Tensor {
  const n = a.size, out = allocate(n, false);
  sigmoidKernel(a.data, out, n);
  const result = new Tensor(out, a.shape.slice());
  if (!tracks(a)) return result;
  return record(result, 'sigmoid', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < n; i++) ga[i] += g[i] * out[i] * (1 - out[i]); // σ′ = σ(1 − σ) ≤ 0.25
  });
}
// #endregion

// #region tanh
/** tanh(x) = (eˣ − e^(−x)) / (eˣ + e^(−x)) */
export function tanhKernel(x: Float64Array, y: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) y[i] = Math.tanh(x[i]);
}

export function tanh(a: Tensor): Tensor {
  const n = a.size, out = allocate(n, false);
  tanhKernel(a.data, out, n);
  const result = new Tensor(out, a.shape.slice());
  if (!tracks(a)) return result;
  return record(result, 'tanh', [a], (g) => tanhBackward(g, out, gradBuffer(a), n));
}

/** tanh′ = 1 − tanh² ≤ 1, computed from the saved output y. */
export function tanhBackward(g: Float64Array, y: Float64Array, ga: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) ga[i] += g[i] * (1 - y[i] * y[i]);
}
// #endregion

// #region gelu
// GELU(x) = x·Φ(x), Φ the standard normal CDF (Hendrycks & Gimpel 2016). The default is this exact
// (erf) form because it is PyTorch's default (nn.GELU(approximate='none')), so numbers a reader
// checks against PyTorch agree; 'tanh' selects the approximation 0.5x(1 + tanh(√(2/π)(x + 0.044715x³)))
// that GPT-2 and BERT's original code used, which differs from the exact form by less than 5e-4.
export type GeluMode = 'exact' | 'tanh';
const GELU_C = Math.sqrt(2 / Math.PI); // √(2/π)

function checkGeluMode(mode: unknown): void {
  if (mode !== 'exact' && mode !== 'tanh') throw new Error(`gelu: mode must be 'exact' or 'tanh', got ${String(mode)}`);
}

/** GELU over an array: x·Φ(x) ('exact', the default) or the tanh approximation. */
export function geluKernel(x: Float64Array, y: Float64Array, n: number, mode: GeluMode = 'exact'): void {
  if (mode === 'exact') for (let i = 0; i < n; i++) y[i] = x[i] * normalCdf(x[i]);
  else {
    for (let i = 0; i < n; i++) {
      const v = x[i];
      y[i] = 0.5 * v * (1 + Math.tanh(GELU_C * (v + 0.044715 * v * v * v)));
    }
  }
}

export function gelu(a: Tensor, mode: GeluMode = 'exact'): Tensor {
  checkGeluMode(mode);
  const n = a.size, out = allocate(n, false);
  geluKernel(a.data, out, n, mode);
  const result = new Tensor(out, a.shape.slice());
  if (!tracks(a)) return result;
  const X = a.data;
  return record(result, mode === 'exact' ? 'gelu' : 'gelu(tanh)', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < n; i++) {
      const v = X[i];
      let d: number;
      if (mode === 'exact') d = normalCdf(v) + v * normalPdf(v); // Φ(x) + x·φ(x)
      else {
        const t = Math.tanh(GELU_C * (v + 0.044715 * v * v * v));
        d = 0.5 * (1 + t) + 0.5 * v * (1 - t * t) * GELU_C * (1 + 3 * 0.044715 * v * v);
      }
      ga[i] += g[i] * d;
    }
  });
}
// #endregion

/** elu(x) = x for x > 0, α(eˣ − 1) otherwise. */
export function eluKernel(x: Float64Array, y: Float64Array, n: number, alpha = 1): void {
  for (let i = 0; i < n; i++) y[i] = x[i] > 0 ? x[i] : alpha * Math.expm1(x[i]);
}

export function elu(a: Tensor, alpha = 1): Tensor {
  const n = a.size, out = allocate(n, false);
  eluKernel(a.data, out, n, alpha);
  const result = new Tensor(out, a.shape.slice());
  if (!tracks(a)) return result;
  const X = a.data;
  return record(result, 'elu', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < n; i++) ga[i] += X[i] > 0 ? g[i] : g[i] * (out[i] + alpha); // α eˣ
  });
}

/** softplus(x) = ln(1 + eˣ), computed as max(x, 0) + ln(1 + e^(−|x|)) so it never overflows. */
export function softplusKernel(x: Float64Array, y: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = x[i];
    y[i] = (v > 0 ? v : 0) + Math.log1p(Math.exp(-Math.abs(v)));
  }
}

export function softplus(a: Tensor): Tensor {
  const n = a.size, out = allocate(n, false);
  softplusKernel(a.data, out, n);
  const result = new Tensor(out, a.shape.slice());
  if (!tracks(a)) return result;
  const s = allocate(n);
  sigmoidKernel(a.data, s, n); // softplus′ = σ
  return record(result, 'softplus', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < n; i++) ga[i] += g[i] * s[i];
  }, [s]);
}

/** silu(x) = x·σ(x) (also called swish). */
export function siluKernel(x: Float64Array, y: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = x[i]; // read first, so x and y may be the same array
    y[i] = v >= 0 ? v / (1 + Math.exp(-v)) : (v * Math.exp(v)) / (1 + Math.exp(v));
  }
}

export function silu(a: Tensor): Tensor {
  const n = a.size, out = allocate(n, false);
  siluKernel(a.data, out, n);
  const result = new Tensor(out, a.shape.slice());
  if (!tracks(a)) return result;
  const X = a.data, s = allocate(n, false);
  sigmoidKernel(X, s, n); // saved for backward
  return record(result, 'silu', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < n; i++) ga[i] += g[i] * s[i] * (1 + X[i] * (1 - s[i])); // σ(1 + x(1 − σ))
  }, [s]);
}
