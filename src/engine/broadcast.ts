// NumPy broadcasting. Shapes are aligned on the right; a dimension of 1 (or a missing one) stretches.
// Instead of looping over multi-indices per element, each operand gets an index map: for every
// element of the result, the flat position of the operand's value. Maps are cached by shape, so a
// training loop builds them once. The same map sends gradients back: grad_a[map[i]] += grad_out[i]
// sums the gradient over every copy the broadcast made.
import { formatShape, sizeOf, sameShape } from './shape';

export function broadcastShapes(a: readonly number[], b: readonly number[], op = 'broadcast'): number[] {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const da = i < n - a.length ? 1 : a[i - (n - a.length)];
    const db = i < n - b.length ? 1 : b[i - (n - b.length)];
    if (da !== db && da !== 1 && db !== 1) {
      throw new Error(`${op}: shapes ${formatShape(a)} and ${formatShape(b)} do not broadcast`);
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

const mapCache = new Map<string, Int32Array>();
const MAX_CACHED = 512;

/** For each flat index of `outShape`, the flat index of the value it reads in `inShape`. */
export function broadcastIndex(inShape: readonly number[], outShape: readonly number[]): Int32Array {
  const key = `${inShape.join(',')}>${outShape.join(',')}`;
  const cached = mapCache.get(key);
  if (cached) return cached;
  const n = outShape.length;
  const offset = n - inShape.length;
  // stride of each output axis inside the input (0 where the input is broadcast)
  const inStrides = new Array<number>(n).fill(0);
  let s = 1;
  for (let i = inShape.length - 1; i >= 0; i--) {
    inStrides[i + offset] = inShape[i] === 1 ? 0 : s;
    s *= inShape[i];
  }
  const size = sizeOf(outShape);
  const map = new Int32Array(size);
  const counter = new Array<number>(n).fill(0);
  let at = 0;
  for (let i = 0; i < size; i++) {
    map[i] = at;
    for (let d = n - 1; d >= 0; d--) {
      counter[d]++;
      at += inStrides[d];
      if (counter[d] < outShape[d]) break;
      at -= inStrides[d] * counter[d];
      counter[d] = 0;
    }
  }
  if (mapCache.size >= MAX_CACHED) mapCache.clear();
  mapCache.set(key, map);
  return map;
}

/** How a binary op lines up its operands. `same`: both already have the result's shape. */
export interface BinaryPlan {
  shape: number[];
  size: number;
  same: boolean;
  ia: Int32Array;
  ib: Int32Array;
}

const EMPTY = new Int32Array(0);

export function binaryPlan(op: string, a: readonly number[], b: readonly number[]): BinaryPlan {
  if (sameShape(a, b)) return { shape: a.slice(), size: sizeOf(a), same: true, ia: EMPTY, ib: EMPTY };
  const shape = broadcastShapes(a, b, op);
  return { shape, size: sizeOf(shape), same: false, ia: broadcastIndex(a, shape), ib: broadcastIndex(b, shape) };
}
