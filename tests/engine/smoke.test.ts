import { describe, it, expect } from 'vitest';
import { tensor, createRng, mlp, Adam, bceWithLogits, noGrad, compileMlp, sigmoid } from '../../src/engine';

describe('engine smoke', () => {
  it('trains XOR 2→4→1 with ReLU and Adam to 100 %', () => {
    const x = tensor([[0, 0], [0, 1], [1, 0], [1, 1]]);
    const y = tensor([[0], [1], [1], [0]]);
    const model = mlp({ sizes: [2, 4, 1], activation: 'relu', rng: createRng(0).stream('init') });
    const opt = new Adam(model.parameters(), { lr: 0.05 });
    let loss = 0;
    for (let step = 0; step < 1000; step++) {
      opt.zeroGrad();
      const l = bceWithLogits(model.forward(x), y);
      l.backward();
      opt.step();
      loss = l.item();
    }
    expect(loss).toBeLessThan(0.05);
    const p = noGrad(() => sigmoid(model.forward(x))).data;
    expect(Array.from(p, (v) => (v > 0.5 ? 1 : 0))).toEqual([0, 1, 1, 0]);
    const out = new Float64Array(4);
    compileMlp(model).forward(x.data, 4, out);
    const direct = noGrad(() => model.forward(x)).data;
    for (let i = 0; i < 4; i++) expect(out[i]).toBeCloseTo(direct[i], 12);
  });
});
