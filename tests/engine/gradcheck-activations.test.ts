// Finite-difference checks of the activations, softmax/logSoftmax, the losses and dropout.
import { describe, it, expect } from 'vitest';
import {
  Tensor, createRng, relu, leakyRelu, sigmoid, tanh, gelu, elu, softplus, silu, softmax, logSoftmax,
  mseLoss, bceWithLogits, bceLoss, crossEntropy, Dropout, ACTIVATIONS, ACTIVATION_NAMES, tensor, sum,
} from '../../src/engine';
import { gradCheck, randomTensor, TOLERANCE } from './gradcheck';

function check(label: string, f: (...xs: Tensor[]) => Tensor, inputs: Tensor[]): void {
  const r = gradCheck(f, inputs);
  expect(r.worst, `${label}: ${r.where}`).toBeLessThan(TOLERANCE);
}

describe('gradient check: activations', () => {
  const cases: Array<[string, (x: Tensor) => Tensor]> = [
    ['relu', relu], ['leakyRelu', (x) => leakyRelu(x, 0.1)], ['sigmoid', sigmoid], ['tanh', tanh],
    ['gelu tanh', (x) => gelu(x, 'tanh')], ['gelu exact', (x) => gelu(x, 'exact')],
    ['elu', (x) => elu(x, 0.7)], ['softplus', softplus], ['silu', silu],
  ];
  for (const [name, f] of cases) {
    it(`${name} over several shapes and a wide range of inputs`, () => {
      const rng = createRng(21).stream(name);
      for (const shape of [[7], [3, 4], [2, 2, 3]]) check(name, f, [randomTensor(shape, rng, { min: 0.05, max: 4 })]);
    });
  }

  it('every registry entry is differentiable', () => {
    const rng = createRng(22).stream('registry');
    for (const name of ACTIVATION_NAMES) check(name, ACTIVATIONS[name], [randomTensor([3, 3], rng)]);
  });

  it('gelu exact matches x·Φ(x) at known points', () => {
    const g = gelu(tensor([-1, 0, 1, 2]), 'exact').data;
    // Φ(1) = 0.8413447460685429, Φ(2) = 0.9772498680518208
    expect(g[0]).toBeCloseTo(-1 * (1 - 0.8413447460685429), 14);
    expect(g[1]).toBe(0);
    expect(g[2]).toBeCloseTo(0.8413447460685429, 14);
    expect(g[3]).toBeCloseTo(2 * 0.9772498680518208, 14);
  });
});

describe('gradient check: softmax family', () => {
  const rng = createRng(23).stream('softmax');
  for (const [name, f] of [['softmax', softmax], ['logSoftmax', logSoftmax]] as const) {
    it(`${name} along every axis`, () => {
      for (const shape of [[5], [3, 4], [2, 3, 4]]) {
        const x = randomTensor(shape, rng, { max: 3 });
        for (let axis = -shape.length; axis < shape.length; axis++) check(`${name} axis ${axis}`, (t) => f(t, axis), [x]);
      }
    });
  }
});

describe('gradient check: losses', () => {
  const rng = createRng(24).stream('losses');
  it('mseLoss against both inputs', () => {
    check('mse', (p, t) => mseLoss(p, t), [randomTensor([5, 1], rng), randomTensor([5, 1], rng)]);
  });
  it('bceWithLogits (logits and targets) and bceLoss', () => {
    const targets = new Tensor(Float64Array.from([0, 1, 1, 0, 0.3, 0.9]), [6, 1]);
    check('bceWithLogits', (z) => bceWithLogits(z, targets), [randomTensor([6, 1], rng, { max: 4 })]);
    check('bceWithLogits soft targets', (z, y) => bceWithLogits(z, y), [randomTensor([6, 1], rng), randomTensor([6, 1], rng, { positive: true, max: 0.9 })]);
    check('bceLoss', (p) => bceLoss(p, targets), [randomTensor([6, 1], rng, { positive: true, min: 0.1, max: 0.9 })]);
  });
  it('crossEntropy with index tensors and arrays', () => {
    check('crossEntropy', (z) => crossEntropy(z, [2, 0, 1, 2]), [randomTensor([4, 3], rng, { max: 3 })]);
    check('crossEntropy tensor labels', (z) => crossEntropy(z, tensor([1, 1, 0])), [randomTensor([3, 5], rng)]);
  });
  it('losses agree with their textbook formulas', () => {
    const z = tensor([[2], [-1], [0.5]]), y = tensor([[1], [0], [1]]);
    const p = Array.from(sigmoid(z).data);
    const expected = -(Math.log(p[0]) + Math.log(1 - p[1]) + Math.log(p[2])) / 3;
    expect(bceWithLogits(z, y).item()).toBeCloseTo(expected, 14);
    expect(bceLoss(sigmoid(z), y).item()).toBeCloseTo(expected, 12);
    const logits = tensor([[1, 2, 3], [1, 1, 1]]);
    const ls = logSoftmax(logits).data;
    expect(crossEntropy(logits, [2, 0]).item()).toBeCloseTo(-(ls[2] + ls[3]) / 2, 14);
    expect(mseLoss(tensor([1, 2]), tensor([0, 4])).item()).toBe(2.5);
  });
  it('bceWithLogits stays finite for huge logits', () => {
    const l = bceWithLogits(tensor([[1000], [-1000]]), tensor([[0], [1]]));
    expect(l.item()).toBe(1000);
  });
});

describe('dropout', () => {
  it('has the gradient of its mask (same seed → same mask)', () => {
    const rng = createRng(25).stream('x');
    check('dropout', (x) => new Dropout(0.4, createRng(3).stream('dropout')).forward(x), [randomTensor([6, 5], rng)]);
  });
  it('keeps the expected value (inverted scaling) and is the identity in eval mode', () => {
    const d = new Dropout(0.25, createRng(4).stream('dropout'));
    const x = tensor(new Array(20000).fill(1));
    const y = d.forward(x);
    const kept = Array.from(y.data).filter((v) => v !== 0);
    expect(kept.every((v) => Math.abs(v - 1 / 0.75) < 1e-15)).toBe(true);
    expect(sum(y).item() / 20000).toBeGreaterThan(0.97);
    expect(sum(y).item() / 20000).toBeLessThan(1.03);
    d.eval();
    expect(d.forward(x)).toBe(x);
  });
});
