// A loss history of fixed size, however long the run. Each slot is a bucket of k consecutive steps
// that keeps the bucket's lowest and highest value with their steps, in the order they happened, so
// a spike or a dip survives thinning and the drawn curve keeps its shape. While the run is shorter
// than the capacity every step is kept exactly (k = 1); when the slots fill up, neighbouring buckets
// merge pairwise and k doubles. Memory: four numbers per slot, allocated once.

/** What a chart needs from a history: a change counter and the points to draw. */
export interface DrawableHistory {
  /** Changes whenever a point is added or the history is cleared. */
  readonly version: number;
  /** Writes the kept points, oldest first, into `steps`/`values` (each at least `maxPoints` long); returns how many. */
  read(steps: Float64Array, values: Float64Array): number;
  /** The most points `read` can return. */
  readonly maxPoints: number;
}

/** a is a more extreme "high" than b: larger, or not a number (NaN and ∞ stay visible as the high). */
const higher = (a: number, b: number) => (Number.isNaN(a) ? !Number.isNaN(b) : a > b);
const lower = (a: number, b: number) => !Number.isNaN(a) && (Number.isNaN(b) || a < b);

export class BoundedHistory implements DrawableHistory {
  /** Number of buckets; `read` returns at most twice as many points. */
  readonly capacity: number;
  /** Steps per full bucket (a power of two). */
  stride = 1;
  /** Points ever appended since the last clear. */
  count = 0;
  version = 0;
  /** The first and the latest value appended (NaN when empty). */
  first = Number.NaN;
  last = Number.NaN;
  lastStep = Number.NaN;

  private buckets = 0; // buckets in use, the last one possibly still filling
  private filling = 0; // points in the last bucket
  private readonly loStep: Float64Array;
  private readonly lo: Float64Array;
  private readonly hiStep: Float64Array;
  private readonly hi: Float64Array;

  constructor(capacity = 1024) {
    if (!Number.isInteger(capacity) || capacity < 2 || capacity % 2 !== 0) throw new Error(`BoundedHistory: capacity must be an even integer ≥ 2, got ${capacity}`);
    this.capacity = capacity;
    this.loStep = new Float64Array(capacity);
    this.lo = new Float64Array(capacity);
    this.hiStep = new Float64Array(capacity);
    this.hi = new Float64Array(capacity);
  }

  get maxPoints(): number {
    return 2 * this.capacity;
  }

  push(step: number, value: number): void {
    if (this.count === 0) this.first = value;
    this.count++;
    this.version++;
    this.last = value;
    this.lastStep = step;
    if (this.buckets > 0 && this.filling < this.stride) {
      const b = this.buckets - 1;
      if (lower(value, this.lo[b])) { this.lo[b] = value; this.loStep[b] = step; }
      if (higher(value, this.hi[b])) { this.hi[b] = value; this.hiStep[b] = step; }
      this.filling++;
      return;
    }
    if (this.buckets === this.capacity) this.compact();
    const b = this.buckets++;
    this.lo[b] = this.hi[b] = value;
    this.loStep[b] = this.hiStep[b] = step;
    this.filling = 1;
  }

  /** Merges buckets pairwise: half the slots are free again and each bucket spans twice the steps. */
  private compact(): void {
    const { lo, hi, loStep, hiStep } = this;
    const half = this.buckets >> 1;
    for (let i = 0; i < half; i++) {
      const a = 2 * i, b = a + 1;
      const bLo = lower(lo[b], lo[a]), bHi = higher(hi[b], hi[a]);
      lo[i] = bLo ? lo[b] : lo[a];
      loStep[i] = bLo ? loStep[b] : loStep[a];
      hi[i] = bHi ? hi[b] : hi[a];
      hiStep[i] = bHi ? hiStep[b] : hiStep[a];
    }
    this.buckets = half;
    this.stride *= 2;
    this.filling = this.stride; // the merged last bucket is full
  }

  read(steps: Float64Array, values: Float64Array): number {
    let n = 0;
    for (let b = 0; b < this.buckets; b++) {
      const loFirst = this.loStep[b] <= this.hiStep[b];
      const s1 = loFirst ? this.loStep[b] : this.hiStep[b], v1 = loFirst ? this.lo[b] : this.hi[b];
      const s2 = loFirst ? this.hiStep[b] : this.loStep[b], v2 = loFirst ? this.hi[b] : this.lo[b];
      steps[n] = s1;
      values[n++] = v1;
      if (s2 !== s1) {
        steps[n] = s2;
        values[n++] = v2;
      }
    }
    return n;
  }

  /** The kept points as plain arrays (for tests and read-outs; charts use `read` with their own buffers). */
  points(): { steps: number[]; values: number[] } {
    const s = new Float64Array(this.maxPoints), v = new Float64Array(this.maxPoints);
    const n = this.read(s, v);
    return { steps: Array.from(s.subarray(0, n)), values: Array.from(v.subarray(0, n)) };
  }

  clear(): void {
    this.buckets = 0;
    this.filling = 0;
    this.stride = 1;
    this.count = 0;
    this.first = this.last = this.lastStep = Number.NaN;
    this.version++;
  }
}
