// The petal-plane picture and the verdict on all 150 flowers (src/lab/iris/regions.ts).
import { describe, expect, it } from 'vitest';
import { IrisRun } from '../../../src/lab/iris/run';
import { PETAL_DOMAIN, petalRegions, predictAll } from '../../../src/lab/iris/regions';

describe('petal regions', () => {
  it('after training, the petal plane holds all three species, setosa at small petals, virginica at large ones', () => {
    const run = new IrisRun();
    run.steps(300);
    const n = 40, classes = new Int32Array(n * n), conf = new Float64Array(n * n);
    petalRegions(run, n, classes, conf);
    expect(new Set(classes)).toEqual(new Set([0, 1, 2]));
    // bottom-left cell: short, narrow petals; top-right: long, wide.
    expect(classes[(n - 1) * n]).toBe(0);
    expect(classes[n - 1]).toBe(2);
    for (const p of conf) expect(p).toBeGreaterThanOrEqual(1 / 3 - 1e-12);
    expect(PETAL_DOMAIN.xMax).toBeGreaterThan(6.9); // covers the longest petal
    const predicted = predictAll(run);
    const testRight = Array.from(run.split.test).filter((i) => predicted[i] === run.data.labels[i]).length;
    expect(testRight / 30).toBe(run.latest.testAccuracy);
  });
});
