// Datasets and a DataLoader that batches rows, shuffling with a seeded stream (never Math.random).
import { Tensor } from './tensor';
import { createRng, type Rng } from './random';
import { formatShape, sizeOf } from './shape';
import { allocate } from './storage';
import { rejectUnknownOptions } from './options';

export interface Dataset {
  readonly length: number;
  /** One example: [input row, target row]. */
  get(i: number): [Tensor, Tensor];
}

/** Rows of x paired with rows of y (first axes must match). */
export class TensorDataset implements Dataset {
  constructor(readonly x: Tensor, readonly y: Tensor) {
    if (x.ndim === 0 || y.ndim === 0 || x.shape[0] !== y.shape[0]) {
      throw new Error(`TensorDataset: x ${formatShape(x.shape)} and y ${formatShape(y.shape)} need the same number of rows`);
    }
  }

  get length(): number {
    return this.x.shape[0];
  }

  /** Row i (a negative i counts from the end, as in Python: −1 is the last row). */
  get(i: number): [Tensor, Tensor] {
    const n = this.length;
    if (!Number.isInteger(i)) throw new Error(`TensorDataset.get: index ${i} is not an integer (${n} rows)`);
    if (i < -n || i >= n) throw new Error(`TensorDataset.get: index ${i} is out of range for ${n} rows`);
    const row = i < 0 ? i + n : i;
    return [rowsOf(this.x, [row], false), rowsOf(this.y, [row], false)];
  }
}

/** Copies the given rows of t into a new tensor ([k, ...rest], or [...rest] for one row without keep). */
function rowsOf(t: Tensor, rows: ArrayLike<number>, keepAxis = true): Tensor {
  const rest = t.shape.slice(1), w = sizeOf(rest);
  const out = allocate(rows.length * w);
  for (let k = 0; k < rows.length; k++) out.set(t.data.subarray(rows[k] * w, rows[k] * w + w), k * w);
  return new Tensor(out, keepAxis ? [rows.length, ...rest] : rest);
}

export interface DataLoaderOptions {
  batchSize: number;
  shuffle?: boolean;
  /** Drop the last batch if it is smaller than batchSize. */
  dropLast?: boolean;
  /** Stream for the batch order; default createRng(0).stream('batches'). */
  rng?: Rng;
}

/** Iterable of [x, y] batches; each pass (each `for … of`) is one epoch with a fresh order. */
export class DataLoader implements Iterable<[Tensor, Tensor]> {
  readonly batchSize: number;
  readonly shuffle: boolean;
  readonly dropLast: boolean;
  private readonly rng: Rng;

  constructor(readonly dataset: Dataset, options: DataLoaderOptions) {
    rejectUnknownOptions('DataLoader', options, ['batchSize', 'shuffle', 'dropLast', 'rng']);
    const { batchSize, shuffle = false, dropLast = false, rng } = options;
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`DataLoader: batchSize must be a positive integer, got ${batchSize}`);
    this.batchSize = batchSize;
    this.shuffle = shuffle;
    this.dropLast = dropLast;
    this.rng = rng ?? createRng(0).stream('batches');
  }

  get length(): number {
    const n = this.dataset.length;
    return this.dropLast ? Math.floor(n / this.batchSize) : Math.ceil(n / this.batchSize);
  }

  *[Symbol.iterator](): Iterator<[Tensor, Tensor]> {
    const n = this.dataset.length;
    const order = Array.from({ length: n }, (_, i) => i);
    if (this.shuffle) this.rng.shuffle(order);
    for (let start = 0; start < n; start += this.batchSize) {
      const idx = order.slice(start, start + this.batchSize);
      if (idx.length < this.batchSize && this.dropLast) break;
      const ds = this.dataset;
      if (ds instanceof TensorDataset) yield [rowsOf(ds.x, idx), rowsOf(ds.y, idx)];
      else {
        const pairs = idx.map((i) => ds.get(i));
        yield [stackRows(pairs.map((p) => p[0])), stackRows(pairs.map((p) => p[1]))];
      }
    }
  }
}

function stackRows(rows: Tensor[]): Tensor {
  const w = rows[0].size, out = allocate(rows.length * w);
  rows.forEach((r, k) => out.set(r.data, k * w));
  return new Tensor(out, [rows.length, ...rows[0].shape]);
}
