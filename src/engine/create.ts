// Making tensors: from nested arrays (with shape validation), from raw data, and the usual fillers.
import { Tensor, type NestedArray, type TensorOptions } from './tensor';
import { sizeOf, formatShape } from './shape';
import type { Rng } from './random';

function inferShape(value: NestedArray): number[] {
  const shape: number[] = [];
  let v: NestedArray = value;
  while (Array.isArray(v)) {
    shape.push(v.length);
    if (v.length === 0) break;
    v = v[0];
  }
  return shape;
}

function fill(value: NestedArray, shape: number[], dim: number, path: number[], out: Float64Array, at: { i: number }): void {
  if (dim === shape.length) {
    if (typeof value !== 'number') throw new Error(`Tensor: ragged nested array at index ${formatShape(path)}`);
    out[at.i++] = value;
    return;
  }
  if (!Array.isArray(value) || value.length !== shape[dim]) {
    throw new Error(`Tensor: ragged nested array at index ${formatShape(path)}`);
  }
  for (let i = 0; i < value.length; i++) fill(value[i], shape, dim + 1, [...path, i], out, at);
}

/** `tensor([[1, 2], [3, 4]])`: shape inferred, ragged input rejected with the offending index. */
export function tensor(value: NestedArray, options: TensorOptions = {}): Tensor {
  const shape = inferShape(value);
  const data = new Float64Array(sizeOf(shape));
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) fill(value[i], shape, 1, [i], data, { i: i * sizeOf(shape.slice(1)) });
  } else {
    data[0] = value;
  }
  return new Tensor(data, shape, options);
}

/** Wraps existing values (not copied). */
export function fromData(data: Float64Array | ArrayLike<number>, shape: number[], options: TensorOptions = {}): Tensor {
  const arr = data instanceof Float64Array ? data : Float64Array.from(data);
  if (arr.length !== sizeOf(shape)) {
    throw new Error(`fromData: ${arr.length} values do not fill shape ${formatShape(shape)} (${sizeOf(shape)} needed)`);
  }
  return new Tensor(arr, shape.slice(), options);
}

export function full(shape: number[], value: number, options: TensorOptions = {}): Tensor {
  return new Tensor(new Float64Array(sizeOf(shape)).fill(value), shape.slice(), options);
}

export function zeros(shape: number[], options: TensorOptions = {}): Tensor {
  return new Tensor(new Float64Array(sizeOf(shape)), shape.slice(), options);
}

export function ones(shape: number[], options: TensorOptions = {}): Tensor {
  return full(shape, 1, options);
}

/** start, start+step, … up to but excluding stop. `arange(5)` is 0..4. */
export function arange(start: number, stop?: number, step = 1, options: TensorOptions = {}): Tensor {
  if (stop === undefined) {
    stop = start;
    start = 0;
  }
  if (step === 0) throw new Error('arange: step must not be 0');
  const n = Math.max(0, Math.ceil((stop - start) / step));
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) data[i] = start + i * step;
  return new Tensor(data, [n], options);
}

/** n evenly spaced values from a to b inclusive. */
export function linspace(a: number, b: number, n: number, options: TensorOptions = {}): Tensor {
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) data[i] = n === 1 ? a : a + ((b - a) * i) / (n - 1);
  return new Tensor(data, [n], options);
}

/** Standard normal values from a seeded generator. */
export function randn(shape: number[], rng: Rng, options: TensorOptions = {}): Tensor {
  const data = new Float64Array(sizeOf(shape));
  for (let i = 0; i < data.length; i++) data[i] = rng.normal();
  return new Tensor(data, shape.slice(), options);
}

/** Uniform values in [0, 1) from a seeded generator. */
export function rand(shape: number[], rng: Rng, options: TensorOptions = {}): Tensor {
  const data = new Float64Array(sizeOf(shape));
  for (let i = 0; i < data.length; i++) data[i] = rng.next();
  return new Tensor(data, shape.slice(), options);
}
