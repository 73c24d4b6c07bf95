// Picking values out: slice (ranges per axis), index (rows by position, repeats allowed) and concat.
// Backward scatters the gradient back to the positions read; repeated indices add up.
import { Tensor } from '../tensor';
import { tracks, record, gradBuffer } from '../autograd';
import { formatShape, normAxis, sizeOf, stridesOf, splitAtAxis } from '../shape';
import { allocate } from '../storage';

/** Per axis: a number picks one position (the axis disappears), [start, end?, step?] a range, null all. */
export type SliceRange = number | null | undefined | [number?, number?, number?];

function clampIndex(i: number, n: number): number {
  const j = i < 0 ? i + n : i;
  return Math.min(Math.max(j, 0), n);
}

export function slice(a: Tensor, ranges: SliceRange[]): Tensor {
  if (ranges.length > a.ndim) throw new Error(`slice: ${ranges.length} ranges for a tensor of shape ${formatShape(a.shape)}`);
  const inStrides = stridesOf(a.shape);
  let base = 0;
  const outShape: number[] = [], steps: number[] = [];
  for (let d = 0; d < a.ndim; d++) {
    const r = ranges[d];
    const n = a.shape[d];
    if (typeof r === 'number') {
      const i = r < 0 ? r + n : r;
      if (!Number.isInteger(r) || i < 0 || i >= n) throw new Error(`slice: index ${r} is out of range for axis ${d} of ${formatShape(a.shape)}`);
      base += i * inStrides[d];
      continue;
    }
    const [start = 0, end = n, step = 1] = r ?? [];
    if (!Number.isInteger(step) || step <= 0) throw new Error(`slice: step ${step} must be a positive integer`);
    const s = clampIndex(start, n), e = clampIndex(end, n);
    outShape.push(Math.max(0, Math.ceil((e - s) / step)));
    steps.push(inStrides[d] * step);
    base += s * inStrides[d];
  }
  const size = sizeOf(outShape);
  const src = new Int32Array(size);
  const counter = new Array<number>(outShape.length).fill(0);
  let at = base;
  for (let i = 0; i < size; i++) {
    src[i] = at;
    for (let d = outShape.length - 1; d >= 0; d--) {
      counter[d]++;
      at += steps[d];
      if (counter[d] < outShape[d]) break;
      at -= steps[d] * counter[d];
      counter[d] = 0;
    }
  }
  const A = a.data, out = allocate(size);
  for (let i = 0; i < size; i++) out[i] = A[src[i]];
  const result = new Tensor(out, outShape);
  if (!tracks(a)) return result;
  return record(result, 'slice', [a], (g) => {
    const ga = gradBuffer(a);
    for (let i = 0; i < size; i++) ga[src[i]] += g[i];
  });
}

/**
 * Rows of `a` (positions along axis 0). A number drops the axis; an array or a tensor of integer
 * positions (any shape s) gives shape [...s, ...rest]. This is also an embedding lookup.
 */
export function index(a: Tensor, which: number | number[] | Tensor): Tensor {
  if (a.ndim === 0) throw new Error('index: cannot index a 0-d tensor');
  const rows = a.shape[0], row = sizeOf(a.shape.slice(1));
  const positions = typeof which === 'number' ? [which] : which instanceof Tensor ? Array.from(which.data) : which;
  const leading = typeof which === 'number' ? [] : which instanceof Tensor ? which.shape.slice() : [which.length];
  const idx = new Int32Array(positions.length);
  for (let j = 0; j < positions.length; j++) {
    const p = positions[j], q = p < 0 ? p + rows : p;
    if (!Number.isInteger(p) || q < 0 || q >= rows) throw new Error(`index: position ${p} is out of range for axis 0 of ${formatShape(a.shape)}`);
    idx[j] = q;
  }
  const A = a.data, out = allocate(idx.length * row);
  for (let j = 0; j < idx.length; j++) out.set(A.subarray(idx[j] * row, idx[j] * row + row), j * row);
  const result = new Tensor(out, [...leading, ...a.shape.slice(1)]);
  if (!tracks(a)) return result;
  return record(result, 'index', [a], (g) => {
    const ga = gradBuffer(a);
    for (let j = 0; j < idx.length; j++) {
      const from = j * row, to = idx[j] * row;
      for (let i = 0; i < row; i++) ga[to + i] += g[from + i];
    }
  });
}

/** Joins tensors along `axis`; all other dims must match. */
export function concat(ts: Tensor[], axis = 0): Tensor {
  if (ts.length === 0) throw new Error('concat: needs at least one tensor');
  const first = ts[0];
  const ax = normAxis('concat', axis, first.ndim);
  for (const t of ts) {
    if (t.ndim !== first.ndim || t.shape.some((d, i) => i !== ax && d !== first.shape[i])) {
      throw new Error(`concat: shapes ${formatShape(first.shape)} and ${formatShape(t.shape)} differ outside axis ${ax}`);
    }
  }
  const { outer, inner } = splitAtAxis(first.shape, ax);
  const total = ts.reduce((s, t) => s + t.shape[ax], 0);
  const outShape = first.shape.slice();
  outShape[ax] = total;
  const out = allocate(outer * total * inner);
  const offsets: number[] = [];
  let off = 0;
  for (const t of ts) {
    offsets.push(off);
    const chunk = t.shape[ax] * inner;
    for (let o = 0; o < outer; o++) out.set(t.data.subarray(o * chunk, o * chunk + chunk), o * total * inner + off * inner);
    off += t.shape[ax];
  }
  const result = new Tensor(out, outShape);
  if (!tracks(...ts)) return result;
  return record(result, 'concat', ts.slice(), (g) => {
    ts.forEach((t, k) => {
      if (!t.requiresGrad) return;
      const gt = gradBuffer(t), chunk = t.shape[ax] * inner;
      for (let o = 0; o < outer; o++) {
        const from = o * total * inner + offsets[k] * inner;
        for (let i = 0; i < chunk; i++) gt[o * chunk + i] += g[from + i];
      }
    });
  });
}
