// Finite-difference checks of matmul, linear, reductions, shape ops, selection and where-style ops.
import { describe, it, expect } from 'vitest';
import {
  Tensor, createRng, matmul, linear, sum, mean, max, reshape, transpose, permute, unsqueeze, squeeze, slice, index,
  concat, where, maskedFill, clamp, tril, flatten, tensor, mul,
} from '../../src/engine';
import { gradCheck, randomTensor, TOLERANCE } from './gradcheck';

function check(label: string, f: (...xs: Tensor[]) => Tensor, inputs: Tensor[]): void {
  const r = gradCheck(f, inputs);
  expect(r.worst, `${label}: ${r.where}`).toBeLessThan(TOLERANCE);
  expect(r.checked).toBeGreaterThan(0);
}

describe('gradient check: matmul and linear', () => {
  const rng = createRng(11).stream('matmul');
  const cases: Array<[number[], number[]]> = [
    [[3, 4], [4, 2]], [[1, 5], [5, 1]], [[4, 3], [3, 6]],
    [[2, 3, 4], [2, 4, 5]], // batched, same batch
    [[2, 3, 4], [4, 5]], // batched @ 2-D (broadcast)
    [[3, 4], [2, 4, 2]], // 2-D @ batched
    [[2, 1, 3, 4], [5, 4, 2]], // batch dims broadcast both ways
    [[4], [4, 3]], [[3, 4], [4]], [[4], [4]], [[2, 3, 4], [4]], // 1-D operands
  ];
  for (const [sa, sb] of cases) {
    it(`matmul ${JSON.stringify(sa)} @ ${JSON.stringify(sb)}`, () => {
      check('matmul', (a, b) => matmul(a, b), [randomTensor(sa, rng), randomTensor(sb, rng)]);
    });
  }

  it('linear with and without bias, 2-D and 3-D inputs, equals x @ Wᵀ + b', () => {
    for (const xs of [[5, 3], [2, 4, 3], [3]]) {
      const x = randomTensor(xs, rng), w = randomTensor([4, 3], rng), b = randomTensor([4], rng);
      check('linear+bias', (p, q, r) => linear(p, q, r), [x, w, b]);
      check('linear', (p, q) => linear(p, q), [x, w]);
      const fused = linear(x, w, b).data, plain = matmul(x, transpose(w)).add(b).data;
      for (let i = 0; i < fused.length; i++) expect(fused[i]).toBeCloseTo(plain[i], 12);
    }
  });
});

describe('gradient check: reductions', () => {
  const rng = createRng(12).stream('reduce');
  const shapes = [[5], [3, 4], [2, 3, 4]];
  for (const [name, op] of [['sum', sum], ['mean', mean], ['max', max]] as const) {
    it(`${name} over all axes and each axis, with and without keepdims`, () => {
      for (const shape of shapes) {
        const x = randomTensor(shape, rng);
        check(`${name} all`, (t) => op(t), [x]);
        check(`${name} all keepdims`, (t) => op(t, undefined, true), [x]);
        for (let axis = -shape.length; axis < shape.length; axis++) {
          check(`${name} axis ${axis}`, (t) => op(t, axis), [x]);
          check(`${name} axis ${axis} keepdims`, (t) => op(t, axis, true), [x]);
        }
      }
    });
  }

  it('keepdims keeps a length-1 axis', () => {
    const x = randomTensor([2, 3, 4], rng);
    expect(sum(x, 1, true).shape).toEqual([2, 1, 4]);
    expect(mean(x, -1).shape).toEqual([2, 3]);
    expect(max(x).shape).toEqual([]);
  });
});

