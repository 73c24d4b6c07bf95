// Every number chapter 15 states, recomputed with the engine and the lab. Each test also checks that
// the chapter still says it, so the text and the engine cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  IRIS_CLASSES, IRIS_DEFAULTS, IRIS_DEFAULT_STEPS, IRIS_ROWS, IRIS_SEED_MAX, IrisRun, buildIrisModel, columnMeans, columnStds, loadIris, petalSliceClasses,
  predictAll, randomSplit, stratifiedSplit, uciIris,
} from '../../src/lab';

const text = readFileSync(join(import.meta.dirname, '../../chapters/15-mlp-for-iris.mdx'), 'utf8');
const flat = (s: string) => s.replace(/\s+/g, ' ');
const says = (s: string) => expect(flat(text).includes(flat(s)), `chapter 15 should say: ${s}`).toBe(true);
const f3 = (x: number) => x.toFixed(3);
const pct1 = (a: number) => `${(100 * a).toFixed(1)} %`;
const data = loadIris();
const all = Array.from({ length: 150 }, (_, i) => i);
const SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);

function trained(settings: Partial<typeof IRIS_DEFAULTS> = {}): IrisRun {
  const run = new IrisRun(settings);
  run.steps(IRIS_DEFAULT_STEPS);
  return run;
}
const rightOf = (run: IrisRun) => Math.round(run.latest.testAccuracy * 30);

describe('15.1 the data', () => {
  it("Fisher's means, and the UCI file's two documented differences", () => {
    const m = columnMeans(data).map(f3);
    expect(m).toEqual(['5.843', '3.057', '3.758', '1.199']);
    says(`${m[0]}, ${m[1]}, ${m[2]} and ${m[3]} cm`);
    const u = columnMeans(uciIris()).map(f3);
    expect([u[0], u[3]]).toEqual([m[0], m[3]]);
    says(`sepal width and petal length become ${u[1]} and ${u[2]}`);
    says('sample 35 should have a petal width of 0.2, not 0.1, and sample 38 should read 3.6 and 1.4 for sepal width and petal length, not 3.1 and 1.5');
  });

  it('the petal ranges of the table; setosa separates at 2.5 cm, the other two overlap', () => {
    const range = (k: number, j: number) => {
      const v = all.filter((i) => data.labels[i] === k).map((i) => data.features[4 * i + j]);
      return [Math.min(...v), Math.max(...v)].map((x) => x.toFixed(1));
    };
    IRIS_CLASSES.forEach((name, k) => says(`| ${name} | ${range(k, 2)[0]} to ${range(k, 2)[1]} | ${range(k, 3)[0]} to ${range(k, 3)[1]} |`));
    expect(Number(range(0, 2)[1])).toBeLessThan(2.5);
    expect(Math.min(Number(range(1, 2)[0]), Number(range(2, 2)[0]))).toBeGreaterThan(2.5);
    says('petal length 2.5 cm');
    says(`overlap between ${range(2, 2)[0]} and ${range(1, 2)[1]} cm and their widths between ${range(2, 3)[0]} and ${range(1, 3)[1]} cm`);
  });

  it('a hidden layer can fit every training flower and still miss test flowers (seed 1, step 3000)', () => {
    const run = new IrisRun();
    run.steps(3000);
    expect(run.latest.trainAccuracy).toBe(1);
    says('run to step 3000, is right about all 120 training flowers');
    says(`the same run misses ${30 - rightOf(run)} of the 30 test flowers`);
    expect(rightOf(run)).toBeLessThan(30);
  });
});

describe('15.2 the split', () => {
  it('a plain shuffle holds out between 6 and 15 of one species over seeds 1 to 10', () => {
    const counts = SEEDS.flatMap((s) => [0, 1, 2].map((k) => Array.from(randomSplit(150, s).test).filter((i) => data.labels[i] === k).length));
    expect([Math.min(...counts), Math.max(...counts)]).toEqual([6, 15]);
    says('anywhere from 6 to 15 flowers of one species among the 30');
    const strat = stratifiedSplit(data.labels, 1);
    for (let k = 0; k < 3; k++) expect(Array.from(strat.test).filter((i) => data.labels[i] === k).length).toBe(10);
    says('holds out 10 of each');
  });
});

