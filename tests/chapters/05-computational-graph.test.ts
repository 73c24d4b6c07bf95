// Chapter 5's facts about the computational graph, recomputed with the engine; the numbers the text
// states are checked against the chapter's words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noGrad, tensor, topologicalOrder } from '../../src/engine';
import { GRAPH_EXAMPLES, operationNodeCount } from '../../src/widgets/GraphInspector/backwardStepper';
import { layoutGraph, nodeName } from '../../src/lab/graphLayout';

const example = (id: string) => GRAPH_EXAMPLES.find((e) => e.id === id)!;

const text = readFileSync(join(import.meta.dirname, '../../chapters/05-computational-graph.mdx'), 'utf8');

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

describe('chapter 5: the exercise', () => {
  it('the neuron graph has 4 operation nodes, and the exercise computes that from the engine', () => {
    expect(operationNodeCount('neuron')).toBe(4);
    expect(text).toContain("expected={operationNodeCount('neuron')}");
    expect(text).toContain('Four: mul, add, sub and pow');
  });
});
