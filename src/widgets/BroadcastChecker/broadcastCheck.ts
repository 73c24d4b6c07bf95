// The broadcasting checker's logic: parse two shapes, line them up on the right, judge each axis,
// and ask the engine for the result (or its exact error).
import { add, zeros, broadcastShapes, sizeOf } from '../../engine';

export type ShapeParse = { ok: true; shape: number[] } | { ok: false; error: string };

/** "2, 3", "[2,3]", "(2, 3)" and "2 3" all mean [2, 3]; an empty field is a scalar, shape []. */
export function parseShape(text: string): ShapeParse {
  const inner = text.trim().replace(/^[[(]\s*/, '').replace(/\s*[\])]$/, '').trim();
  if (inner === '') return { ok: true, shape: [] };
  const parts = inner.split(/[\s,×]+|(?<=\d)x(?=\d)/).filter((p) => p !== ''); // 2x3 also works
  const shape: number[] = [];
  for (const p of parts) {
    const n = Number(p);
    if (!/^\d+$/.test(p) || !Number.isInteger(n) || n < 1 || n > 4096) {
      return { ok: false, error: `"${p}" is not a size: use whole numbers from 1 to 4096, separated by commas.` };
    }
    shape.push(n);
  }
  if (shape.length > 6) return { ok: false, error: 'Up to 6 axes, please.' };
  return { ok: true, shape };
}

export type Verdict = 'equal' | 'a stretches' | 'b stretches' | 'mismatch';

export interface AxisRow {
  /** Axis counted from the right: -1 is the last axis. */
  fromRight: number;
  /** Size in a, or null where a has no such axis (it counts as 1). */
  a: number | null;
  b: number | null;
  verdict: Verdict;
  /** Size of this axis in the result (null where the axis does not broadcast). */
  out: number | null;
}

// #region broadcast-rule
/** Lines the shapes up on the right; a missing axis counts as size 1. Sizes must be equal or 1. */
export function alignAxes(a: readonly number[], b: readonly number[]): AxisRow[] {
  const n = Math.max(a.length, b.length);
  const rows: AxisRow[] = [];
  for (let k = 1; k <= n; k++) {
    const da = k <= a.length ? a[a.length - k] : null;
    const db = k <= b.length ? b[b.length - k] : null;
    const sa = da ?? 1, sb = db ?? 1;
    let verdict: Verdict;
    if (sa === sb) verdict = 'equal';
    else if (sa === 1) verdict = 'a stretches';
    else if (sb === 1) verdict = 'b stretches';
    else verdict = 'mismatch';
    rows.unshift({ fromRight: -k, a: da, b: db, verdict, out: verdict === 'mismatch' ? null : Math.max(sa, sb) });
  }
  return rows;
}
// #endregion

export type EngineAnswer = { ok: true; shape: number[]; ranAdd: boolean } | { ok: false; error: string };

/** The engine's verdict: it really adds two tensors of these shapes when they are small enough. */
export function engineBroadcast(a: number[], b: number[]): EngineAnswer {
  try {
    const predicted = broadcastShapes(a, b, 'add');
    if (sizeOf(a) <= 1e5 && sizeOf(b) <= 1e5 && sizeOf(predicted) <= 1e5) {
      const sum = add(zeros(a), zeros(b));
      return { ok: true, shape: sum.shape.slice(), ranAdd: true };
    }
    return { ok: true, shape: predicted, ranAdd: false };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

export const VERDICT_TEXT: Record<Verdict, string> = {
  equal: 'equal: kept',
  'a stretches': 'a is 1: copied along',
  'b stretches': 'b is 1: copied along',
  mismatch: 'different, neither is 1',
};
