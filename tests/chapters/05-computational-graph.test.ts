import { describe, expect, it } from 'vitest';
import { noGrad, tensor, topologicalOrder } from '../../src/engine';
import { BackwardStepper, GRAPH_EXAMPLES } from '../../src/widgets/GraphInspector/backwardStepper';
import { layoutGraph, nodeName } from '../../src/lab/graphLayout';

const example = (id: string) => GRAPH_EXAMPLES.find((e) => e.id === id)!;

describe('chapter 5: the graph an expression leaves behind', () => {
  it('records each result with its op and parents, and nothing under noGrad', () => {
    const { root } = example('square').build();
    expect(root.op).toBe('mul');
    expect(root.parents[0].op).toBe('pow');
    expect(root.parents[0].parents[0].label).toBe('x');
    const x = tensor(2, { requiresGrad: true });
    const z = noGrad(() => x.pow(2).mul(3));
    expect(z.op).toBeNull();
    expect(z.parents).toEqual([]);
    expect(z.requiresGrad).toBe(false);
  });

  it('lays the graph out so that every edge points to a later column', () => {
    for (const ex of GRAPH_EXAMPLES) {
      const { root } = ex.build();
      const layout = layoutGraph(topologicalOrder(root));
      expect(layout.nodes).toHaveLength(topologicalOrder(root).length);
      for (const e of layout.edges) expect(e.to.column).toBeGreaterThan(e.from.column);
      expect(new Set(layout.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(layout.nodes.length);
    }
    expect(nodeName(example('unequal').build().root)).toBe('out');
  });
});

describe('chapter 6: backpropagation step by step', () => {
  it('x = 2, y = x², z = 3y gives dz/dx = 12', () => {
    const { root, inputs } = example('square').build();
    new BackwardStepper(root).runToEnd();
    expect(inputs[0].grad!.item()).toBe(12);
  });

  it('a = x + 1, b = 2a, out = a + b gives x.grad = 3 (both paths delivered before x is used)', () => {
    const { root, inputs } = example('unequal').build();
    const stepper = new BackwardStepper(root);
    const first = stepper.step()!;
    expect(first.node.label).toBe('out');
    // a receives its gradient in two deliveries: 1 directly from out, then 2 more through b.
    stepper.runToEnd();
    const deliveriesToA = stepper.history.flatMap((e) => e.deliveries).filter((d) => d.parent.label === 'a');
    expect(deliveriesToA.map((d) => d.after[0])).toEqual([1, 3]);
    expect(inputs[0].grad!.item()).toBe(3);
    expect(stepper.done).toBe(true);
  });

  it('stepping gives exactly what the engine’s backward() gives', () => {
    for (const ex of GRAPH_EXAMPLES) {
      const stepped = ex.build();
      new BackwardStepper(stepped.root).runToEnd();
      const direct = ex.build();
      direct.root.backward();
      stepped.inputs.forEach((t, i) => expect(t.grad!.item()).toBeCloseTo(direct.inputs[i].grad!.item(), 12));
    }
  });

  it('the neuron example: d loss/dw = 2(ŷ − y)·x and d loss/db = 2(ŷ − y)', () => {
    const { root, inputs } = example('neuron').build();
    new BackwardStepper(root).runToEnd();
    const err = 1.5 * 0.8 + 0.1 - 2;
    expect(inputs[0].grad!.item()).toBeCloseTo(2 * err * 1.5, 12);
    expect(inputs[1].grad!.item()).toBeCloseTo(2 * err, 12);
  });
});

describe('chapter 5: claims about the pictured graphs', () => {
  it('the neuron graph has four operation nodes and four leaves; x + 1 makes the 1 a leaf node', () => {
    const neuron = topologicalOrder(example('neuron').build().root);
    expect(neuron.filter((n) => n.op).map((n) => n.op)).toEqual(['mul', 'add', 'sub', 'pow']);
    expect(neuron.filter((n) => !n.op).map(nodeName)).toEqual(['x', 'w', 'b', 'y']);
    const unequal = topologicalOrder(example('unequal').build().root);
    expect(unequal.filter((n) => !n.op).map(nodeName)).toEqual(['x', '1', '2']);
  });

  it('a result requires gradients exactly when one of its inputs does (equation 5.1)', () => {
    const data = tensor([1, 2]);
    const w = tensor([3, 4], { requiresGrad: true });
    expect(data.mul(data).requiresGrad).toBe(false);
    expect(data.mul(data).op).toBeNull();
    expect(data.mul(w).requiresGrad).toBe(true);
    expect(data.mul(w).op).toBe('mul');
  });
});

describe('chapter 6: numbers and claims in the text', () => {
  it('the neuron exercise: ∂loss/∂w = −2.1', () => {
    const { root, inputs } = example('neuron').build();
    root.backward();
    expect(inputs[0].grad!.item()).toBeCloseTo(-2.1, 12);
  });

  it('a breadth-first sweep with the same backward rules loses gradient: x.grad comes out 1, not 3', () => {
    const { root, inputs } = example('unequal').build();
    root.grad = tensor(1);
    const queue = [root];
    const seen = new Set(queue);
    while (queue.length) {
      const node = queue.shift()!;
      if (node.backwardFn && node.grad) node.backwardFn(node.grad.data);
      for (const p of node.parents) if (!seen.has(p)) { seen.add(p); queue.push(p); }
    }
    expect(inputs[0].grad!.item()).toBe(1);
  });
});
