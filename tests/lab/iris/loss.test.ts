// Cross-entropy two ways (src/lab/iris/loss.ts).
import { describe, expect, it } from 'vitest';
import { crossEntropy, fromData, tensor } from '../../../src/engine';
import { crossEntropyOneHot, oneHot } from '../../../src/lab/iris/loss';

describe('cross-entropy from one-hot rows', () => {
  it('equals the engine crossEntropy from class indices, value and gradient', () => {
    const z = [[2, -1, 0.5], [0.1, 0.2, 0.3], [-3, 4, 1], [1000, 999, -1000]];
    const labels = [0, 2, 1, 1];
    const a = tensor(z, { requiresGrad: true }), b = tensor(z, { requiresGrad: true });
    const viaOneHot = crossEntropyOneHot(a, fromData(oneHot(labels), [4, 3]));
    const viaIndex = crossEntropy(b, labels);
    expect(viaOneHot.item()).toBeCloseTo(viaIndex.item(), 12);
    expect(Number.isFinite(viaOneHot.item())).toBe(true); // stable even with logits of 1000
    viaOneHot.backward();
    viaIndex.backward();
    const ga = Array.from(a.grad!.data), gb = Array.from(b.grad!.data);
    ga.forEach((g, i) => expect(g).toBeCloseTo(gb[i], 12));
  });

  it('one-hot rows have a single 1 in the class column', () => {
    expect(Array.from(oneHot([2, 0]))).toEqual([0, 0, 1, 1, 0, 0]);
  });
});
