// The activation a reader typed, shared by every widget on the page: the formula box publishes it,
// the XOR lab and the race offer it as a choice. One per page; it is never saved anywhere but the URL.
import { Tensor, linspace, ones } from '../engine';
import { activationFromExpression, parseExpression, ExpressionError, type ParsedExpression } from './expression';

export interface ReaderActivation {
  formula: string;
  /** Parameter values (β = 1.702 …), fixed while training. */
  values: Readonly<Record<string, number>>;
  parsed: ParsedExpression;
  /** Engine ops: forward and, through autograd, backward. */
  op: (x: Tensor) => Tensor;
}

/** The range the formula box plots and checks before a lab may train with it. */
export const CHECK_RANGE: readonly [number, number] = [-5, 5];
const CHECK_POINTS = 201;

export interface Curve {
  xs: Float64Array;
  f: Float64Array;
  /** f′ from the engine's backward pass, not from a hand-written derivative. */
  df: Float64Array;
}

/** f and f′ (by backward through the engine) at evenly spaced points of the range. */
export function curveOf(op: (x: Tensor) => Tensor, [from, to]: readonly [number, number] = CHECK_RANGE, points = CHECK_POINTS): Curve {
  const x = linspace(from, to, points);
  x.requiresGrad = true;
  const y = op(x);
  if (y.size !== points) throw new Error(`the formula gives ${y.size} values for ${points} inputs`);
  y.backward(ones([points]));
  const f = Float64Array.from(y.data), df = Float64Array.from(x.grad!.data);
  return { xs: Float64Array.from(x.data), f, df };
}

/** f′(x) of a formula with its parameters bound, from the engine's backward pass (for exercises). */
export function slopeAt(formula: string, values: Readonly<Record<string, number>>, x: number): number {
  const input = new Tensor(Float64Array.of(x), [1], { requiresGrad: true });
  activationFromExpression(parseExpression(formula), values)(input).backward(ones([1]));
  return input.grad!.data[0];
}

/** Where a curve stops being a usable activation: the first x whose f or f′ is NaN or ±∞. */
export function firstNonFinite(curve: Curve): { x: number; what: 'f' | 'f′'; value: number } | null {
  for (let i = 0; i < curve.xs.length; i++) {
    if (!Number.isFinite(curve.f[i])) return { x: curve.xs[i], what: 'f', value: curve.f[i] };
    if (!Number.isFinite(curve.df[i])) return { x: curve.xs[i], what: 'f′', value: curve.df[i] };
  }
  return null;
}

export type Verdict =
  | { ok: true; activation: ReaderActivation; curve: Curve }
  | { ok: false; error: ExpressionError | null; message: string; curve?: Curve };

/** Parses, builds and checks a formula: the verdict says whether a lab may train with it, and why not. */
export function judgeFormula(formula: string, values: Readonly<Record<string, number>>): Verdict {
  let parsed: ParsedExpression;
  try {
    parsed = parseExpression(formula);
  } catch (e) {
    if (e instanceof ExpressionError) return { ok: false, error: e, message: e.message };
    throw e;
  }
  const op = activationFromExpression(parsed, values);
  const curve = curveOf(op);
  const bad = firstNonFinite(curve);
  if (bad) {
    const [from, to] = CHECK_RANGE;
    return {
      ok: false,
      error: null,
      curve,
      message: `${bad.what}(${Number(bad.x.toFixed(3))}) = ${bad.value}: the formula is not finite everywhere on ${from} … ${to}, so a network using it would produce NaN. Change the formula before training with it.`,
    };
  }
  return { ok: true, activation: { formula, values: { ...values }, parsed, op }, curve };
}

/** The formula the box starts with (SiLU/Swish with β = 1), and so what "yours" means before any typing. */
export const DEFAULT_FORMULA = 'x * sigmoid(beta * x)';

/** Where a shared link carries the formula: `?own.formula=…&own.p1=…` (the formula box's URL state). */
export const READER_PREFIX = 'own';
export const PARAMETER_SLOTS = ['p1', 'p2', 'p3'] as const;

/** Binds slider values to the formula's parameters in order of appearance (β → p1, k → p2…). */
export function bindParameters(formula: string, slots: readonly number[]): Record<string, number> {
  let names: string[] = [];
  try {
    names = parseExpression(formula).parameters;
  } catch {
    // a formula that does not parse has no parameters to bind
  }
  const bound: Record<string, number> = {};
  names.forEach((name, i) => { bound[name] = slots[i] ?? 1; });
  return bound;
}

/**
 * Publishes the formula a shared link carries, if no activation has been published yet, so that a lab
 * opened from that link can train with "yours" before the formula box has mounted. Returns the verdict
 * (null when the link carries no formula). Parameters missing or malformed in the link are 1.
 */
export function adoptReaderActivationFrom(search: string): Verdict | null {
  const query = queryValues(search);
  const formula = query.get(`${READER_PREFIX}.formula`);
  if (formula === undefined) return null;
  const slots = PARAMETER_SLOTS.map((k) => {
    const v = Number(query.get(`${READER_PREFIX}.${k}`) ?? 1);
    return Number.isFinite(v) ? v : 1;
  });
  const verdict = judgeFormula(formula, bindParameters(formula, slots));
  if (verdict.ok && current === null) setReaderActivation(verdict.activation);
  return verdict;
}

/** A query string's values (form-encoded, as URLSearchParams writes them); the lab has no DOM. */
function queryValues(search: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const decode = (t: string) => {
      try {
        return decodeURIComponent(t.replace(/\+/g, ' '));
      } catch {
        return t;
      }
    };
    values.set(decode(at < 0 ? pair : pair.slice(0, at)), decode(at < 0 ? '' : pair.slice(at + 1)));
  }
  return values;
}

let current: ReaderActivation | null = null;
const listeners = new Set<() => void>();

/** The reader's activation, or null while there is none (or the formula box holds a broken one). */
export function readerActivation(): ReaderActivation | null {
  return current;
}

/** The reader's activation, or the box's starting formula when nothing has been published yet. */
export function readerActivationOrDefault(): ReaderActivation {
  if (current) return current;
  const verdict = judgeFormula(DEFAULT_FORMULA, bindParameters(DEFAULT_FORMULA, [1]));
  if (!verdict.ok) throw new Error(`the default formula ${DEFAULT_FORMULA} does not work: ${verdict.message}`);
  setReaderActivation(verdict.activation);
  return verdict.activation;
}

export function setReaderActivation(next: ReaderActivation | null): void {
  if (next === current) return;
  current = next;
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever the reader's activation changes; returns the unsubscribe function. */
export function subscribeReaderActivation(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
