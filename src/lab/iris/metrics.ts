// Reading a classifier's scores: the predicted class of a row, the softmax of a row without leaving
// plain numbers, and the confusion matrix.

/** rows[r][c]: how many flowers of true class r were predicted as class c. */
export type Confusion = number[][];

export function confusionMatrix(truth: ArrayLike<number>, predicted: ArrayLike<number>, classes = 3): Confusion {
  const m = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  for (let i = 0; i < truth.length; i++) m[truth[i]][predicted[i]]++;
  return m;
}

/** Index of the largest of row r's `classes` scores in a row-major table (the first on ties; −1 when no
 *  score is above −∞, as in a row of NaN). */
export function argmaxRow(scores: ArrayLike<number>, r: number, classes = 3): number {
  let best = -1, bestValue = -Infinity;
  for (let k = 0; k < classes; k++) {
    const v = scores[r * classes + k];
    if (v > bestValue) { bestValue = v; best = k; }
  }
  return best;
}

/** The predicted class of each row (argmaxRow of every row). */
export function argmaxRows<T extends Int32Array = Int32Array>(scores: ArrayLike<number>, rows: number, classes = 3, out: T = new Int32Array(rows) as T): T {
  for (let r = 0; r < rows; r++) out[r] = argmaxRow(scores, r, classes);
  return out;
}

/** What a softmax needs from one row of logits, computed stably: the predicted class, the largest logit
 *  m, and Σₖ exp(zₖ − m). Then −log softmax(z)_c = m + log(sumExp) − z_c, and the top probability is 1 / sumExp. */
export interface SoftmaxRow { best: number; max: number; sumExp: number }

/** Fills `out` (reused across rows and frames) for row r of a row-major table of logits. */
export function softmaxRow(logits: ArrayLike<number>, r: number, classes: number, out: SoftmaxRow): SoftmaxRow {
  const best = argmaxRow(logits, r, classes);
  const max = best < 0 ? -Infinity : logits[r * classes + best];
  let sumExp = 0;
  for (let k = 0; k < classes; k++) sumExp += Math.exp(logits[r * classes + k] - max);
  out.best = best;
  out.max = max;
  out.sumExp = sumExp;
  return out;
}
