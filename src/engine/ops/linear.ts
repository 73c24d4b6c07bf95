// The fused affine map y = x · Wᵀ + b that Linear layers use: one pass forward, one pass backward,
// no transposed copy of W and no separate broadcast add. It computes exactly what
// `x.matmul(W.T).add(b)` computes (a test checks that), just with fewer loops and allocations.
import { Tensor } from '../tensor';
import { tracks, record, gradBuffer } from '../autograd';
import { formatShape } from '../shape';

// #region linear-op
/** x: [..., in], weight: [out, in], bias: [out] or null → [..., out]. */
export function linear(x: Tensor, weight: Tensor, bias: Tensor | null = null): Tensor {
  const nIn = weight.shape[1], nOut = weight.shape[0];
  if (weight.ndim !== 2 || x.ndim === 0 || x.shape[x.ndim - 1] !== nIn) {
    throw new Error(`linear: input ${formatShape(x.shape)} does not fit weight ${formatShape(weight.shape)} (expected last dim ${nIn})`);
  }
  if (bias !== null && (bias.size !== nOut)) {
    throw new Error(`linear: bias ${formatShape(bias.shape)} does not fit weight ${formatShape(weight.shape)}`);
  }
  const rows = x.size / nIn;
  const X = x.data, W = weight.data, Bv = bias ? bias.data : null;
  const out = new Float64Array(rows * nOut);
  for (let r = 0; r < rows; r++) {
    const xr = r * nIn, yr = r * nOut;
    for (let o = 0; o < nOut; o++) {
      let s = Bv ? Bv[o] : 0;
      const wo = o * nIn;
      for (let i = 0; i < nIn; i++) s += X[xr + i] * W[wo + i]; // row of x · row of W
      out[yr + o] = s;
    }
  }
  const result = new Tensor(out, [...x.shape.slice(0, -1), nOut]);
  const parents = bias ? [x, weight, bias] : [x, weight];
  if (!tracks(...parents)) return result;
  return record(result, 'linear', parents, (g) => {
    // dx = g · W,  dW = gᵀ · x,  db = column sums of g
    const gx = x.requiresGrad ? gradBuffer(x) : null;
    const gw = weight.requiresGrad ? gradBuffer(weight) : null;
    const gb = bias && bias.requiresGrad ? gradBuffer(bias) : null;
    for (let r = 0; r < rows; r++) {
      const xr = r * nIn, yr = r * nOut;
      for (let o = 0; o < nOut; o++) {
        const go = g[yr + o];
        if (go === 0) continue;
        const wo = o * nIn;
        if (gb) gb[o] += go;
        if (gx) for (let i = 0; i < nIn; i++) gx[xr + i] += go * W[wo + i];
        if (gw) for (let i = 0; i < nIn; i++) gw[wo + i] += go * X[xr + i];
      }
    }
  });
}
// #endregion
