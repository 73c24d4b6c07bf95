// Backpropagation one node at a time, for the graph inspector. It walks the same reverse
// topological order as the engine's backward() and calls each node's real backward function, so
// what the reader steps through is exactly what `loss.backward()` does in one go.
import { tensor, topologicalOrder, type Tensor } from '../../engine';

export interface GraphExample {
  id: string;
  title: string;
  /** The expression as code, shown next to the picture. */
  code: string;
  build(): { root: Tensor; inputs: Tensor[] };
}

export const GRAPH_EXAMPLES: readonly GraphExample[] = [
  {
    id: 'unequal',
    title: 'Two paths of unequal length',
    code: 'a = x + 1;  b = 2 · a;  out = a + b',
    build() {
      const x = tensor(2, { requiresGrad: true, label: 'x' });
      const a = x.add(1); a.label = 'a';
      const b = a.mul(2); b.label = 'b';
      const out = a.add(b); out.label = 'out';
      return { root: out, inputs: [x] };
    },
  },
  {
    id: 'square',
    title: 'A chain: z = 3·x²',
    code: 'y = x ** 2;  z = 3 · y',
    build() {
      const x = tensor(2, { requiresGrad: true, label: 'x' });
      const y = x.pow(2); y.label = 'y';
      const z = y.mul(3); z.label = 'z';
      return { root: z, inputs: [x] };
    },
  },
  {
    id: 'neuron',
    title: 'One neuron and its loss',
    code: 'ŷ = x · w + b;  loss = (ŷ − y)²',
    build() {
      const x = tensor(1.5, { label: 'x' });
      const w = tensor(0.8, { requiresGrad: true, label: 'w' });
      const b = tensor(0.1, { requiresGrad: true, label: 'b' });
      const y = tensor(2, { label: 'y' });
      const xw = x.mul(w); xw.label = 'x·w';
      const yHat = xw.add(b); yHat.label = 'ŷ';
      const err = yHat.sub(y); err.label = 'ŷ − y';
      const loss = err.pow(2); loss.label = 'loss';
      return { root: loss, inputs: [w, b] };
    },
  },
];

export interface StepEvent {
  /** The node whose backward function just ran. */
  node: Tensor;
  /** Parents that received gradient in this step, with what each had before and after. */
  deliveries: { parent: Tensor; before: number[] | null; after: number[] }[];
}

export type BackwardOrder = 'topological' | 'breadth-first';

// #region breadth-first
/** The BUGGY order, kept to show why it fails: visit nodes by distance from the root, each once.
 *  A node can be visited before every user of it has sent its share of the gradient. */
export function breadthFirstOrder(root: Tensor): Tensor[] {
  const visited = new Set<Tensor>([root]);
  const queue: Tensor[] = [root];
  for (let i = 0; i < queue.length; i++) {
    for (const parent of queue[i].parents) {
      if (!visited.has(parent)) {
        visited.add(parent);
        queue.push(parent);
      }
    }
  }
  return queue;
}
// #endregion

export class BackwardStepper {
  /** Processing order, read from the end (as the engine reads its topological order). */
  readonly order: Tensor[];
  /** Every node in topological order, for drawing the graph whichever order is stepped. */
  readonly graph: Tensor[];
  /** Index into `order` of the next node to process, counting down; -1 when finished. */
  cursor: number;
  readonly history: StepEvent[] = [];

  constructor(readonly root: Tensor, readonly mode: BackwardOrder = 'topological') {
    this.graph = topologicalOrder(root);
    this.order = mode === 'topological' ? this.graph : breadthFirstOrder(root).reverse();
    for (const node of this.graph) node.grad = null;
    // The seed: d(root)/d(root) = 1.
    root.grad = tensor(new Array(root.size).fill(1));
    if (root.shape.length === 0) root.grad = tensor(1);
    this.cursor = this.order.length - 1;
  }

  get done(): boolean {
    return this.cursor < 0;
  }

  /** Processes the next node with a backward function (leaves have none and are skipped). */
  step(): StepEvent | null {
    while (this.cursor >= 0) {
      const node = this.order[this.cursor--];
      if (!node.backwardFn || !node.grad) continue;
      const parents = node.parents.filter((p) => p.requiresGrad);
      const before = parents.map((p) => (p.grad ? Array.from(p.grad.data) : null));
      node.backwardFn(node.grad.data);
      const event: StepEvent = {
        node,
        deliveries: parents.map((parent, i) => ({ parent, before: before[i], after: Array.from(parent.grad!.data) })),
      };
      this.history.push(event);
      // Skip past trailing leaves so `done` turns true right after the last real step.
      while (this.cursor >= 0 && !this.order[this.cursor].backwardFn) this.cursor--;
      return event;
    }
    return null;
  }

  /** The step (1-based) at which `node` ran its backward function, or null if it has not yet. */
  ranAt(node: Tensor): number | null {
    const i = this.history.findIndex((e) => e.node === node);
    return i < 0 ? null : i + 1;
  }

  runToEnd(): void {
    while (this.step());
  }
}

/** What the first input of a preset example ends with after a full backward in the given order. */
export function inputGradAfter(exampleId: string, mode: BackwardOrder): number {
  const example = GRAPH_EXAMPLES.find((e) => e.id === exampleId);
  if (!example) throw new Error(`inputGradAfter: no example "${exampleId}" (have ${GRAPH_EXAMPLES.map((e) => e.id).join(', ')})`);
  const { root, inputs } = example.build();
  new BackwardStepper(root, mode).runToEnd();
  return inputs[0].grad!.data[0];
}

/** How many nodes of a preset example's graph an operation produced (the non-leaves). */
export function operationNodeCount(exampleId: string): number {
  const example = GRAPH_EXAMPLES.find((e) => e.id === exampleId);
  if (!example) throw new Error(`operationNodeCount: no example "${exampleId}"`);
  return topologicalOrder(example.build().root).filter((n) => n.op !== null).length;
}
