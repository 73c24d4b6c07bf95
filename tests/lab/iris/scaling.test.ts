// Standardisation and the scaling choices (src/lab/iris/scaling.ts).
import { describe, expect, it } from 'vitest';
import { loadIris } from '../../../src/lab/iris/data';
import { stratifiedSplit } from '../../../src/lab/iris/split';
import { columnMeans, columnStds, scalersFor, standardise } from '../../../src/lab/iris/scaling';

describe('standardisation', () => {
  const data = loadIris();

  it('standardising with the training statistics gives the training rows mean 0 and spread 1, not the test rows', () => {
    const split = stratifiedSplit(data.labels, 1);
    const { train } = scalersFor(data, split, 'train');
    const z = standardise(data, split.train, train), zData = { features: z, labels: new Int32Array(120) };
    const rows = Array.from({ length: 120 }, (_, i) => i);
    for (const m of columnMeans(zData, rows)) expect(Math.abs(m)).toBeLessThan(1e-12);
    for (const s of columnStds(zData, rows)) expect(s).toBeCloseTo(1, 12);
    const zTest = standardise(data, split.test, train);
    const testMeans = columnMeans({ features: zTest, labels: new Int32Array(30) }, Array.from({ length: 30 }, (_, i) => i));
    expect(testMeans.some((m) => Math.abs(m) > 0.01)).toBe(true);
  });

  it('the scaling choices use the statistics they say', () => {
    const split = stratifiedSplit(data.labels, 1);
    const all = scalersFor(data, split, 'all'), sep = scalersFor(data, split, 'separate'), none = scalersFor(data, split, 'none');
    expect(all.train).toEqual(all.test);
    expect(all.train.mean).toEqual(columnMeans(data));
    expect(sep.test.mean).toEqual(columnMeans(data, split.test));
    expect(none.train.std).toEqual([1, 1, 1, 1]);
  });
});
