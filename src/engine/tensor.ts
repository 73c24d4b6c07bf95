// The Tensor: a contiguous row-major Float64Array, its shape, and its place in the autograd graph.
import { backward } from './autograd';
import { sizeOf, formatShape } from './shape';
import { noteTensor, registerTensorCheck } from './storage';
import { add, sub, mul, div, pow } from './ops/arithmetic';
import { neg, exp, log, sqrt, abs } from './ops/unary';
import { matmul } from './ops/matmul';
import { sum, mean, max, argmax } from './ops/reduce';
import { reshape, transpose, permute, unsqueeze, squeeze, flatten } from './ops/shape';
import { slice, index, type SliceRange } from './ops/select';
import { maskedFill, clamp, tril } from './ops/where';
import { relu, leakyRelu, sigmoid, tanh, gelu, elu, softplus, silu, type GeluMode } from './ops/activations';
import { softmax, logSoftmax } from './ops/softmax';

export type NestedArray = number | NestedArray[];
export type TensorLike = Tensor | number;

export interface TensorOptions {
  requiresGrad?: boolean;
  label?: string | null;
}

export class Tensor {
  private _data: Float64Array | null;
  readonly shape: number[];
  readonly ndim: number;
  readonly size: number;
  requiresGrad: boolean;
  /** d(loss)/d(this), same shape; accumulates across backward calls until zeroGrad(). */
  grad: Tensor | null = null;
  /** Name of the op that produced this tensor, or null for a leaf (and for anything made under noGrad). */
  op: string | null = null;
  /** The op's inputs (empty for leaves). */
  parents: Tensor[] = [];
  /** Optional human name for graph views. */
  label: string | null;
  /** Pushes this tensor's grad into its parents' grads; null for leaves. */
  backwardFn: ((grad: Float64Array) => void) | null = null;
  /** Scratch arrays the op's backward reads (besides its inputs' and its own data); tidy keeps them with the graph. */
  saved: Float64Array[] | null = null;

  constructor(data: Float64Array, shape: number[], options: TensorOptions = {}) {
    const size = sizeOf(shape);
    if (data.length !== size) {
      throw new Error(`Tensor: ${data.length} values do not fill shape ${formatShape(shape)} (${size} needed)`);
    }
    this._data = data;
    this.shape = shape;
    this.ndim = shape.length;
    this.size = size;
    this.requiresGrad = options.requiresGrad ?? false;
    this.label = options.label ?? null;
    noteTensor(this);
  }

  /** The values, contiguous and row-major. */
  get data(): Float64Array {
    if (this._data === null) {
      throw new Error(`Tensor: the ${formatShape(this.shape)} tensor${this.op ? ` from ${this.op}` : ''} was released when the tidy() that created it ended; return it from tidy() to keep it`);
    }
    return this._data;
  }

  set data(values: Float64Array) {
    if (values.length !== this.size) throw new Error(`Tensor: ${values.length} values do not fill shape ${formatShape(this.shape)}`);
    this._data = values;
  }

  /** The values, or null once released (for tidy, which must not throw while sorting tensors). */
  peekData(): Float64Array | null {
    return this._data;
  }

  /** True once tidy() has recycled this tensor's memory. */
  get released(): boolean {
    return this._data === null;
  }

  /** A tensor no op produced (data, parameters, anything made under noGrad). */
  isLeaf(): boolean {
    return this.backwardFn === null;
  }

  /** Used by tidy(): forget the values and the graph. */
  release(): void {
    this._data = null;
    this.grad = null;
    this.parents = [];
    this.backwardFn = null;
    this.saved = null;
  }

  /** The single value of a size-1 tensor. */
  item(): number {
    if (this.size !== 1) throw new Error(`item: tensor of shape ${formatShape(this.shape)} has ${this.size} values, not 1`);
    return this.data[0];
  }