describe('15.3 standardising', () => {
  it('the petal-length means of the training rows, all rows and test rows (seed 1)', () => {
    const s = stratifiedSplit(data.labels, IRIS_DEFAULTS.seed);
    says(`mean petal length is ${f3(columnMeans(data, s.train)[2])} cm, all 150 flowers give ${f3(columnMeans(data)[2])} cm, and the 30 test flowers alone give ${f3(columnMeans(data, s.test)[2])} cm`);
    says(`a petal length of ${f3(columnMeans(data, s.test)[2])} cm, the test set's mean, becomes $z = 0$, which for the network means ${f3(columnMeans(data, s.train)[2])} cm`);
    expect(columnStds(data, s.train)[2]).not.toBe(columnStds(data, all)[2]);
  });

  it('the leak over seeds 1 to 10: changes 2 runs, each by one flower more, never fewer; own statistics change 5', () => {
    const honest = SEEDS.map((seed) => rightOf(trained({ seed })));
    const leaky = SEEDS.map((seed) => rightOf(trained({ seed, scaling: 'all' })));
    const separate = SEEDS.map((seed) => rightOf(trained({ seed, scaling: 'separate' })));
    const diffs = leaky.map((v, i) => v - honest[i]).filter((d) => d !== 0);
    expect(diffs).toEqual([1, 1]);
    says('changes the test result in 2 of 10 runs, each time by one flower *more* right, and never by one fewer');
    expect(separate.filter((v, i) => v !== honest[i]).length).toBe(5);
    says('this changes the test result in 5 of 10 runs');
  });
});

