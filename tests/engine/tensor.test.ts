// Tensor basics, creation helpers, non-finite detection and the error messages the issue fixes.
import { describe, it, expect } from 'vitest';
import {
  tensor, fromData, zeros, ones, full, arange, linspace, randn, rand, createRng, Tensor, matmul, reshape, add,
  broadcastShapes, hasNonFinite, isFiniteTensor, argmax, concat, squeeze, index, slice, crossEntropy, Linear, loadParameters, mlp,
} from '../../src/engine';

describe('Tensor', () => {
  it('infers shape from nested arrays and round-trips through toArray', () => {
    const t = tensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]]);
    expect(t.shape).toEqual([2, 2, 2]);
    expect(t.ndim).toBe(3);
    expect(t.size).toBe(8);
    expect(t.toArray()).toEqual([[[1, 2], [3, 4]], [[5, 6], [7, 8]]]);
    expect(tensor(3).shape).toEqual([]);
    expect(tensor(3).toArray()).toBe(3);
    expect(tensor(3).item()).toBe(3);
    expect(t.data).toBeInstanceOf(Float64Array);
  });

  it('rejects ragged arrays, naming the index', () => {
    expect(() => tensor([[1, 2], [3, 4], [5]])).toThrow('Tensor: ragged nested array at index [2]');
    expect(() => tensor([[1, 2], [3, [4]]] as never)).toThrow('Tensor: ragged nested array at index [1,1]');
    expect(() => tensor([1, [2]] as never)).toThrow('Tensor: ragged nested array at index [1]');
  });

  it('item() refuses tensors with more than one value', () => {
    expect(() => tensor([1, 2]).item()).toThrow('item: tensor of shape [2] has 2 values, not 1');
  });

  it('creation helpers', () => {
    expect(zeros([2, 3]).toArray()).toEqual([[0, 0, 0], [0, 0, 0]]);
    expect(ones([2]).toArray()).toEqual([1, 1]);
    expect(full([2], 7).toArray()).toEqual([7, 7]);
    expect(arange(5).toArray()).toEqual([0, 1, 2, 3, 4]);
    expect(arange(1, 2, 0.25).toArray()).toEqual([1, 1.25, 1.5, 1.75]);
    expect(linspace(-1, 1, 5).toArray()).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(fromData([1, 2, 3, 4], [2, 2]).toArray()).toEqual([[1, 2], [3, 4]]);
    expect(() => fromData([1, 2, 3], [2, 2])).toThrow('fromData: 3 values do not fill shape [2,2] (4 needed)');
    expect(tensor([1], { requiresGrad: true, label: 'w' }).requiresGrad).toBe(true);
  });

  it('randn and rand are reproducible from the seed and roughly distributed as claimed', () => {
    const a = randn([1000], createRng(9).stream('init'));
    const b = randn([1000], createRng(9).stream('init'));
    expect(Array.from(a.data)).toEqual(Array.from(b.data));
    const m = a.data.reduce((s, v) => s + v, 0) / 1000;
    const v = a.data.reduce((s, x) => s + (x - m) ** 2, 0) / 1000;
    expect(Math.abs(m)).toBeLessThan(0.1);
    expect(Math.abs(v - 1)).toBeLessThan(0.15);
    const u = rand([1000], createRng(9).stream('data')).data;
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
  });

  it('detects non-finite values without forbidding them', () => {
    const t = tensor([1, 2, 3]);
    expect(hasNonFinite(t)).toBe(false);
    expect(isFiniteTensor(t)).toBe(true);
    expect(hasNonFinite(tensor([1, NaN]))).toBe(true);
    expect(hasNonFinite(tensor([-Infinity]))).toBe(true);
    expect(tensor([1]).div(0).item()).toBe(Infinity);
  });

  it('argmax has no gradient and picks the first maximum', () => {
    const x = tensor([[1, 5, 5], [7, 0, 2]], { requiresGrad: true });
    const a = argmax(x, 1);
    expect(a.toArray()).toEqual([1, 0]);
    expect(a.requiresGrad).toBe(false);
    expect(argmax(x).item()).toBe(3);
  });
});

describe('error messages name the op and the shapes', () => {
  const t = (shape: number[]) => zeros(shape);
  it.each([
    [() => matmul(t([4, 2]), t([3, 1])), 'matmul: shapes [4,2] and [3,1] do not align (2 ≠ 3)'],
    [() => reshape(t([2, 3]), [4, 2]), 'reshape: cannot view 6 elements as [4,2]'],
    [() => add(t([2, 3]), t([4])), 'add: shapes [2,3] and [4] do not broadcast'],
    [() => t([2, 3]).mul(t([3, 2])), 'mul: shapes [2,3] and [3,2] do not broadcast'],
    [() => broadcastShapes([5], [4]), 'broadcast: shapes [5] and [4] do not broadcast'],
    [() => matmul(t([2, 2, 3]), t([3, 3, 1])), 'matmul: batch dims of [2,2,3] and [3,3,1] do not broadcast'],
    [() => t([2, 3]).sum(2), 'sum: axis 2 is out of range for a tensor with 2 dims'],
    [() => concat([t([2, 3]), t([3, 3])], 1), 'concat: shapes [2,3] and [3,3] differ outside axis 1'],
    [() => squeeze(t([2, 3]), 0), 'squeeze: axis 0 of [2,3] has length 2, not 1'],
    [() => index(t([2, 3]), 2), 'index: position 2 is out of range for axis 0 of [2,3]'],
    [() => slice(t([2, 3]), [5]), 'slice: index 5 is out of range for axis 0 of [2,3]'],
    [() => crossEntropy(t([2, 3]), [0, 3]), 'crossEntropy: class index 3 at position 1 is out of range for 3 classes'],
    [() => new Linear(3, 2, { rng: createRng(0) }).forward(t([4, 2])), 'linear: input [4,2] does not fit weight [2,3] (expected last dim 3)'],
    [() => new Tensor(new Float64Array(3), [2, 2]), 'Tensor: 3 values do not fill shape [2,2] (4 needed)'],
    [() => loadParameters(mlp({ sizes: [2, 1], activation: 'relu', rng: createRng(0) }), []), 'loadParameters: model has 2 parameters, snapshot has 0'],
  ])('%#: %s', (fn, message) => {
    expect(fn).toThrow(new Error(message)); // the whole message, not a substring
  });
});
