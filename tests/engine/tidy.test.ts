// tidy(): memory of tensors made inside is recycled; what is returned, parameters and their grads survive.
import { describe, it, expect } from 'vitest';
import { tidy, tensor, mlp, createRng, Adam, bceWithLogits, fromData, randn, sum, zeros, reshape } from '../../src/engine';

describe('tidy', () => {
  it('returns the value of fn and keeps returned tensors (also inside arrays and objects)', () => {
    const x = randn([20, 3], createRng(1));
    const { a, list } = tidy(() => ({ a: x.mul(2), list: [x.add(1), 5] as const }));
    expect(a.data[0]).toBe(2 * x.data[0]);
    expect((list[0] as typeof a).data[1]).toBe(x.data[1] + 1);
  });

  it('releases intermediates: using one afterwards throws instead of reading recycled memory', () => {
    const x = randn([20, 3], createRng(2));
    let inner = zeros([1]);
    tidy(() => {
      inner = x.mul(3).tanh();
      return sum(inner).item();
    });
    expect(inner.released).toBe(true);
    expect(() => inner.data).toThrow('was released when the tidy() that created it ended');
    expect(x.released).toBe(false);
  });

  it('recycled memory comes back zeroed and does not alias a kept tensor', () => {
    const x = randn([30, 4], createRng(3));
    const kept = tidy(() => x.mul(1));
    const before = Array.from(kept.data);
    for (let i = 0; i < 5; i++) tidy(() => x.mul(7).add(1));
    expect(Array.from(kept.data)).toEqual(before);
    const fresh = tidy(() => sum(zeros([30, 4]).add(x.mul(0)), 0));
    expect(Array.from(fresh.data)).toEqual([0, 0, 0, 0]);
  });

  it('a training loop in tidy gives exactly the same weights as one without, and parameters survive', () => {
    const x = randn([64, 2], createRng(4).stream('data'));
    const y = fromData(Array.from({ length: 64 }, (_, i) => (x.data[2 * i] * x.data[2 * i + 1] > 0 ? 1 : 0)), [64, 1]);
    const run = (useTidy: boolean) => {
      const model = mlp({ sizes: [2, 8, 8, 1], activation: 'tanh', rng: createRng(5).stream('init') });
      const opt = new Adam(model.parameters(), { lr: 0.02 });
      const step = () => {
        opt.zeroGrad();
        const loss = bceWithLogits(model.forward(x), y);
        loss.backward();
        opt.step();
        return loss.item();
      };
      let last = 0;
      for (let s = 0; s < 50; s++) last = useTidy ? tidy(step) : step();
      return { last, weights: model.parameters().map((p) => Array.from(p.data)), grads: model.parameters().map((p) => p.grad!.released) };
    };
    const a = run(true), b = run(false);
    expect(a.last).toBe(b.last);
    expect(a.weights).toEqual(b.weights);
    expect(a.grads.every((r) => r === false)).toBe(true);
  });

  it('backward on a released graph is refused', () => {
    const w = tensor([1, 2, 3], { requiresGrad: true });
    let loss = zeros([]);
    tidy(() => { loss = sum(w.mul(w)); return null; });
    expect(() => loss.backward()).toThrow(/released/);
  });

  it('nested tidy hands returned tensors to the outer scope; views of kept data stay valid', () => {
    const x = randn([10, 10], createRng(6));
    const outer = tidy(() => {
      const inner = tidy(() => x.mul(2));
      const view = reshape(inner, [100]);
      return view;
    });
    expect(outer.data[5]).toBe(2 * x.data[5]);
  });
});
