// NormRun: the two networks start from the same weights, train in lockstep and reproduce after reset;
// the histogram and statistics helpers.
import { describe, expect, it } from 'vitest';
import { HIST_BINS, NORM_DEFAULTS, NormRun, fractionBeyond, histogram, layerNormOf, meanStd } from '../../src/lab';
import { BatchNorm1d, LayerNorm } from '../../src/engine';

describe('NormRun', () => {
  it('plain and normalized networks share their initial Linear weights; only the normalized one has norm layers', () => {
    for (const norm of ['layer', 'batch'] as const) {
      const run = new NormRun({ ...NORM_DEFAULTS, norm, depth: 3 });
      run.plain.linears.forEach((l, i) => expect(Array.from(l.weight.data)).toEqual(Array.from(run.normed.linears[i].weight.data)));
      const Kind = norm === 'layer' ? LayerNorm : BatchNorm1d;
      expect(run.normed.model.layers.filter((l) => l instanceof Kind)).toHaveLength(3);
      expect(run.plain.model.layers.some((l) => l instanceof LayerNorm || l instanceof BatchNorm1d)).toBe(false);
    }
  });

  it('steps both in lockstep and replays exactly after reset', () => {
    const run = new NormRun({ ...NORM_DEFAULTS, depth: 3 });
    for (let i = 0; i < 5; i++) run.step();
    const losses = [run.plain.history.last, run.normed.history.last];
    expect(run.plain.history.count).toBe(6); // step 0 and five steps
    run.reset();
    expect(run.stepCount).toBe(0);
    for (let i = 0; i < 5; i++) run.step();
    expect([run.plain.history.last, run.normed.history.last]).toEqual(losses);
  });

  it('a new learning rate keeps the weights; a new gain rebuilds', () => {
    const run = new NormRun({ ...NORM_DEFAULTS, depth: 3 });
    run.step();
    expect(run.update({ ...run.settings, lr: 0.01 })).toBe('lr');
    expect(run.stepCount).toBe(1);
    expect(run.update({ ...run.settings, gain: 2 })).toBe('rebuilt');
    expect(run.stepCount).toBe(0);
  });
});

describe('helpers', () => {
  it('histogram puts outliers in the end bins and counts every finite value once', () => {
    const h = histogram([-100, -4, 0, 0.1, 3.99, 100, Number.NaN]);
    expect(h.reduce((a, b) => a + b, 0)).toBe(6);
    expect(h[0]).toBe(2);
    expect(h[HIST_BINS - 1]).toBe(2);
  });

  it('meanStd, fractionBeyond and layerNormOf', () => {
    expect(meanStd([1, 2, 3, 6])).toEqual({ mean: 3, std: Math.sqrt(3.5) });
    expect(fractionBeyond([-3, 1, 2.5, 0], 2)).toBe(0.5);
    const y = layerNormOf([1, 2, 3, 6]);
    expect(meanStd(y).mean).toBeCloseTo(0, 12);
    expect(meanStd(y).std).toBeCloseTo(1, 5);
  });
});
