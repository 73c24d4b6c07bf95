// Reading scores (src/lab/iris/metrics.ts).
import { describe, expect, it } from 'vitest';
import { crossEntropy, tensor } from '../../../src/engine';
import { argmaxRows, confusionMatrix, softmaxRow } from '../../../src/lab/iris/metrics';

describe('reading scores', () => {
  it('confusion matrix: rows true class, columns predicted', () => {
    expect(confusionMatrix([0, 1, 1, 2, 2], [0, 1, 2, 2, 1])).toEqual([[1, 0, 0], [0, 1, 1], [0, 1, 1]]);
  });

  it('argmax per row: the first on ties, −1 for a row of NaN', () => {
    expect(Array.from(argmaxRows([0, 1, 0, NaN, NaN, NaN, 3, 3, 1], 3))).toEqual([1, -1, 0]);
  });

  it('softmaxRow gives the class, the top probability and a cross-entropy equal to the engine’s, stably', () => {
    const z = [2, -1, 0.5, 1000, 999, -1000];
    const out = { best: -1, max: -Infinity, sumExp: 0 };
    softmaxRow(z, 1, 3, out);
    expect(out.best).toBe(0);
    expect(1 / out.sumExp).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
    for (const [r, c] of [[0, 2], [1, 1]]) {
      softmaxRow(z, r, 3, out);
      const ours = out.max + Math.log(out.sumExp) - z[3 * r + c];
      expect(ours).toBeCloseTo(crossEntropy(tensor([z.slice(3 * r, 3 * r + 3)]), [c]).item(), 10);
    }
    softmaxRow([NaN, NaN, NaN], 0, 3, out);
    expect(out.best).toBe(-1);
    expect(out.max).toBe(-Infinity);
  });
});
