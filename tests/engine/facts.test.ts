// The numbers the book states, computed from the engine (values and gradients via backward()).
import { describe, it, expect } from 'vitest';
import { linspace, sigmoid, tanh, gelu, softmax, sum, tensor, argmax, type Tensor } from '../../src/engine';

/** f and f′ on a fine grid, the derivative taken by the engine's own backward pass. */
function curve(f: (x: Tensor) => Tensor, lo: number, hi: number, n = 20001): { x: Float64Array; y: Float64Array; dy: Float64Array } {
  const x = linspace(lo, hi, n, { requiresGrad: true });
  const y = f(x);
  sum(y).backward();
  return { x: x.data, y: y.data, dy: x.grad!.data };
}

describe('numeric facts from chapter 12', () => {
  it("sigmoid′ peaks at 0.25 at x = 0", () => {
    const { x, dy } = curve(sigmoid, -10, 10);
    const i = argmax(tensor(Array.from(dy))).item();
    expect(dy[i]).toBeCloseTo(0.25, 12);
    expect(x[i]).toBeCloseTo(0, 9);
    expect(Math.max(...dy)).toBeLessThanOrEqual(0.25);
  });

  it("tanh′ peaks at 1 at x = 0", () => {
    const { x, dy } = curve(tanh, -10, 10);
    const i = argmax(tensor(Array.from(dy))).item();
    expect(dy[i]).toBeCloseTo(1, 12);
    expect(x[i]).toBeCloseTo(0, 9);
  });

  it('GELU’s minimum is about −0.17, near x ≈ −0.75, where its derivative crosses 0', () => {
    for (const mode of ['tanh', 'exact'] as const) {
      const { x, y, dy } = curve((t) => gelu(t, mode), -4, 2);
      let i = 0;
      for (let k = 1; k < y.length; k++) if (y[k] < y[i]) i = k;
      expect(y[i]).toBeCloseTo(-0.17, 2);
      expect(x[i]).toBeGreaterThan(-0.8);
      expect(x[i]).toBeLessThan(-0.7);
      expect(Math.abs(dy[i])).toBeLessThan(1e-3);
    }
  });

  it('softmax rows sum to 1 even for logits near ±1000', () => {
    const p = softmax(tensor([[1000, 999, 998], [-1000, -1001, -999], [1000, -1000, 0]]));
    for (let r = 0; r < 3; r++) {
      const row = Array.from(p.data.subarray(r * 3, r * 3 + 3));
      expect(row.every(Number.isFinite)).toBe(true);
      expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
    }
    expect(p.data[0]).toBeCloseTo(1 / (1 + Math.exp(-1) + Math.exp(-2)), 14);
  });

  it('three sigmoids in a row pass back at most 0.25³ ≈ 0.016 of the gradient', () => {
    const x = tensor(0, { requiresGrad: true });
    const h1 = sigmoid(x); // each layer is centred so its input is 0, where σ′ is largest
    const h2 = sigmoid(h1.sub(0.5));
    const h3 = sigmoid(h2.sub(0.5));
    h3.backward();
    expect(x.grad!.item()).toBe(0.25 ** 3);
    expect(x.grad!.item()).toBeCloseTo(0.016, 3);
  });
});

