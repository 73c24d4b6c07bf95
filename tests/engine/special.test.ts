// sin, cos, erf (number and tensor) and minimum/maximum with PyTorch's tie and NaN rules.
import { describe, it, expect } from 'vitest';
import { sin, cos, erf, minimum, maximum, tensor, createRng, sum } from '../../src/engine';
import { gradCheck, randomTensor, TOLERANCE } from './gradcheck';

describe('sin, cos, erf', () => {
  it('values, and erf stays a number for a number', () => {
    expect(sin(tensor([Math.PI / 2])).item()).toBe(1);
    expect(cos(tensor([0])).item()).toBe(1);
    expect(erf(0.5)).toBeCloseTo(0.5204998778130465, 15);
    expect(erf(tensor([0.5])).item()).toBe(erf(0.5));
    expect(Number.isNaN(erf(tensor([NaN])).item())).toBe(true);
  });
  it('gradient checks', () => {
    const r = createRng(9);
    for (const f of [sin, cos, (x: ReturnType<typeof tensor>) => erf(x)]) expect(gradCheck(f, [randomTensor([5], r)]).worst).toBeLessThan(TOLERANCE);
  });
});

describe('minimum / maximum', () => {
  it('broadcast, propagate NaN, gradient checks away from ties', () => {
    expect(Array.from(maximum(tensor([[1, 5], [3, -2]]), tensor([2, 0])).data)).toEqual([2, 5, 3, 0]);
    expect(Array.from(minimum(tensor([1, NaN]), 0).data)).toEqual([0, NaN]);
    const r = createRng(10);
    const a = randomTensor([3, 2], r), b = randomTensor([2], r);
    expect(gradCheck(maximum, [a, b]).worst).toBeLessThan(TOLERANCE);
    expect(gradCheck(minimum, [a, b]).worst).toBeLessThan(TOLERANCE);
  });
  it('a tie splits the gradient in half between the operands (PyTorch)', () => {
    const a = tensor([1, 2], { requiresGrad: true }), b = tensor([1, 1], { requiresGrad: true });
    sum(maximum(a, b)).backward();
    expect(Array.from(a.grad!.data)).toEqual([0.5, 1]);
    expect(Array.from(b.grad!.data)).toEqual([0.5, 0]);
  });
});
