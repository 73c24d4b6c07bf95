// Modules, initialisation, parameter snapshots, random streams, data loading and compiled inference.
import { describe, it, expect } from 'vitest';
import {
  Linear, Sequential, mlp, Activation, ReLU, Dropout, snapshotParameters, loadParameters, copyParameters,
  createRng, tensor, randn, TensorDataset, DataLoader, compileMlp, noGrad, ACTIVATION_NAMES, Module, Parameter, type Tensor,
} from '../../src/engine';

describe('nn', () => {
  it('Linear has weight [out, in], bias [out], and computes x·Wᵀ + b', () => {
    const l = new Linear(3, 2, { rng: createRng(0) });
    expect(l.weight.shape).toEqual([2, 3]);
    expect(l.bias!.shape).toEqual([2]);
    l.weight.data.set([1, 2, 3, 4, 5, 6]);
    l.bias!.data.set([10, 20]);
    expect(l.forward(tensor([[1, 0, -1]])).toArray()).toEqual([[8, 18]]);
    expect(new Linear(3, 2, { rng: createRng(0), bias: false }).parameters()).toHaveLength(1);
  });

  it('Xavier and He initialisations have the documented spread and are seeded', () => {
    const x = new Linear(200, 100, { rng: createRng(1), init: 'xavier' }).weight.data;
    const bound = Math.sqrt(6 / 300);
    expect(Math.max(...x)).toBeLessThanOrEqual(bound);
    expect(Math.min(...x)).toBeGreaterThanOrEqual(-bound);
    expect(Math.max(...x)).toBeGreaterThan(bound * 0.98);
    const h = new Linear(200, 100, { rng: createRng(1), init: 'he' }).weight.data;
    const std = Math.sqrt(h.reduce((s, v) => s + v * v, 0) / h.length);
    expect(std).toBeCloseTo(Math.sqrt(2 / 200), 2);
    const again = new Linear(200, 100, { rng: createRng(1), init: 'he' }).weight.data;
    expect(Array.from(again)).toEqual(Array.from(h));
  });

  it('mlp builds Linear/activation layers with stable, named parameters', () => {
    const m = mlp({ sizes: [2, 8, 8, 1], activation: 'tanh', rng: createRng(2) });
    expect(m.layers.map((l) => l.constructor.name)).toEqual(['Linear', 'Activation', 'Linear', 'Activation', 'Linear']);
    expect(m.namedParameters().map(([n, p]) => `${n}:${p.shape}`)).toEqual([
      '0.weight:8,2', '0.bias:8', '2.weight:8,8', '2.bias:8', '4.weight:1,8', '4.bias:1',
    ]);
    expect(mlp({ sizes: [2, 4, 1], activation: 'none', rng: createRng(2) }).layers).toHaveLength(2);
  });

  it('nested modules register their children’s parameters; train/eval reach every child', () => {
    class Block extends Module {
      inner = new Sequential(new Linear(2, 2, { rng: createRng(3) }), new ReLU(), new Dropout(0.5, createRng(3)));
      scale = new Parameter(new Float64Array([1]), [1]);
      forward(x: Tensor): Tensor { return this.inner.forward(x).mul(this.scale); }
    }
    const b = new Block();
    expect(b.namedParameters().map(([n]) => n)).toEqual(['scale', 'inner.0.weight', 'inner.0.bias']);
    b.eval();
    expect(b.inner.layers.every((l) => !l.training)).toBe(true);
    b.train();
    expect(b.inner.layers[2].training).toBe(true);
  });

  it('snapshot/load restores the same initial weights in place; copyParameters clones a model', () => {
    const m = mlp({ sizes: [2, 4, 1], activation: 'relu', rng: createRng(4) });
    const snap = snapshotParameters(m);
    const weightArray = m.parameters()[0].data;
    for (const p of m.parameters()) p.data.fill(0.123);
    loadParameters(m, snap);
    expect(m.parameters()[0].data).toBe(weightArray);
    expect(snapshotParameters(m).map((a) => Array.from(a))).toEqual(snap.map((a) => Array.from(a)));
    const other = mlp({ sizes: [2, 4, 1], activation: 'relu', rng: createRng(99) });
    copyParameters(m, other);
    expect(snapshotParameters(other).map((a) => Array.from(a))).toEqual(snap.map((a) => Array.from(a)));
  });

  it('Activation rejects unknown names', () => {
    expect(() => new Activation('swish' as never)).toThrow('Activation: unknown activation "swish"');
  });
});

