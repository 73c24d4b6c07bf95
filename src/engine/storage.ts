// Where op results and gradients get their memory, and `tidy`, which recycles it.
//
// Why: in Chromium a fresh `new Float64Array(n)` (n > 8) is expensive to *use*. We measured about
// 85 µs per 32 kB array (first touch of new memory) against 2 µs for reusing one, so a training step
// on 500 points that allocates ten such arrays spent most of its time there. Node barely cares.
//
// How: `tidy(fn)` runs fn and afterwards hands every array that ops allocated inside it back to a
// pool, except the memory of tensors fn returns and of leaves (parameters and their gradients).
// Tensors created inside and not returned are marked released; touching their data afterwards
// throws instead of silently reading recycled memory. Without tidy nothing is ever recycled.
import type { Tensor } from './tensor';

const SMALL = 8; // V8 keeps arrays of up to 8 doubles on its own heap: cheap, never pooled
const MAX_POOLED_BYTES = 64 * 1024 * 1024;

const pool = new Map<number, Float64Array[]>();
let pooledBytes = 0;

interface Scope {
  arrays: Float64Array[];
  tensors: Tensor[];
}
const scopes: Scope[] = [];

/**
 * A Float64Array of length n for an op's result or a gradient: zero-filled, unless `zeroed` is false,
 * which callers that overwrite every element pass to skip clearing a recycled array.
 */
export function allocate(n: number, zeroed = true): Float64Array {
  if (n <= SMALL) return new Float64Array(n);
  const free = pool.get(n);
  let a: Float64Array;
  if (free !== undefined && free.length > 0) {
    a = free.pop()!;
    pooledBytes -= n * 8;
    if (zeroed) a.fill(0);
  } else {
    a = new Float64Array(n);
  }
  if (scopes.length > 0) scopes[scopes.length - 1].arrays.push(a);
  return a;
}

/** Called by the Tensor constructor so tidy knows which tensors were born inside it. */
export function noteTensor(t: Tensor): void {
  if (scopes.length > 0) scopes[scopes.length - 1].tensors.push(t);
}

function giveBack(a: Float64Array): void {
  if (pooledBytes + a.length * 8 > MAX_POOLED_BYTES) return; // let the GC have it
  let free = pool.get(a.length);
  if (free === undefined) pool.set(a.length, (free = []));
  free.push(a);
  pooledBytes += a.length * 8;
}

function collectTensors(value: unknown, into: Set<Tensor>, isTensor: (v: unknown) => v is Tensor): void {
  if (isTensor(value)) into.add(value);
  else if (Array.isArray(value)) for (const v of value) collectTensors(v, into, isTensor);
  else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value)) collectTensors(v, into, isTensor);
  }
}

let tensorCheck: (v: unknown) => v is Tensor = (_v: unknown): _v is Tensor => false;
/** Set once by tensor.ts (avoids an import cycle at module evaluation). */
export function registerTensorCheck(check: (v: unknown) => v is Tensor): void {
  tensorCheck = check;
}

/** Every tensor `root` depends on, itself included (the graph a later backward() would walk). */
function graphOf(root: Tensor, into: Set<Tensor>): void {
  const stack = [root];
  while (stack.length > 0) {
    const t = stack.pop()!;
    for (const parent of t.parents) {
      if (!into.has(parent)) {
        into.add(parent);
        stack.push(parent);
      }
    }
  }
}

/**
 * Runs fn; then recycles the memory of every tensor made inside it except what fn returns (a tensor,
 * or arrays/plain objects of tensors) and leaves that require grad (parameters) with their grads.
 * A returned tensor that still has a graph keeps that whole graph (every tensor in it and the arrays
 * its ops saved for backward), so a later backward() is correct; anything else made inside is
 * released, and a backward through it refuses with an error. Only tensors born inside this scope
 * (or an inner one) are ever released by it: a tensor from outside may be returned freely.
 * Use it around a training step: `const loss = tidy(() => { …; loss.backward(); opt.step(); return loss.item(); })`.
 */
export function tidy<T>(fn: () => T): T {
  const scope: Scope = { arrays: [], tensors: [] };
  scopes.push(scope);
  let result: T;
  try {
    result = fn();
  } finally {
    scopes.pop();
  }
  const kept = new Set<Tensor>();
  collectTensors(result, kept, tensorCheck);
  for (const t of scope.tensors) if (t.isLeaf() && t.requiresGrad) kept.add(t); // parameters made here
  // oxlint-disable-next-line unicorn/no-useless-spread -- graphOf adds to `kept` while this loop runs: iterate over a copy
  for (const t of [...kept]) if (t.backwardFn !== null) graphOf(t, kept);
  const keepArrays = new Set<Float64Array>();
  for (const t of kept) {
    const data = t.peekData();
    if (data !== null) keepArrays.add(data);
    const grad = t.grad?.peekData();
    if (grad) keepArrays.add(grad);
    if (t.saved !== null) for (const a of t.saved) keepArrays.add(a);
  }
  const parent = scopes.length > 0 ? scopes[scopes.length - 1] : null;
  // scope.tensors lists each tensor born here (or kept by an inner tidy) exactly once.
  for (const t of scope.tensors) {
    const data = t.peekData();
    if (data === null) continue;
    if (kept.has(t) || keepArrays.has(data)) parent?.tensors.push(t); // survives: the enclosing scope decides later
    else t.release();
  }
  for (const a of scope.arrays) {
    if (keepArrays.has(a)) parent?.arrays.push(a);
    else giveBack(a);
  }
  return result;
}

/** Runs fn as if outside any tidy (for memory that must outlive it, like a parameter's gradient). */
export function outsideTidy<T>(fn: () => T): T {
  const saved = scopes.splice(0, scopes.length);
  try {
    return fn();
  } finally {
    scopes.push(...saved);
  }
}

/** True while inside tidy(). */
export function inTidy(): boolean {
  return scopes.length > 0;
}
