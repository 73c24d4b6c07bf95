import { describe, expect, it } from 'vitest';
import { bceWithLogits, fromData } from '../../src/engine';
import {
  DATASET_NAMES, DEFAULT_SETTINGS, RACE_ACTIVATIONS, Race, TrainingRun, makeDataset, type RunSettings,
} from '../../src/lab';

const XOR: RunSettings = { ...DEFAULT_SETTINGS, dataset: 'xor' };

/** Steps until 100 % accuracy (checked every step) or `max`; returns the step or -1. */
function stepsToSolve(run: TrainingRun, max: number): number {
  for (let i = 0; i < max; i++) {
    run.step();
    if (run.accuracy() === 1) return run.stepCount;
  }
  return -1;
}

describe('data sets', () => {
  it('are reproducible from the seed and lie inside their domain', () => {
    for (const name of DATASET_NAMES) {
      const a = makeDataset(name, 7), b = makeDataset(name, 7);
      expect(a.inputs).toEqual(b.inputs);
      expect(a.targets).toEqual(b.targets);
      const { xMin, xMax, yMin, yMax } = a.domain;
      for (let i = 0; i < a.n; i++) {
        expect(a.inputs[2 * i]).toBeGreaterThan(xMin);
        expect(a.inputs[2 * i]).toBeLessThan(xMax);
        expect(a.inputs[2 * i + 1]).toBeGreaterThan(yMin);
        expect(a.inputs[2 * i + 1]).toBeLessThan(yMax);
      }
      const ones = a.targets.reduce((s, t) => s + t, 0);
      expect(ones / a.n).toBe(0.5); // balanced classes
    }
  });

  it('the truth table is XOR, and noisy sets change with the seed', () => {
    const t = makeDataset('xor', 1);
    expect(Array.from(t.inputs)).toEqual([0, 0, 0, 1, 1, 0, 1, 1]);
    expect(Array.from(t.targets)).toEqual([0, 1, 1, 0]);
    expect(makeDataset('spiral', 1).inputs).not.toEqual(makeDataset('spiral', 2).inputs);
  });
});