  /** Nested JS arrays (a plain number for a 0-d tensor). */
  toArray(): NestedArray {
    if (this.ndim === 0) return this.data[0];
    const build = (dim: number, offset: number): NestedArray[] => {
      const n = this.shape[dim];
      const stride = sizeOf(this.shape.slice(dim + 1));
      const out: NestedArray[] = new Array(n);
      for (let i = 0; i < n; i++) {
        out[i] = dim === this.ndim - 1 ? this.data[offset + i] : build(dim + 1, offset + i * stride);
      }
      return out;
    };
    return build(0, 0);
  }

  /** A copy of the values with no graph attached. */
  detach(): Tensor {
    return new Tensor(this.data.slice(), this.shape.slice());
  }

  clone(): Tensor {
    return this.detach();
  }

  backward(seed?: Tensor): void {
    backward(this, seed);
  }

  zeroGrad(): void {
    this.grad = null;
  }

  toString(): string {
    return `Tensor(${formatShape(this.shape)}${this.op ? `, op=${this.op}` : ''})`;
  }

  // Method forms of the ops (the functions live in ops/*.ts, forward and backward side by side).
  add(b: TensorLike): Tensor { return add(this, b); }
  sub(b: TensorLike): Tensor { return sub(this, b); }
  mul(b: TensorLike): Tensor { return mul(this, b); }
  div(b: TensorLike): Tensor { return div(this, b); }
  pow(p: TensorLike): Tensor { return pow(this, p); }
  neg(): Tensor { return neg(this); }
  exp(): Tensor { return exp(this); }
  log(): Tensor { return log(this); }
  sqrt(): Tensor { return sqrt(this); }
  abs(): Tensor { return abs(this); }
  matmul(b: Tensor): Tensor { return matmul(this, b); }
  sum(axis?: number, keepdims = false): Tensor { return sum(this, axis, keepdims); }
  mean(axis?: number, keepdims = false): Tensor { return mean(this, axis, keepdims); }
  max(axis?: number, keepdims = false): Tensor { return max(this, axis, keepdims); }
  argmax(axis?: number): Tensor { return argmax(this, axis); }
  reshape(shape: number[]): Tensor { return reshape(this, shape); }
  flatten(): Tensor { return flatten(this); }
  transpose(d0 = -2, d1 = -1): Tensor { return transpose(this, d0, d1); }
  permute(dims: number[]): Tensor { return permute(this, dims); }
  unsqueeze(d: number): Tensor { return unsqueeze(this, d); }
  squeeze(d?: number): Tensor { return squeeze(this, d); }
  slice(ranges: SliceRange[]): Tensor { return slice(this, ranges); }
  index(i: number | number[] | Tensor): Tensor { return index(this, i); }
  maskedFill(mask: Tensor, value: number): Tensor { return maskedFill(this, mask, value); }
  clamp(lo: number, hi: number): Tensor { return clamp(this, lo, hi); }
  tril(k = 0): Tensor { return tril(this, k); }
  relu(): Tensor { return relu(this); }
  leakyRelu(slope = 0.01): Tensor { return leakyRelu(this, slope); }
  sigmoid(): Tensor { return sigmoid(this); }
  tanh(): Tensor { return tanh(this); }
  gelu(mode: GeluMode = 'exact'): Tensor { return gelu(this, mode); }
  elu(alpha = 1): Tensor { return elu(this, alpha); }
  softplus(): Tensor { return softplus(this); }
  silu(): Tensor { return silu(this); }
  softmax(axis = -1): Tensor { return softmax(this, axis); }
  logSoftmax(axis = -1): Tensor { return logSoftmax(this, axis); }
  /** Transpose of the last two axes. */
  get T(): Tensor { return transpose(this, -2, -1); }
}

registerTensorCheck((v: unknown): v is Tensor => v instanceof Tensor);

/** Numbers become 0-d tensors so ops can take `x.mul(2)`. */
export function asTensor(x: TensorLike): Tensor {
  return typeof x === 'number' ? new Tensor(Float64Array.of(x), []) : x;
}
