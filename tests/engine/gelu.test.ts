// GELU: the exact erf form is the default (PyTorch's default); 'tanh' is the approximation.
import { describe, it, expect } from 'vitest';
import { gelu, tensor, normalCdf, mlp, createRng, compileMlp, noGrad, linspace } from '../../src/engine';
import { gradCheck, randomTensor, TOLERANCE } from './gradcheck';

describe('gelu', () => {
  it('defaults to x·Φ(x); "tanh" gives 0.5x(1 + tanh(√(2/π)(x + 0.044715x³)))', () => {
    const x = 1.3;
    expect(gelu(tensor([x])).data[0]).toBeCloseTo(x * normalCdf(x), 15);
    expect(tensor([x]).gelu().data[0]).toBeCloseTo(x * normalCdf(x), 15);
    const approx = 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
    expect(gelu(tensor([x]), 'tanh').data[0]).toBeCloseTo(approx, 15);
    expect(Math.abs(approx - x * normalCdf(x))).toBeGreaterThan(1e-5); // the two really differ
    expect(() => gelu(tensor([x]), 'none' as never)).toThrow("gelu: mode must be 'exact' or 'tanh', got none");
  });
  it('gradient checks for both forms', () => {
    const r = createRng(2);
    expect(gradCheck((a) => gelu(a), [randomTensor([6], r)]).worst).toBeLessThan(TOLERANCE);
    expect(gradCheck((a) => gelu(a, 'tanh'), [randomTensor([6], r)]).worst).toBeLessThan(TOLERANCE);
  });
  it('compileMlp computes the same exact form as the op, in both compiled paths', () => {
    for (const hidden of [4, 64]) {
      const model = mlp({ sizes: [1, hidden, hidden, 1], activation: 'gelu', rng: createRng(3).stream('init') });
      const xs = linspace(-3, 3, 7);
      const want = noGrad(() => model.forward(xs.reshape([7, 1]))).data;
      const out = new Float64Array(7);
      compileMlp(model).forward(xs.data, 7, out);
      for (let i = 0; i < 7; i++) expect(out[i]).toBeCloseTo(want[i], 12);
    }
  });
});
