// The matmul stepper's logic: small integer matrices from a seed, C = A @ B by the engine, and one
// cell of C written out as its row-times-column sum.
import { createRng, fromData, matmul, type Tensor } from '../../engine';

export interface MatmulExample { a: Tensor; b: Tensor; c: Tensor }

/** A [m, k] and B [k, n] with small whole numbers (−3 … 5) from `seed`; C by the engine. */
export function makeExample(seed: number, m = 2, k = 3, n = 4): MatmulExample {
  const rng = createRng(seed).stream('matmul-stepper');
  const ints = (count: number) => Float64Array.from({ length: count }, () => rng.int(9) - 3);
  const a = fromData(ints(m * k), [m, k], { label: 'A' });
  const b = fromData(ints(k * n), [k, n], { label: 'B' });
  return { a, b, c: matmul(a, b) };
}

export interface CellSum {
  terms: { k: number; a: number; b: number; product: number }[];
  sum: number;
}

// #region cell-sum
/** C[i][j] = Σ_k A[i][k] · B[k][j]: row i of A against column j of B. */
export function cellSum(a: Tensor, b: Tensor, i: number, j: number): CellSum {
  const [, kDim] = a.shape;
  const n = b.shape[1];
  const terms = [];
  let sum = 0;
  for (let k = 0; k < kDim; k++) {
    const av = a.data[i * kDim + k]; // row-major: row i starts at i·kDim
    const bv = b.data[k * n + j];    // column j: every n-th value from j
    terms.push({ k, a: av, b: bv, product: av * bv });
    sum += av * bv;
  }
  return { terms, sum };
}
// #endregion

/** "1·7 + 2·(−9) + 3·11 = 22": the sum as a reader would write it. */
export function sumText(cs: CellSum): string {
  const n = (v: number) => (v < 0 ? `(${v})` : String(v));
  return `${cs.terms.map((t) => `${n(t.a)}·${n(t.b)}`).join(' + ')} = ${cs.sum}`;
}

/** Row and column of C's largest value (first one on ties). */
export function largestCell(c: Tensor): { i: number; j: number } {
  let best = 0;
  for (let f = 1; f < c.size; f++) if (c.data[f] > c.data[best]) best = f;
  return { i: Math.floor(best / c.shape[1]), j: best % c.shape[1] };
}

/** The cell selected at load: (0, 0), unless that is the largest entry, then the last cell. */
export function startCell(best: { i: number; j: number }, m: number, n: number): { i: number; j: number } {
  return best.i === 0 && best.j === 0 ? { i: m - 1, j: n - 1 } : { i: 0, j: 0 };
}
