// The held-out flowers (src/lab/iris/split.ts).
import { describe, expect, it } from 'vitest';
import { loadIris } from '../../../src/lab/iris/data';
import { randomSplit, stratifiedSplit } from '../../../src/lab/iris/split';

describe('the split', () => {
  const data = loadIris();

  it('splits 120/30 with 10 of each species held out, reproducibly, without overlap', () => {
    const a = stratifiedSplit(data.labels, 1), b = stratifiedSplit(data.labels, 1), c = stratifiedSplit(data.labels, 2);
    expect(a.train.length).toBe(120);
    expect(a.test.length).toBe(30);
    expect(Array.from(a.test)).toEqual(Array.from(b.test));
    expect(Array.from(a.test)).not.toEqual(Array.from(c.test));
    expect(new Set([...a.train, ...a.test]).size).toBe(150);
    for (let k = 0; k < 3; k++) expect(Array.from(a.test).filter((i) => data.labels[i] === k).length).toBe(10);
  });

  it('an unstratified split can hold out the species unevenly', () => {
    const counts = (seed: number) => [0, 1, 2].map((k) => Array.from(randomSplit(150, seed).test).filter((i) => data.labels[i] === k).length);
    const uneven = Array.from({ length: 20 }, (_, s) => counts(s + 1)).filter((c) => Math.max(...c) - Math.min(...c) >= 4);
    expect(uneven.length).toBeGreaterThan(0);
  });
});
