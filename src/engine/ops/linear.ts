// The fused affine map y = x · Wᵀ + b that Linear layers use: one pass forward, one pass backward,
// no transposed copy of W and no separate broadcast add. It computes exactly what
// `x.matmul(W.T).add(b)` computes (a test checks that), just with fewer loops and allocations.
import { Tensor } from '../tensor';
import { tracks, record, gradBuffer } from '../autograd';
import { formatShape } from '../shape';
import { allocate } from '../storage';

// #region linear-op
// #region linear-op-forward
/** y[r, o] = b[o] + Σᵢ x[r, i]·W[o, i]: each output is a dot product of a row of x and a row of W. */
export function linearForward(X: Float64Array, W: Float64Array, B: Float64Array | null, Y: Float64Array, rows: number, nIn: number, nOut: number): void {
  for (let r = 0; r < rows; r++) {
    const xr = r * nIn, yr = r * nOut;
    for (let o = 0; o < nOut; o++) {
      let s = B === null ? 0 : B[o];
      const wo = o * nIn;
      for (let i = 0; i < nIn; i++) s += X[xr + i] * W[wo + i];
      Y[yr + o] = s;
    }
  }
}
// #endregion

/** Backward: dx = g·W, dW = gᵀ·x, db = column sums of g (each skipped when null). */
export function linearBackward(
  G: Float64Array, X: Float64Array, W: Float64Array, gx: Float64Array | null, gw: Float64Array | null, gb: Float64Array | null,
  rows: number, nIn: number, nOut: number,
): void {
  for (let r = 0; r < rows; r++) {
    const xr = r * nIn, yr = r * nOut;
    for (let o = 0; o < nOut; o++) {
      const go = G[yr + o];
      if (go === 0) continue;
      const wo = o * nIn;
      if (gb !== null) gb[o] += go;
      if (gx !== null) for (let i = 0; i < nIn; i++) gx[xr + i] += go * W[wo + i];
      if (gw !== null) for (let i = 0; i < nIn; i++) gw[wo + i] += go * X[xr + i];
    }
  }
}

/** x: [..., in], weight: [out, in], bias: [out] or null → [..., out]. */
export function linear(x: Tensor, weight: Tensor, bias: Tensor | null = null): Tensor {
  const nIn = weight.shape[1], nOut = weight.shape[0];
  if (weight.ndim !== 2 || x.ndim === 0 || x.shape[x.ndim - 1] !== nIn) {
    throw new Error(`linear: input ${formatShape(x.shape)} does not fit weight ${formatShape(weight.shape)} (expected last dim ${nIn})`);
  }
  if (bias !== null && bias.size !== nOut) {
    throw new Error(`linear: bias ${formatShape(bias.shape)} does not fit weight ${formatShape(weight.shape)}`);
  }
  const rows = x.size / nIn;
  const out = allocate(rows * nOut, false);
  linearForward(x.data, weight.data, bias ? bias.data : null, out, rows, nIn, nOut);
  const result = new Tensor(out, [...x.shape.slice(0, -1), nOut]);
  const parents = bias ? [x, weight, bias] : [x, weight];
  if (!tracks(...parents)) return result;
  const X = x.data, W = weight.data; // the values the forward pass used
  return record(result, 'linear', parents, (g) => {
    const gx = x.requiresGrad ? gradBuffer(x) : null;
    const gw = weight.requiresGrad ? gradBuffer(weight) : null;
    const gb = bias && bias.requiresGrad ? gradBuffer(bias) : null;
    linearBackward(g, X, W, gx, gw, gb, rows, nIn, nOut);
  });
}
// #endregion
