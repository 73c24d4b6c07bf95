// Autograd: recording the graph while ops run, and walking it backwards.
import type { Tensor } from './tensor';
import { Tensor as TensorClass } from './tensor';
import { formatShape, sameShape } from './shape';
import { allocate, outsideTidy } from './storage';

let gradEnabled = true;

/** True unless we are inside `noGrad`. */
export function isGradEnabled(): boolean {
  return gradEnabled;
}

/** Runs `fn` with graph recording switched off: results have no op, no parents, no grad. */
export function noGrad<T>(fn: () => T): T {
  const previous = gradEnabled;
  gradEnabled = false;
  try {
    return fn();
  } finally {
    gradEnabled = previous;
  }
}

/** Should an op whose inputs are `inputs` record itself in the graph? */
export function tracks(...inputs: Tensor[]): boolean {
  if (!gradEnabled) return false;
  for (const t of inputs) if (t.requiresGrad) return true;
  return false;
}

/**
 * Marks `out` as produced by `op` from `parents`; `backward` receives d(loss)/d(out). Every array the
 * backward reads must be the data of `out` or of a parent, or be listed in `saved` (scratch arrays
 * from allocate()), so that tidy() keeps it exactly as long as the graph lives.
 */
export function record(out: Tensor, op: string, parents: Tensor[], backward: (grad: Float64Array) => void, saved?: Float64Array[]): Tensor {
  out.requiresGrad = true;
  out.op = op;
  out.parents = parents;
  out.backwardFn = backward;
  if (saved !== undefined) out.saved = saved;
  return out;
}

/** The array gradients of `t` accumulate into (created as zeros on first use). */
export function gradBuffer(t: Tensor): Float64Array {
  if (t.grad === null) {
    // A leaf's gradient outlives any tidy() (the optimizer reads it); an intermediate's may be recycled.
    t.grad = t.backwardFn === null
      ? outsideTidy(() => new TensorClass(new Float64Array(t.size), t.shape.slice()))
      : new TensorClass(allocate(t.size), t.shape.slice());
  }
  return t.grad.data;
}

// #region topological-sort
/**
 * Every node `root` depends on, each listed after all of its parents (a depth-first post-order).
 * Walking this list backwards visits a node only once every path into it has delivered its
 * gradient; a breadth-first order gets `a = x + 1; b = 2a; out = a + b` wrong.
 */
export function topologicalOrder(root: Tensor): Tensor[] {
  const order: Tensor[] = [];
  const visited = new Set<Tensor>([root]);
  // An explicit stack instead of recursion, so a graph thousands of ops deep cannot overflow.
  const stack: Array<{ node: Tensor; next: number }> = [{ node: root, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next < top.node.parents.length) {
      const parent = top.node.parents[top.next++];
      if (!visited.has(parent)) {
        visited.add(parent);
        stack.push({ node: parent, next: 0 });
      }
    } else {
      order.push(top.node); // all parents are already in `order`
      stack.pop();
    }
  }
  return order;
}
// #endregion

// #region backward
/** Fills `.grad` of every tensor `root` depends on. Leaves accumulate; intermediate grads are fresh. */
export function backward(root: Tensor, seed?: Tensor): void {
  if (!root.requiresGrad) {
    throw new Error(`backward: called on a tensor of shape ${formatShape(root.shape)} that does not require grad`);
  }
  if (seed === undefined && root.size !== 1) {
    throw new Error(`backward: called on a tensor of shape ${formatShape(root.shape)} without a gradient seed`);
  }
  if (seed !== undefined && !sameShape(seed.shape, root.shape) && seed.size !== root.size) {
    throw new Error(`backward: seed of shape ${formatShape(seed.shape)} does not match tensor of shape ${formatShape(root.shape)}`);
  }
  const order = topologicalOrder(root);
  for (const node of order) {
    if (node.released) throw new Error(`backward: the graph was released by tidy(); call backward inside the same tidy(), or return the result from it`);
  }
  // Intermediate results hold the gradient of this call only, so a second backward does not
  // count the first one twice; leaves (parameters, inputs) keep accumulating until zeroGrad().
  for (const node of order) if (node.backwardFn !== null) node.grad = null;
  const g = gradBuffer(root);
  if (seed === undefined) g[0] += 1;
  else for (let i = 0; i < g.length; i++) g[i] += seed.data[i];
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    if (node.backwardFn !== null && node.grad !== null) node.backwardFn(node.grad.data);
  }
}
// #endregion
