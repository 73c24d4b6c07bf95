// What the shape playground shows for a piece of text: the engine's tensor (shape, ndim, size, the
// row-major storage and its strides), or the exact reason it is not a tensor.
import { tensor, type NestedArray, type Tensor } from '../../engine';

export type Inspection =
  | { ok: true; tensor: Tensor; strides: number[]; entries: StorageEntry[] }
  | { ok: false; error: string; source: 'json' | 'engine' };

export interface StorageEntry {
  /** Position in the flat Float64Array. */
  flat: number;
  /** The same element's multi-index, e.g. [1, 0, 2]. */
  index: number[];
  value: number;
}

// #region strides
/** Row-major strides: how far to move in the flat storage for one step along each axis. */
export function rowMajorStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let step = 1;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    strides[axis] = step; // the last axis moves fastest
    step *= shape[axis];
  }
  return strides;
}

/** Flat position of a multi-index: the dot product of the index with the strides. */
export function flatIndex(shape: readonly number[], index: readonly number[]): number {
  const strides = rowMajorStrides(shape);
  return index.reduce((sum, i, axis) => sum + i * strides[axis], 0);
}
// #endregion

/** The multi-index of a flat position (inverse of flatIndex). */
export function multiIndex(shape: readonly number[], flat: number): number[] {
  const strides = rowMajorStrides(shape);
  return strides.map((s, axis) => Math.floor(flat / s) % shape[axis]);
}

/** Finds the first leaf that is not a number (JSON allows strings, booleans and null). */
function firstNonNumber(value: unknown, path: number[] = []): number[] | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = firstNonNumber(value[i], [...path, i]);
      if (hit) return hit;
    }
    return null;
  }
  return typeof value === 'number' ? null : path;
}

export function inspectText(text: string, maxEntries = 64): Inspection {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, source: 'json', error: 'Not a nested array of numbers: check the brackets and commas (JSON syntax, e.g. [[1, 2], [3, 4]]).' };
  }
  const bad = firstNonNumber(parsed);
  if (bad) return { ok: false, source: 'json', error: `Not a number at index [${bad.join(',')}]: a tensor holds numbers only.` };
  let t: Tensor;
  try {
    t = tensor(parsed as NestedArray);
  } catch (e) {
    return { ok: false, source: 'engine', error: (e as Error).message };
  }
  const entries: StorageEntry[] = [];
  for (let flat = 0; flat < Math.min(t.size, maxEntries); flat++) {
    entries.push({ flat, index: multiIndex(t.shape, flat), value: t.data[flat] });
  }
  return { ok: true, tensor: t, strides: rowMajorStrides(t.shape), entries };
}

/** What a value becomes when stored in 32 bits instead of 64. */
export function float32Of(value: number): { stored: number; error: number } {
  const stored = Math.fround(value);
  return { stored, error: stored - value };
}

export const PRESETS: readonly { label: string; text: string }[] = [
  { label: 'scalar', text: '3.5' },
  { label: 'vector', text: '[1, 2, 3]' },
  { label: 'matrix', text: '[[1, 2, 3], [4, 5, 6]]' },
  { label: '3-D', text: '[[[1, 2], [3, 4], [5, 6]], [[7, 8], [9, 10], [11, 12]]]' },
  { label: 'ragged', text: '[[1, 2], [3, 4], [5]]' },
  { label: 'decimals', text: '[0.1, 0.2, 0.3]' },
];