describe('TrainingRun', () => {
  it('replays the same run from the same seed, on mini-batches too', () => {
    for (const dataset of ['xor', 'moons'] as const) {
      const a = new TrainingRun({ ...XOR, dataset }), b = new TrainingRun({ ...XOR, dataset });
      expect(a.weights()).toEqual(b.weights());
      a.steps(60);
      b.steps(60);
      expect(a.history.points()).toEqual(b.history.points());
      expect(a.weights()).toEqual(b.weights());
    }
    expect(new TrainingRun({ ...XOR, seed: 2 }).weights()).not.toEqual(new TrainingRun(XOR).weights());
  });

  it('reset() restores the same initial weights and replays the same losses', () => {
    const run = new TrainingRun({ ...XOR, dataset: 'circle' });
    const start = run.weights();
    run.steps(40);
    const first = run.history.points().values;
    expect(run.weights()).not.toEqual(start);
    run.reset();
    expect(run.stepCount).toBe(0);
    expect(run.history.points().values).toEqual([first[0]]);
    expect(run.weights()).toEqual(start);
    run.steps(40);
    expect(run.history.points().values).toEqual(first);
  });

  it('newWeights() moves to the next seed and draws different weights', () => {
    const run = new TrainingRun(XOR);
    const before = run.weights();
    expect(run.newWeights()).toBe(XOR.seed + 1);
    expect(run.weights()).not.toEqual(before);
    expect(run.weights()).toEqual(new TrainingRun({ ...XOR, seed: XOR.seed + 1 }).weights());
  });

  it('learns XOR to 100 % with ReLU', () => {
    const at = stepsToSolve(new TrainingRun(XOR), 1000);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(300);
  });

  it('never reaches 100 % on XOR without an activation, whatever the seed or width', () => {
    for (const seed of [1, 2, 3]) {
      for (const hidden of [2, 16]) {
        const run = new TrainingRun({ ...XOR, activation: 'none', hidden, seed, secondLayer: seed === 3 });
        expect(stepsToSolve(run, 1500)).toBe(-1);
        expect(run.accuracy()).toBeLessThanOrEqual(0.75);
        expect(run.loss).toBeGreaterThan(0.45); // a linear model's best on XOR is ln 2 / 0.477, never near 0
      }
    }
  });

  it('keeps the weights when the activation changes, and applies a new learning rate at once', () => {
    const run = new TrainingRun(XOR);
    run.steps(20);
    const w = run.weights();
    expect(run.update({ ...XOR, activation: 'tanh' })).toEqual(['activation']);
    expect(run.weights()).toEqual(w);
    expect(run.stepCount).toBe(20);
    expect(run.update({ ...XOR, activation: 'tanh', lr: 0.1 })).toEqual(['lr']);
    expect(run.optimizer.lr).toBe(0.1);
    expect(run.update({ ...XOR, activation: 'tanh', lr: 0.1, hidden: 5 })).toEqual(['rebuilt']);
    expect(run.stepCount).toBe(0);
  });

  it('records the loss over all points, the same as the engine graph computes it', () => {
    const run = new TrainingRun({ ...XOR, dataset: 'moons', secondLayer: true });
    run.steps(30);
    const { inputs, targets, n } = run.data;
    const graphLoss = bceWithLogits(run.model.forward(fromData(inputs, [n, 2])), fromData(targets, [n, 1])).item();
    expect(run.loss).toBeCloseTo(graphLoss, 12);
    expect(run.history.count).toBe(31);
    expect(run.history.first).toBeGreaterThan(run.loss);
  });

  it('grid evaluation gives probabilities that follow the boundary the run learnt', () => {
    const run = new TrainingRun(XOR);
    expect(stepsToSolve(run, 1000)).toBeGreaterThan(0);
    const n = 40, grid = run.evaluateGrid(n);
    expect(grid.length).toBe(n * n);
    for (const v of grid) expect(v >= 0 && v <= 1).toBe(true);
    // Cell centres near the four corners of the unit square: (0,1) and (1,0) are class 1.
    const at = (x: number, y: number) => grid[Math.floor(((1.5 - y) / 2) * n) * n + Math.floor(((x + 0.5) / 2) * n)];
    expect(at(0, 1)).toBeGreaterThan(0.5);
    expect(at(1, 0)).toBeGreaterThan(0.5);
    expect(at(0, 0)).toBeLessThan(0.5);
    expect(at(1, 1)).toBeLessThan(0.5);
  });
});

describe('divergence', () => {
  it('stops a sigmoid run at learning rate 10 and names the step', () => {
    const run = new TrainingRun({ ...XOR, activation: 'sigmoid', lr: 10 });
    run.steps(100);
    expect(run.diverged).not.toBeNull();
    expect(run.diverged!.reason).toBe('exploded');
    expect(run.diverged!.loss).toBeGreaterThan(10 * run.history.first);
    expect(run.stepCount).toBe(run.diverged!.step); // nothing ran after it
    expect(run.history.count).toBe(run.stepCount + 1);
    expect(run.step()).toBeNaN();
  });

  it('reports a NaN/∞ loss at the step it happens', () => {
    const run = new TrainingRun(XOR);
    run.steps(5);
    run.model.parameters()[0].data[0] = Number.POSITIVE_INFINITY;
    run.steps(5);
    expect(run.diverged).toMatchObject({ step: 6, reason: 'not-finite' });
    expect(run.stepCount).toBe(6);
    run.reset();
    expect(run.diverged).toBeNull();
  });

  it('does not fire on ordinary runs', () => {
    for (const dataset of DATASET_NAMES) {
      for (const activation of RACE_ACTIVATIONS) {
        const run = new TrainingRun({ ...DEFAULT_SETTINGS, dataset, activation, secondLayer: true, hidden: 8 });
        run.steps(150);
        expect(run.diverged, `${dataset} ${activation}`).toBeNull();
      }
    }
  });
});

describe('Race', () => {
  it('starts every activation from the same weights and steps them together', () => {
    const race = new Race({ ...DEFAULT_SETTINGS, dataset: 'moons' });
    const w0 = race.runs[0].weights();
    for (const run of race.runs) expect(run.weights()).toEqual(w0);
    race.rounds(30);
    for (const run of race.runs) expect(run.stepCount).toBe(30);
    expect(race.runs[0].history.points()).not.toEqual(race.runs[1].history.points());
    race.reset();
    for (const run of race.runs) expect(run.weights()).toEqual(w0);
  });
});
