// LayerNorm, BatchNorm1d, Embedding and the module tree: values by hand, gradient checks, state dicts.
import { describe, it, expect } from 'vitest';
import {
  tensor, createRng, layerNorm, batchNorm, LayerNorm, BatchNorm1d, Embedding, Linear, ReLU, Dropout, Sequential,
  mlp, tensorStats, forwardWithActivations, gradStats, mseLoss, sum, tidy, noGrad,
} from '../../src/engine';
import { gradCheck, randomTensor, TOLERANCE } from './gradcheck';

const rng = () => createRng(11).stream('test');

describe('layerNorm', () => {
  it('normalizes each row by its mean and biased variance', () => {
    const y = layerNorm(tensor([[1, 2, 3], [2, 2, 5]]), [3], null, null, 0);
    const s = Math.sqrt(2 / 3);
    expect(y.data[0]).toBeCloseTo(-1 / s, 14);
    expect(y.data[2]).toBeCloseTo(1 / s, 14);
    expect(y.data[5]).toBeCloseTo(2 / Math.sqrt(2), 14); // row 2: mean 3, var 2
  });
  it('gradient check: x, γ and β, over one and over two trailing axes', () => {
    const r = rng();
    const x = randomTensor([3, 4], r), w = randomTensor([4], r), b = randomTensor([4], r);
    expect(gradCheck((a, g, c) => layerNorm(a, [4], g, c), [x, w, b]).worst).toBeLessThan(TOLERANCE);
    const x3 = randomTensor([2, 3, 2], r), w3 = randomTensor([3, 2], r);
    expect(gradCheck((a, g) => layerNorm(a, [3, 2], g), [x3, w3]).worst).toBeLessThan(TOLERANCE);
    expect(gradCheck((a) => layerNorm(a, [2]), [randomTensor([5, 2], r)]).worst).toBeLessThan(TOLERANCE);
  });
  it('the layer: γ = 1, β = 0 at first; shape errors name both shapes; unknown options throw', () => {
    const ln = new LayerNorm(3);
    expect(ln.parameters().map((p) => Array.from(p.data))).toEqual([[1, 1, 1], [0, 0, 0]]);
    expect(() => ln.forward(tensor([[1, 2]]))).toThrow('layerNorm: input [1,2] does not end with normalizedShape [3]');
    expect(() => new LayerNorm(3, { elementwise_affine: false } as never)).toThrow('LayerNorm: unknown option "elementwise_affine"');
    expect(new LayerNorm([2, 2], { elementwiseAffine: false }).numParameters()).toBe(0);
  });
});

describe('batchNorm', () => {
  it('training mode: batch statistics, and running stats move by momentum with the unbiased variance', () => {
    const bn = new BatchNorm1d(2);
    const x = tensor([[1, 10], [3, 10], [5, 16]]);
    const y = bn.forward(x);
    // feature 0: mean 3, biased var 8/3
    expect(y.data[0]).toBeCloseTo(-2 / Math.sqrt(8 / 3 + 1e-5), 12);
    expect(bn.runningMean!.data[0]).toBeCloseTo(0.1 * 3, 15);
    expect(bn.runningVar!.data[0]).toBeCloseTo(0.9 * 1 + 0.1 * 4, 15); // unbiased var 8/2 = 4
    expect(bn.runningVar!.data[1]).toBeCloseTo(0.9 + 0.1 * 12, 13); // feature 1: mean 12, unbiased var 24/2
  });
  it('eval mode uses the running statistics; train()/eval() reach it inside a Sequential', () => {
    const bn = new BatchNorm1d(1);
    const model = new Sequential(bn);
    model.forward(tensor([[0], [2]])); // running mean 0.1, running var 0.9 + 0.1·2 = 1.1
    model.eval();
    expect(bn.training).toBe(false);
    expect(model.forward(tensor([[1]])).item()).toBeCloseTo((1 - 0.1) / Math.sqrt(1.1 + 1e-5), 12);
    model.train();
    expect(bn.training).toBe(true);
    expect(() => model.forward(tensor([[1]]))).toThrow('batchNorm: training needs more than 1 value per channel, got input [1,1]');
  });
  it('gradient check in training mode ([N, C] and [N, C, L]) and in eval mode', () => {
    const r = rng();
    const x = randomTensor([4, 3], r), w = randomTensor([3], r), b = randomTensor([3], r);
    expect(gradCheck((a, g, c) => batchNorm(a, null, null, g, c, { training: true }), [x, w, b]).worst).toBeLessThan(TOLERANCE);
    const x3 = randomTensor([2, 2, 3], r), w3 = randomTensor([2], r);
    expect(gradCheck((a, g) => batchNorm(a, null, null, g, null, { training: true }), [x3, w3]).worst).toBeLessThan(TOLERANCE);
    const rm = tensor([0.5, -0.2]), rv = tensor([2, 0.5]);
    expect(gradCheck((a, g, c) => batchNorm(a, rm, rv, g, c, { training: false }), [randomTensor([3, 2], r), randomTensor([2], r), randomTensor([2], r)]).worst).toBeLessThan(TOLERANCE);
  });
  it('without running statistics eval mode also uses the batch; bad options throw', () => {
    const bn = new BatchNorm1d(1, { trackRunningStats: false }).eval();
    expect(Array.from(bn.forward(tensor([[1], [3]])).data).map((v) => Math.round(v * 1e4) / 1e4)).toEqual([-1, 1]);
    expect(() => new BatchNorm1d(2, { momentum: null } as never)).toThrow(/BatchNorm1d: momentum/);
    expect(() => new BatchNorm1d(2, { affline: true } as never)).toThrow('BatchNorm1d: unknown option "affline"');
    expect(() => new BatchNorm1d(2).forward(tensor([[1, 2, 3]]))).toThrow(/BatchNorm1d: input \[1,3\] needs 2 features/);
  });
});