describe('15.5 the model and its training (the golden run)', () => {
  const run = trained();

  it('4 → 8 → 3 has 67 parameters', () => {
    expect(buildIrisModel(8, 1).numParameters()).toBe(67);
    says('67 numbers in all');
    says('one hidden layer of 8 ReLU units');
    expect(IRIS_DEFAULTS).toMatchObject({ hidden: 8, lr: 0.01, seed: 1, scaling: 'train' });
    says('a learning rate of 0.01');
  });

  it('starts at a loss of 1.33, above ln 3 ≈ 1.099', () => {
    expect(run.start.trainLoss.toFixed(2)).toBe('1.33');
    says(`loss on the training flowers is ${run.start.trainLoss.toFixed(2)}`);
    expect(Math.log(3).toFixed(3)).toBe('1.099');
    says('$\\ln 3 \\approx 1.099$');
  });

  it('GOLDEN: after 300 steps the default model reaches at least 93 % on the 30 held-out flowers', () => {
    expect(run.latest.testAccuracy).toBeGreaterThanOrEqual(0.93);
    says(`After ${IRIS_DEFAULT_STEPS} steps, the training loss is ${f3(run.latest.trainLoss)} and the test loss ${f3(run.latest.testLoss)}`);
    const trainRight = Math.round(run.latest.trainAccuracy * 120);
    says(`right about ${trainRight} of the 120 training flowers (${pct1(run.latest.trainAccuracy)}) and ${rightOf(run)} of the 30 test flowers (${pct1(run.latest.testAccuracy)})`);
    says(`reaches ${pct1(run.latest.testAccuracy)} on the 30 held-out flowers`);
  });

  it('the confusion matrix: one virginica taken for versicolor; setosa never confused', () => {
    expect(run.testConfusion()).toEqual([[10, 0, 0], [0, 10, 0], [0, 1, 9]]);
    expect(run.checkpointConfusion).toEqual(run.testConfusion());
    says('the only error among the test flowers is one virginica taken for versicolor');
  });

  it('over seeds 1 to 10 the test accuracy ranges from 90.0 % to 100 %, mean 94.0 %', () => {
    const acc = SEEDS.map((seed) => trained({ seed }).latest.testAccuracy);
    const mean = acc.reduce((a, b) => a + b, 0) / acc.length;
    expect(pct1(Math.min(...acc))).toBe('90.0 %');
    expect(Math.max(...acc)).toBe(1);
    says(`ranges from ${pct1(Math.min(...acc))} to 100 %, with a mean of ${pct1(mean)}`);
    says('$100/30 \\approx 3.3$ percentage points');
  });

  it('over all 100 seeds of the trainer: mean, worst split, spread, and where the errors are', () => {
    expect(IRIS_SEED_MAX).toBe(100);
    const right: number[] = [];
    const errors = { total: 0, setosa: 0 };
    const setosaRows = new Set<number>();
    let petalsWinWithoutSepalWidth = true;
    for (let seed = 1; seed <= IRIS_SEED_MAX; seed++) {
      const run = trained({ seed });
      right.push(rightOf(run));
      const p = run.testPredictions();
      run.split.test.forEach((row, r) => {
        if (p[r] === run.yTest[r]) return;
        errors.total++;
        if (run.yTest[r] !== 0) return;
        errors.setosa++;
        expect(p[r]).toBe(1); // taken for versicolor
        setosaRows.add(row);
        // With only its sepal width set to the training mean, the same flower is a setosa again.
        const raw = Array.from(data.features.slice(4 * row, 4 * row + 4));
        raw[1] = run.trainMeans()[1];
        const z = run.logits(run.scaleRaw(raw), new Float64Array(3));
        if (!(z[0] > z[1] && z[0] > z[2])) petalsWinWithoutSepalWidth = false;
      });
    }
    const mean = right.reduce((a, b) => a + b, 0) / right.length;
    const sd = Math.sqrt(right.reduce((a, b) => a + (b - mean) ** 2, 0) / right.length);
    says(`over all ${IRIS_SEED_MAX} seeds the trainer offers, the mean is ${pct1(mean / 30)}, the worst split scores ${pct1(Math.min(...right) / 30)}, and the number of test flowers right has a standard deviation of ${sd.toFixed(1)}`);
    says(`"about ${Math.round((100 * mean) / 30)} %, give or take a flower or two"`);
    says(`across splits, about ${Math.round((100 * mean) / 30)} %, give or take a flower or two`);
    says(`${errors.setosa} of their ${errors.total} test errors are a setosa taken for versicolor`);
    expect([...setosaRows]).toEqual([41]);
    const setosaWidths = all.filter((i) => data.labels[i] === 0).map((i) => data.features[4 * i + 1]).sort((a, b) => a - b);
    expect(data.features[4 * 41 + 1]).toBe(setosaWidths[0]);
    says(`each time sample 42, whose sepal is ${setosaWidths[0].toFixed(1)} cm wide (no other setosa's is below ${setosaWidths[1].toFixed(1)})`);
    expect(petalsWinWithoutSepalWidth).toBe(true);
    says('one odd one can outvote the petals');
    says('that is where almost every mistake is');
  }, 180_000);

  it('raw measurements still train on the default split, not with seed 62; a learning rate of 10 diverges', () => {
    expect(trained({ scaling: 'none' }).latest.testAccuracy).toBeGreaterThanOrEqual(0.9);
    says('so on the default split training still works');
    const raw62 = new IrisRun({ seed: 62, scaling: 'none' });
    raw62.steps(100);
    const sameScores = (run: IrisRun) => {
      const z = run.logits(run.xTrain, new Float64Array(3 * run.yTrain.length));
      return new Set(Array.from({ length: run.yTrain.length }, (_, i) => Array.from(z.slice(3 * i, 3 * i + 3)).join())).size === 1;
    };
    expect(sameScores(raw62)).toBe(true); // every hidden unit outputs 0 for every training flower
    raw62.steps(IRIS_DEFAULT_STEPS - 100);
    expect(sameScores(raw62)).toBe(true);
    says(`with seed 62 every hidden unit is dead by step 100`);
    says(`it ends at chance, ${rightOf(raw62)} of the 30 test flowers; standardised, the same seed gets ${rightOf(trained({ seed: 62 }))}`);
    expect(rightOf(raw62)).toBe(10);
    const wild = new IrisRun({ lr: 10 });
    wild.steps(IRIS_DEFAULT_STEPS);
    expect(wild.diverged).not.toBeNull();
    says('raise the learning rate to 10');
  });
});

