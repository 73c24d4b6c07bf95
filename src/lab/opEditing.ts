// Editing one of the engine's activation ops in the page: cut its region out of the engine's source,
// turn the reader's edited (type-stripped) code back into an op, and check its backward pass against
// central differences before anything trains with it. Runs in a Worker (with a time limit) and in the
// page; it touches no DOM.
import { OP_BUILDING_BLOCKS, Tensor, createRng, noGrad } from '../engine';

/** The activation regions of src/engine/ops/activations.ts a reader may edit. */
export const EDITABLE_OPS = ['relu', 'sigmoid', 'tanh', 'gelu'] as const;
export type EditableOp = (typeof EDITABLE_OPS)[number];

export function isEditableOp(name: string): name is EditableOp {
  return (EDITABLE_OPS as readonly string[]).includes(name);
}

/** The lines between `// #region name` and `// #endregion` (without the markers). */
export function regionOf(source: string, name: string): string {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => l.trim() === `// #region ${name}`);
  if (start < 0) throw new Error(`regionOf: no region "${name}" in the source`);
  const end = lines.findIndex((l, i) => i > start && l.trim() === '// #endregion');
  if (end < 0) throw new Error(`regionOf: region "${name}" has no // #endregion`);
  return lines.slice(start + 1, end).join('\n');
}

export type Op = (x: Tensor) => Tensor;

/**
 * Turns type-stripped code whose exports were rewritten to `exports.name = …` (Sucrase's 'imports'
 * transform) into the op it exports under `name`. The code sees only the engine's building blocks
 * (Tensor, record, gradBuffer, …), which it would have imported, and `exports`.
 * This runs the reader's code: call it only after the reader pressed Run.
 */
export function opFromCode(js: string, name: EditableOp): Op {
  const names = Object.keys(OP_BUILDING_BLOCKS) as (keyof typeof OP_BUILDING_BLOCKS)[];
  const exports: Record<string, unknown> = {};
  let factory: (...args: unknown[]) => void;
  try {
    factory = new Function('exports', ...names, js) as (...args: unknown[]) => void;
  } catch (e) {
    throw new Error(`the code does not compile: ${(e as Error).message}`);
  }
  factory(exports, ...names.map((n) => OP_BUILDING_BLOCKS[n]));
  const op = exports[name];
  if (typeof op !== 'function') throw new Error(`the code must still export a function named ${name}`);
  return (x) => {
    const y = (op as (t: Tensor) => unknown)(x);
    if (!(y instanceof Tensor)) throw new Error(`${name} returned ${typeof y}, not a Tensor`);
    if (y.size !== x.size) throw new Error(`${name} returned ${y.size} values for ${x.size} inputs`);
    return y;
  };
}

export type CheckResult =
  | { ok: true; worst: number; checked: number }
  | { ok: false; reason: 'gradient'; index: number; x: number; analytic: number; numeric: number; checked: number }
  | { ok: false; reason: 'error'; message: string };

/** Relative tolerance of the check; float64 central differences with h = 1e-6 are good to ~1e-8. */
export const CHECK_TOLERANCE = 1e-5;
const H = 1e-6;

/**
 * Checks the op's backward against central differences at `count` random points, kept at least 0.1
 * away from 0 (where relu has its kink). The first disagreeing element is reported with both values.
 */
export function checkOp(op: Op, seed = 1, count = 24): CheckResult {
  try {
    const rng = createRng(seed).stream('op-check');
    const data = new Float64Array(count);
    for (let i = 0; i < count; i++) data[i] = (rng.next() < 0.5 ? -1 : 1) * (0.1 + 2.9 * rng.next());
    const x = new Tensor(data, [count], { requiresGrad: true });
    const y = op(x);
    y.backward(new Tensor(new Float64Array(count).fill(1), [count]));
    const analytic = Float64Array.from(x.grad!.data);
    let worst = 0;
    for (let i = 0; i < count; i++) {
      const at = (v: number) => noGrad(() => op(new Tensor(Float64Array.of(v), [1])).data[0]);
      const numeric = (at(data[i] + H) - at(data[i] - H)) / (2 * H);
      const error = Math.abs(analytic[i] - numeric) / Math.max(1, Math.abs(numeric));
      if (!(error <= CHECK_TOLERANCE)) {
        return { ok: false, reason: 'gradient', index: i, x: data[i], analytic: analytic[i], numeric, checked: count };
      }
      worst = Math.max(worst, error);
    }
    return { ok: true, worst, checked: count };
  } catch (e) {
    return { ok: false, reason: 'error', message: (e as Error).message };
  }
}

/** One sentence for the reader: what the check found. */
export function describeCheck(name: EditableOp, result: CheckResult): string {
  if (result.ok) return `Gradient check passed: at ${result.checked} random inputs your ${name}'s backward agrees with central differences (largest relative difference ${result.worst.toExponential(1)}).`;
  if (result.reason === 'error') return `Your ${name} failed to run: ${result.message}.`;
  const fmt = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(6)).toString() : String(v));
  return `Gradient check failed at input ${result.index + 1} of ${result.checked} (x = ${fmt(result.x)}): backward gives ${fmt(result.analytic)}, central differences give ${fmt(result.numeric)}. The op was not installed.`;
}
