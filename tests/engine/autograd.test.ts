// The graph: multiple uses, unequal paths, accumulation, noGrad, inspection and misuse.
import { describe, it, expect } from 'vitest';
import { tensor, Tensor, noGrad, isGradEnabled, topologicalOrder, add, mul, sum, zeros, ones } from '../../src/engine';

describe('backward over the graph', () => {
  it('paths of unequal length: a = x+1, b = 2a, out = a+b gives x.grad = 3', () => {
    const x = tensor(5, { requiresGrad: true });
    const a = x.add(1);
    const b = a.mul(2);
    const out = a.add(b);
    out.backward();
    expect(x.grad!.item()).toBe(3);
    expect(a.grad!.item()).toBe(3);
    expect(b.grad!.item()).toBe(1);
  });

  it('a node used several times sums the gradient of every use', () => {
    const x = tensor(3, { requiresGrad: true });
    const y = x.mul(x).mul(x).add(x); // x³ + x → 3x² + 1 = 28
    y.backward();
    expect(x.grad!.item()).toBe(28);
  });

  it('a long diamond chain where breadth-first order would lose gradient', () => {
    const x = tensor(1, { requiresGrad: true });
    let h = x;
    for (let i = 0; i < 10; i++) h = add(h, mul(h, 1)); // h doubles each time through two paths
    h.backward();
    expect(x.grad!.item()).toBe(1024);
  });

  it('topologicalOrder lists each parent before its children, each node once, root last', () => {
    const x = tensor([1, 2], { requiresGrad: true, label: 'x' });
    const a = x.mul(2), b = a.add(x), out = sum(b.mul(a));
    const order = topologicalOrder(out);
    expect(order[order.length - 1]).toBe(out);
    expect(new Set(order).size).toBe(order.length);
    for (const node of order) for (const p of node.parents) expect(order.indexOf(p)).toBeLessThan(order.indexOf(node));
    expect(order.map((n) => n.op)).toEqual([null, null, 'mul', 'add', 'mul', 'sum']);
  });

  it('a very deep graph does not overflow the stack', () => {
    const x = tensor(0.5, { requiresGrad: true });
    let h = x;
    for (let i = 0; i < 20000; i++) h = h.add(0);
    h.backward();
    expect(x.grad!.item()).toBe(1);
  });

  it('gradients accumulate across two backward calls until zeroed', () => {
    const w = tensor([1, -2], { requiresGrad: true });
    sum(w.mul(3)).backward();
    sum(w.mul(3)).backward();
    expect(Array.from(w.grad!.data)).toEqual([6, 6]);
    const graph = sum(w.mul(w)); // the same graph twice: leaves add up, intermediates do not double count
    graph.backward();
    graph.backward();
    expect(Array.from(w.grad!.data)).toEqual([6 + 4, 6 - 8]);
    w.zeroGrad();
    expect(w.grad).toBeNull();
  });

  it('the graph stays inspectable after backward: ops, parents, labels, intermediate grads', () => {
    const x = tensor([[1, 2]], { requiresGrad: true, label: 'x' });
    const w = tensor([[3], [4]], { requiresGrad: true, label: 'w' });
    const y = x.matmul(w).relu();
    const loss = sum(y);
    loss.backward();
    expect(loss.op).toBe('sum');
    expect(loss.parents).toEqual([y]);
    expect(y.op).toBe('relu');
    expect(y.parents[0].op).toBe('matmul');
    expect(y.parents[0].parents).toEqual([x, w]);
    expect(y.grad!.toArray()).toEqual([[1]]);
    expect(x.grad!.toArray()).toEqual([[3, 4]]);
    expect(w.grad!.toArray()).toEqual([[1], [2]]);
    expect(x.label).toBe('x');
  });

  it('an explicit seed is required for non-scalars and scales the gradient', () => {
    const x = tensor([[1], [2], [3], [4]], { requiresGrad: true });
    const y = x.mul(2);
    expect(() => y.backward()).toThrow('backward: called on a tensor of shape [4,1] without a gradient seed');
    y.backward(tensor([[1], [0], [2], [0.5]]));
    expect(Array.from(x.grad!.data)).toEqual([2, 0, 4, 1]);
  });

  it('backward on something that needs no grad says so', () => {
    expect(() => tensor(1).backward()).toThrow(/does not require grad/);
  });
});

describe('noGrad', () => {
  it('builds nothing: no op, no parents, no grad requirement, no backward', () => {
    const w = tensor([[1, 2], [3, 4]], { requiresGrad: true });
    const out = noGrad(() => {
      expect(isGradEnabled()).toBe(false);
      return sum(w.matmul(w).relu().sigmoid());
    });
    expect(isGradEnabled()).toBe(true);
    expect(out.op).toBeNull();
    expect(out.parents).toEqual([]);
    expect(out.requiresGrad).toBe(false);
    expect(out.backwardFn).toBeNull();
    expect(topologicalOrder(out)).toEqual([out]);
  });

  it('restores recording after an exception and nests', () => {
    expect(() => noGrad(() => { throw new Error('boom'); })).toThrow('boom');
    expect(isGradEnabled()).toBe(true);
    noGrad(() => noGrad(() => 1));
    expect(isGradEnabled()).toBe(true);
  });

  it('ops on tensors without requiresGrad record nothing either', () => {
    const y = zeros([2]).add(ones([2]));
    expect(y.op).toBeNull();
    expect(y.requiresGrad).toBe(false);
  });

  it('detach copies values and cuts the graph', () => {
    const x = tensor([1, 2], { requiresGrad: true });
    const y = x.mul(2);
    const d = y.detach();
    expect(d).toBeInstanceOf(Tensor);
    expect(d.op).toBeNull();
    expect(d.requiresGrad).toBe(false);
    d.data[0] = 99;
    expect(y.data[0]).toBe(2);
  });
});