describe('15.6 decision regions', () => {
  it('some flowers sit on the wrong side in the petal slice, and the network with all four features gets others right', () => {
    const run = trained();
    const slice = petalSliceClasses(run), full = predictAll(run);
    const wrongInSlice = all.filter((i) => slice[i] !== data.labels[i]);
    expect(wrongInSlice.length).toBeGreaterThan(0);
    expect(wrongInSlice.every((i) => data.labels[i] !== 0)).toBe(true); // never a setosa
    expect(all.filter((i) => full[i] !== data.labels[i]).every((i) => data.labels[i] !== 0)).toBe(true);
    says('some flowers sit on the wrong side of it');
  });
});

describe('15.5 past the checkpoint', () => {
  it('training on to step 600: the training loss keeps falling, the test loss climbs again', () => {
    const run = trained();
    const at300 = run.latest;
    run.steps(300);
    expect(run.latest.trainLoss).toBeLessThan(at300.trainLoss);
    expect(run.latest.testLoss).toBeGreaterThan(at300.testLoss);
    says('the training loss keeps falling, while the test loss turns and climbs again');
    says('a real experiment would split a validation set off the 120 training flowers, as chapter 13 does, and look at the test set once, at the end');
  });
});

describe('15.3 the range of the measurements', () => {
  it('from 0.1 cm (the narrowest petal) to 7.9 cm (the longest sepal)', () => {
    expect(Math.min(...data.features).toFixed(1)).toBe('0.1');
    expect(Math.max(...data.features).toFixed(1)).toBe('7.9');
    expect(Math.max(...all.map((i) => data.features[4 * i]))).toBe(Math.max(...data.features));
    expect(Math.min(...all.map((i) => data.features[4 * i + 3]))).toBe(Math.min(...data.features));
    says('from 0.1 cm (the narrowest petal) to 7.9 cm (the longest sepal)');
  });
});

describe('15.5 why the test loss climbs', () => {
  it('the misclassified test flower costs more loss at step 600 than at 300, and that explains most of the rise', () => {
    const run = trained();
    const perFlower = () => {
      const z = run.logits(run.xTest, new Float64Array(90));
      return Array.from(run.yTest, (c, r) => {
        const m = Math.max(z[3 * r], z[3 * r + 1], z[3 * r + 2]);
        return m + Math.log([0, 1, 2].reduce((s, k) => s + Math.exp(z[3 * r + k] - m), 0)) - z[3 * r + c];
      });
    };
    const wrong = Array.from(run.testPredictions()).map((p, r) => (p !== run.yTest[r] ? r : -1)).filter((r) => r >= 0);
    const before = perFlower();
    run.steps(300);
    const after = perFlower();
    const rise = after.reduce((a, b) => a + b, 0) - before.reduce((a, b) => a + b, 0);
    const riseWrong = wrong.reduce((a, r) => a + after[r] - before[r], 0);
    expect(wrong.length).toBeGreaterThan(0);
    expect(riseWrong).toBeGreaterThan(0.5 * rise);
    says('where it is wrong about a test flower it is now wrong with more conviction');
  });
});

describe('exercises', () => {
  it('how big a test set: one flower is worth no more than 1 point from 100 test flowers on, leaving 50', () => {
    const n = Array.from({ length: IRIS_ROWS }, (_, i) => i + 1).find((k) => 100 / k <= 1)!;
    expect(n).toBe(100);
    expect((100 / 30).toFixed(1)).toBe('3.3');
    says('one flower is worth 3.3 percentage points');
    says(`100/n ≤ 1 needs n ≥ ${n}: two thirds of the 150 flowers, leaving ${IRIS_ROWS - n} (about ${Math.round((IRIS_ROWS - n) / 3)} per species)`);
    expect(buildIrisModel(16, 1).numParameters()).toBe(131);
    says('4·16 + 16 = 80 in the first layer and 16·3 + 3 = 51 in the second: 131');
  });
});
