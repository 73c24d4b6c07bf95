// Ops that rearrange values without changing them: reshape (a view of the same data), transpose and
// permute (copies in the new order), unsqueeze/squeeze (views). Their backward undoes the move.
import { Tensor } from '../tensor';
import { tracks, record, gradBuffer } from '../autograd';
import { formatShape, normAxis, sizeOf, stridesOf } from '../shape';
import { allocate } from '../storage';

/** Same values, new shape (one dim may be −1). Shares the data array with `a`. */
export function reshape(a: Tensor, shape: number[]): Tensor {
  const target = shape.slice();
  const free = target.indexOf(-1);
  if (free >= 0) {
    const known = sizeOf(target.filter((_, i) => i !== free));
    if (known > 0 && a.size % known === 0) target[free] = a.size / known;
  }
  if (target.some((d) => !Number.isInteger(d) || d < 0) || sizeOf(target) !== a.size) {
    throw new Error(`reshape: cannot view ${a.size} elements as ${formatShape(shape)}`);
  }
  const result = new Tensor(a.data, target);
  if (!tracks(a)) return result;
  return record(result, 'reshape', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < g.length; i++) ga[i] += g[i];
  });
}

export function flatten(a: Tensor): Tensor {
  return reshape(a, [a.size]);
}

/** Reorders the axes: result axis i is input axis dims[i]. Backward applies the inverse order. */
export function permute(a: Tensor, dims: number[]): Tensor {
  const nd = a.ndim;
  const axes = dims.map((d) => normAxis('permute', d, nd));
  if (axes.length !== nd || new Set(axes).size !== nd) {
    throw new Error(`permute: ${formatShape(dims)} is not an ordering of the ${nd} axes of ${formatShape(a.shape)}`);
  }
  const outShape = axes.map((d) => a.shape[d]);
  const inStrides = stridesOf(a.shape);
  const stepIn = axes.map((d) => inStrides[d]); // how far the input moves when each output axis ticks
  const n = a.size;
  // src[i] = where output element i reads from (computed once, used forward and backward)
  const src = new Int32Array(n);
  const counter = new Array<number>(nd).fill(0);
  let at = 0;
  for (let i = 0; i < n; i++) {
    src[i] = at;
    for (let d = nd - 1; d >= 0; d--) {
      counter[d]++;
      at += stepIn[d];
      if (counter[d] < outShape[d]) break;
      at -= stepIn[d] * counter[d];
      counter[d] = 0;
    }
  }
  const A = a.data, out = allocate(n);
  for (let i = 0; i < n; i++) out[i] = A[src[i]];
  const result = new Tensor(out, outShape);
  if (!tracks(a)) return result;
  return record(result, 'permute', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < n; i++) ga[src[i]] += g[i];
  });
}

/** Swaps two axes (the last two by default). */
export function transpose(a: Tensor, d0 = -2, d1 = -1): Tensor {
  if (a.ndim < 2) throw new Error(`transpose: tensor of shape ${formatShape(a.shape)} has fewer than 2 dims`);
  const x = normAxis('transpose', d0, a.ndim), y = normAxis('transpose', d1, a.ndim);
  const dims = a.shape.map((_, i) => i);
  dims[x] = y;
  dims[y] = x;
  const result = permute(a, dims);
  if (result.op === 'permute') result.op = 'transpose';
  return result;
}

/** Inserts an axis of length 1 at `d` (−1 appends). */
export function unsqueeze(a: Tensor, d: number): Tensor {
  const at = normAxis('unsqueeze', d, a.ndim + 1);
  const shape = a.shape.slice();
  shape.splice(at, 0, 1);
  const result = reshape(a, shape);
  if (result.op) result.op = 'unsqueeze';
  return result;
}

/** Removes axis `d` (which must have length 1), or every length-1 axis when `d` is omitted. */
export function squeeze(a: Tensor, d?: number): Tensor {
  let shape: number[];
  if (d === undefined) shape = a.shape.filter((n) => n !== 1);
  else {
    const at = normAxis('squeeze', d, a.ndim);
    if (a.shape[at] !== 1) throw new Error(`squeeze: axis ${d} of ${formatShape(a.shape)} has length ${a.shape[at]}, not 1`);
    shape = a.shape.slice();
    shape.splice(at, 1);
  }
  const result = reshape(a, shape);
  if (result.op) result.op = 'squeeze';
  return result;
}