describe('Embedding', () => {
  it('looks rows up; the gradient adds into repeated rows; bad indices name the index', () => {
    const emb = new Embedding(5, 3, rng());
    const idx = tensor([[1, 4], [1, 0]]);
    const y = emb.forward(idx);
    expect(y.shape).toEqual([2, 2, 3]);
    expect(Array.from(y.data.slice(0, 3))).toEqual(Array.from(emb.weight.data.slice(3, 6)));
    sum(y).backward();
    expect(Array.from(emb.weight.grad!.data)).toEqual([1, 1, 1, 2, 2, 2, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
    expect(() => emb.forward(tensor([5]))).toThrow('Embedding: index 5 at position 0 of [1] is out of range for 5 embeddings');
    expect(gradCheck((w) => sum(w.index(tensor([0, 2, 2])).mul(w.index(tensor([1, 1, 4]))), 1), [emb.weight]).worst).toBeLessThan(TOLERANCE);
  });
});

describe('the module tree', () => {
  const build = () => new Sequential(new Linear(2, 4, { rng: createRng(1).stream('init') }), new BatchNorm1d(4), new ReLU(), new Dropout(0.5, createRng(2)), new LayerNorm(4), new Linear(4, 1, { rng: createRng(3).stream('init') }));

  it('dotted names, modules, parameter count', () => {
    const m = build();
    expect(m.namedParameters().map(([n]) => n)).toEqual(['0.weight', '0.bias', '1.weight', '1.bias', '4.weight', '4.bias', '5.weight', '5.bias']);
    expect(m.namedModules().map(([n, mod]) => `${n}:${mod.constructor.name}`)).toEqual(
      [':Sequential', '0:Linear', '1:BatchNorm1d', '2:ReLU', '3:Dropout', '4:LayerNorm', '5:Linear'],
    );
    expect(m.numParameters()).toBe(8 + 4 + 4 + 4 + 4 + 4 + 4 + 1);
    expect(m.namedBuffers().map(([n]) => n)).toEqual(['1.runningMean', '1.runningVar']);
  });

  it('stateDict round trip through JSON gives identical outputs (eval mode, running stats included)', () => {
    const a = build();
    const x = tensor([[0.5, -1], [2, 0.25], [-0.3, 0.8]]);
    for (let i = 0; i < 3; i++) a.forward(x); // move the running statistics
    a.eval();
    const json = JSON.stringify(a.stateDict());
    const b = build();
    b.loadStateDict(JSON.parse(json));
    b.eval();
    expect(Array.from(b.forward(x).data)).toEqual(Array.from(a.forward(x).data));
    expect(Array.from((b.layers[1] as BatchNorm1d).runningMean!.data)).toEqual(Array.from((a.layers[1] as BatchNorm1d).runningMean!.data));
  });

  it('loadStateDict checks every entry first and names the parameter', () => {
    const m = build();
    const state = m.stateDict();
    const before = Array.from(m.parameters()[0].data);
    const wrong = { ...state, '0.bias': { shape: [2, 2], data: [0, 0, 0, 0] }, '0.weight': { shape: [4, 2], data: new Array(8).fill(7) } };
    expect(() => m.loadStateDict(wrong)).toThrow('loadStateDict: "0.bias" has shape [2,2] in the state but [4] in the model');
    expect(Array.from(m.parameters()[0].data)).toEqual(before); // nothing written
    const { ['5.bias']: _dropped, ...missing } = state;
    expect(() => m.loadStateDict(missing)).toThrow('loadStateDict: missing entry "5.bias" of shape [1]');
    expect(() => m.loadStateDict({ ...state, extra: { shape: [1], data: [0] } })).toThrow(/loadStateDict: unexpected entry "extra"/);
    expect(() => m.loadStateDict({ ...state, '5.bias': { shape: [1], data: [null as never] } })).toThrow(/"5.bias" value 0 is null, not a number/);
    m.loadStateDict(missing, { strict: false });
  });
});

describe('statistics for widgets', () => {
  it('tensorStats: one pass; NaN visible', () => {
    const s = tensorStats(tensor([0, 3, -4, 0]));
    expect(s).toEqual({ mean: -0.25, std: Math.sqrt(25 / 4 - 0.0625), min: -4, max: 3, norm: 5, fractionZero: 0.5, nonFinite: 0 });
    const n = tensorStats(tensor([1, NaN, Infinity]));
    expect(Number.isNaN(n.mean) && Number.isNaN(n.min) && Number.isNaN(n.max)).toBe(true);
    expect(n.nonFinite).toBe(2);
  });
  it('forwardWithActivations keeps each layer output; gradStats after backward', () => {
    const model = mlp({ sizes: [2, 3, 1], activation: 'relu', rng: createRng(4).stream('init') });
    const x = tensor([[1, 2], [-1, 0.5]]);
    const { output, activations } = forwardWithActivations(model, x);
    expect(activations.map((a) => a.shape)).toEqual([[2, 3], [2, 3], [2, 1]]);
    expect(activations[2]).toBe(output);
    expect(Array.from(output.data)).toEqual(Array.from(noGrad(() => model.forward(x)).data));
    expect(gradStats(model).every((g) => !g.hasGrad)).toBe(true);
    tidy(() => { mseLoss(output, tensor([[1], [0]])).backward(); return 0; });
    const stats = gradStats(model);
    expect(stats.map((g) => g.name)).toEqual(['0.weight', '0.bias', '2.weight', '2.bias']);
    const g = model.parameters()[3].grad!.data[0];
    expect(stats[3]).toEqual({ name: '2.bias', hasGrad: true, norm: Math.abs(g), mean: g, std: 0 });
  });
});
