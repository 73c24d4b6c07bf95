// softmax and logSoftmax along an axis, both shifted by the slice's max first: e^(x − max) never
// overflows, and the result is unchanged because the shift cancels between numerator and denominator.
import { Tensor } from '../tensor';
import { tracks, record, gradBuffer } from '../autograd';
import { normAxis, splitAtAxis } from '../shape';
import { allocate } from '../storage';

// #region softmax
/** softmax(x)ᵢ = e^(xᵢ − m) / Σⱼ e^(xⱼ − m), m = max x. */
export function softmax(a: Tensor, axis = -1): Tensor {
  const ax = normAxis('softmax', axis, a.ndim);
  const { outer, len, inner } = splitAtAxis(a.shape, ax);
  const X = a.data, Y = allocate(a.size);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * len * inner + i;
      let m = -Infinity;
      for (let k = 0; k < len; k++) m = Math.max(m, X[base + k * inner]);
      let total = 0;
      for (let k = 0; k < len; k++) total += Y[base + k * inner] = Math.exp(X[base + k * inner] - m);
      for (let k = 0; k < len; k++) Y[base + k * inner] /= total;
    }
  }
  const result = new Tensor(Y, a.shape.slice());
  if (!tracks(a)) return result;
  return record(result, 'softmax', [a], (g) => {
    // dxᵢ = yᵢ (gᵢ − Σⱼ gⱼ yⱼ)
    const ga = gradBuffer(a);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const base = o * len * inner + i;
        let dot = 0;
        for (let k = 0; k < len; k++) dot += g[base + k * inner] * Y[base + k * inner];
        for (let k = 0; k < len; k++) ga[base + k * inner] += Y[base + k * inner] * (g[base + k * inner] - dot);
      }
    }
  });
}
// #endregion

/** logSoftmax(x)ᵢ = xᵢ − m − ln Σⱼ e^(xⱼ − m). Backward: dxᵢ = gᵢ − softmaxᵢ · Σⱼ gⱼ. */
export function logSoftmax(a: Tensor, axis = -1): Tensor {
  const ax = normAxis('logSoftmax', axis, a.ndim);
  const { outer, len, inner } = splitAtAxis(a.shape, ax);
  const X = a.data, Y = allocate(a.size);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * len * inner + i;
      let m = -Infinity;
      for (let k = 0; k < len; k++) m = Math.max(m, X[base + k * inner]);
      let total = 0;
      for (let k = 0; k < len; k++) total += Math.exp(X[base + k * inner] - m);
      const lse = m + Math.log(total);
      for (let k = 0; k < len; k++) Y[base + k * inner] = X[base + k * inner] - lse;
    }
  }
  const result = new Tensor(Y, a.shape.slice());
  if (!tracks(a)) return result;
  return record(result, 'logSoftmax', [a], (g) => {
    const ga = gradBuffer(a);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const base = o * len * inner + i;
        let gsum = 0;
        for (let k = 0; k < len; k++) gsum += g[base + k * inner];
        for (let k = 0; k < len; k++) ga[base + k * inner] += g[base + k * inner] - Math.exp(Y[base + k * inner]) * gsum;
      }
    }
  });
}