describe('random streams', () => {
  it('same seed and name → same numbers; different names → independent streams', () => {
    const a = createRng(42).stream('init'), b = createRng(42).stream('init'), c = createRng(42).stream('data');
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    expect(createRng(43).stream('init').next()).not.toBe(xs[0]);
  });

  it('drawing from one stream does not shift another', () => {
    const r1 = createRng(7), r2 = createRng(7);
    const d1 = r1.stream('data');
    for (let i = 0; i < 100; i++) d1.next();
    expect(r1.stream('init').next()).toBe(r2.stream('init').next());
  });

  it('int, shuffle and normal behave', () => {
    const r = createRng(5);
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[r.int(3)]++;
    for (const c of counts) expect(c).toBeGreaterThan(900);
    const arr = r.shuffle([0, 1, 2, 3, 4, 5, 6, 7]);
    expect([...arr].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const zs = Array.from({ length: 4000 }, () => r.normal());
    expect(zs.filter((z) => Math.abs(z) < 1).length / 4000).toBeCloseTo(0.683, 1);
  });
});

describe('data', () => {
  const x = tensor([[0], [1], [2], [3], [4]]), y = tensor([0, 10, 20, 30, 40]);
  it('TensorDataset pairs rows', () => {
    const ds = new TensorDataset(x, y);
    expect(ds.length).toBe(5);
    const [xi, yi] = ds.get(3);
    expect(xi.toArray()).toEqual([3]);
    expect(yi.toArray()).toBe(30);
    expect(() => new TensorDataset(x, tensor([1, 2]))).toThrow('TensorDataset: x [5,1] and y [2] need the same number of rows');
  });

  it('DataLoader batches in order, drops the last batch on request, shuffles reproducibly', () => {
    const ds = new TensorDataset(x, y);
    const plain = [...new DataLoader(ds, { batchSize: 2 })].map(([bx]) => bx.toArray());
    expect(plain).toEqual([[[0], [1]], [[2], [3]], [[4]]]);
    expect([...new DataLoader(ds, { batchSize: 2, dropLast: true })]).toHaveLength(2);
    const order = (seed: number) =>
      [...new DataLoader(ds, { batchSize: 5, shuffle: true, rng: createRng(seed).stream('batches') })][0][1].toArray();
    expect(order(1)).toEqual(order(1));
    const seen = new Set([1, 2, 3, 4, 5, 6].map((s) => JSON.stringify(order(s))));
    expect(seen.size).toBeGreaterThan(1); // the seed matters
    const [bx, by] = [...new DataLoader(ds, { batchSize: 5, shuffle: true, rng: createRng(3) })][0];
    expect(Array.from(bx.data, (v) => v * 10)).toEqual(Array.from(by.data)); // rows stay paired
  });
});

describe('compileMlp', () => {
  it('matches the tensor forward for every activation, over many points', () => {
    const pts = randn([1000, 2], createRng(8).stream('data'));
    for (const activation of ACTIVATION_NAMES) {
      const m = mlp({ sizes: [2, 8, 8, 3], activation, rng: createRng(8).stream('init') });
      const out = new Float64Array(1000 * 3);
      compileMlp(m).forward(pts.data, 1000, out);
      const ref = noGrad(() => m.forward(pts)).data;
      for (let i = 0; i < out.length; i++) expect(out[i]).toBeCloseTo(ref[i], 12);
    }
  });

  it('reads live weights (no refresh after training or loading) and leaves inputs alone', () => {
    const m = mlp({ sizes: [2, 4, 1], activation: 'relu', rng: createRng(9) });
    const f = compileMlp(m);
    const input = Float64Array.of(0.5, -0.25), copy = input.slice(), out = new Float64Array(1);
    f.forward(input, 1, out);
    const before = out[0];
    m.parameters()[3].data[0] += 1; // output bias
    f.forward(input, 1, out);
    expect(out[0]).toBeCloseTo(before + 1, 14);
    expect(Array.from(input)).toEqual(Array.from(copy));
    expect(() => f.forward(input, 2, out)).toThrow('compileMlp.forward: 2 points need 4 inputs and 2 outputs');
  });

  it('works with an activation first and Dropout (identity at inference)', () => {
    const m = new Sequential(new Activation('tanh'), new Linear(2, 2, { rng: createRng(1) }), new Dropout(0.5, createRng(1)));
    m.eval();
    const x = tensor([[3, -4], [0.1, 0.2]]), out = new Float64Array(4);
    compileMlp(m).forward(x.data, 2, out);
    expect(Array.from(out)).toEqual(Array.from(noGrad(() => m.forward(x)).data));
    expect(x.toArray()).toEqual([[3, -4], [0.1, 0.2]]);
  });
});