describe('gradient check: shape ops', () => {
  const rng = createRng(13).stream('shape');
  it('reshape (with −1), flatten, transpose, permute, unsqueeze, squeeze, .T', () => {
    const x = randomTensor([2, 3, 4], rng);
    check('reshape', (t) => reshape(t, [4, -1]), [x]);
    check('flatten', (t) => flatten(t), [x]);
    check('transpose default', (t) => transpose(t), [x]);
    check('transpose 0 2', (t) => transpose(t, 0, 2), [x]);
    check('permute', (t) => permute(t, [2, 0, 1]), [x]);
    check('.T', (t) => t.T, [x]);
    check('unsqueeze', (t) => unsqueeze(t, 1), [x]);
    check('unsqueeze -1', (t) => unsqueeze(t, -1), [x]);
    const y = randomTensor([3, 1, 4, 1], rng);
    check('squeeze all', (t) => squeeze(t), [y]);
    check('squeeze 1', (t) => squeeze(t, 1), [y]);
  });

  it('transpose moves the values it should', () => {
    const t = tensor([[1, 2, 3], [4, 5, 6]]);
    expect(transpose(t).toArray()).toEqual([[1, 4], [2, 5], [3, 6]]);
    expect(permute(tensor([[[1, 2], [3, 4]]]), [2, 1, 0]).toArray()).toEqual([[[1], [3]], [[2], [4]]]);
  });
});

describe('gradient check: selection', () => {
  const rng = createRng(14).stream('select');
  it('slice with ranges, steps, negative bounds and single positions', () => {
    const x = randomTensor([4, 5, 3], rng);
    check('slice rows', (t) => slice(t, [[1, 3]]), [x]);
    check('slice step', (t) => slice(t, [null, [0, 5, 2], [1]]), [x]);
    check('slice negative', (t) => slice(t, [[-2], -1]), [x]);
    check('slice position', (t) => slice(t, [2, [1, 4], 0]), [x]);
    expect(slice(x, [2, [1, 4], 0]).shape).toEqual([3]);
    expect(slice(x, [null, [0, 5, 2]]).shape).toEqual([4, 3, 3]);
  });

  it('index with repeated positions accumulates their gradients', () => {
    const x = randomTensor([4, 3], rng);
    check('index repeats', (t) => index(t, [0, 2, 2, 3, 0, 2]), [x]);
    check('index tensor 2-D', (t) => index(t, tensor([[1, 1], [3, 0]])), [x]);
    check('index number', (t) => index(t, -1), [x]);
    x.grad = null;
    sum(index(x, [1, 1, 1])).backward();
    expect(Array.from(x.grad!.data)).toEqual([0, 0, 0, 3, 3, 3, 0, 0, 0, 0, 0, 0]);
  });

  it('concat along each axis', () => {
    const a = randomTensor([2, 3], rng), b = randomTensor([2, 1], rng), c = randomTensor([4, 3], rng);
    check('concat axis 1', (p, q) => concat([p, q], 1), [a, b]);
    check('concat axis 0', (p, q) => concat([p, q], 0), [a, c]);
    check('concat three', (p, q, r) => concat([p, q, p.mul(r)], -1), [a, b, randomTensor([2, 3], rng)]);
  });

  it('where, maskedFill, clamp and tril', () => {
    const a = randomTensor([3, 4], rng), b = randomTensor([4], rng);
    const cond = new Tensor(Float64Array.from({ length: 12 }, (_, i) => (i * 7) % 3 === 0 ? 1 : 0), [3, 4]);
    check('where broadcast', (p, q) => where(cond, p, q), [a, b]);
    check('where number', (p) => where(cond, p, 0.5), [a]);
    const rowMask = tensor([1, 0, 0, 1]);
    check('maskedFill', (p) => maskedFill(p, rowMask, -5), [a]);
    check('clamp', (p) => clamp(p, -0.8, 0.9), [randomTensor([4, 5], rng)]);
    check('tril', (p) => tril(p), [randomTensor([2, 4, 4], rng)]);
    check('tril k=1', (p) => tril(p, 1), [randomTensor([3, 5], rng)]);
    check('products through where', (p, q) => mul(where(cond, p, q), p), [a, b]);
    expect(tril(tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]])).toArray()).toEqual([[1, 0, 0], [4, 5, 0], [7, 8, 9]]);
  });
});
