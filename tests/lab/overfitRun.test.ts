// The overfit lab's run: a seeded split, reproducible steps, early stopping that restores the best
// weights, mid-run changes that keep the weights, divergence that stops the run.
import { describe, expect, it } from 'vitest';
import { OVERFIT_DEFAULTS, OverfitRun, makeSplitMoons, sgdDecayFactor, TRAIN_POINTS, VALIDATION_POINTS } from '../../src/lab';

describe('makeSplitMoons', () => {
  it('splits one seeded set into 40 training and 200 validation points, both classes in each', () => {
    const a = makeSplitMoons(5), b = makeSplitMoons(5), c = makeSplitMoons(6);
    expect(a.train.n).toBe(TRAIN_POINTS);
    expect(a.validation.n).toBe(VALIDATION_POINTS);
    expect(Array.from(a.train.inputs)).toEqual(Array.from(b.train.inputs));
    expect(Array.from(a.train.inputs)).not.toEqual(Array.from(c.train.inputs));
    for (const d of [a.train, a.validation]) {
      const ones = d.targets.reduce((s, t) => s + t, 0);
      expect(ones).toBeGreaterThan(0.3 * d.n);
      expect(ones).toBeLessThan(0.7 * d.n);
    }
  });
});

describe('OverfitRun', () => {
  it('replays the same run step for step after reset, dropout masks included', () => {
    const run = new OverfitRun({ ...OVERFIT_DEFAULTS, dropout: 0.5 });
    run.steps(20);
    const first = [run.trainLoss, run.validationLoss];
    run.reset();
    expect(run.stepCount).toBe(0);
    run.steps(20);
    expect([run.trainLoss, run.validationLoss]).toEqual(first);
  });

  it('measures in eval mode: both losses are deterministic functions of the weights', () => {
    const run = new OverfitRun({ ...OVERFIT_DEFAULTS, dropout: 0.5 });
    run.steps(5);
    const grid1 = run.evaluateGrid(8).slice();
    const grid2 = run.evaluateGrid(8).slice();
    expect(Array.from(grid1)).toEqual(Array.from(grid2));
  });

  it('early stopping ends the run PATIENCE steps after the best validation loss and restores those weights', () => {
    const run = new OverfitRun({ ...OVERFIT_DEFAULTS, earlyStop: true });
    run.steps(1000);
    expect(run.stopped).not.toBeNull();
    const s = run.stopped!;
    expect(s.step - s.bestStep).toBe(150);
    expect(run.validationLoss).toBe(s.bestLoss);
    expect(run.step()).toBeNaN(); // no more steps while stopped
    run.update({ ...run.settings, earlyStop: false });
    expect(run.stopped).toBeNull();
    expect(Number.isFinite(run.step())).toBe(true);
  });

  it('a new dropout p or penalty keeps the weights; a new seed starts a new run', () => {
    const run = new OverfitRun(OVERFIT_DEFAULTS);
    run.steps(3);
    const w = run.weightNormSquared();
    expect(run.update({ ...run.settings, dropout: 0.3 })).toEqual(['dropout']);
    expect(run.update({ ...run.settings, decay: 0.5 })).toEqual(['optimizer']);
    expect(run.weightNormSquared()).toBe(w);
    expect(run.stepCount).toBe(3);
    expect(run.update({ ...run.settings, seed: 9 })).toEqual(['rebuilt']);
    expect(run.stepCount).toBe(0);
  });

  it('stops and says why when the loss blows up', () => {
    const run = new OverfitRun({ ...OVERFIT_DEFAULTS, lr: 1 });
    run.steps(200);
    expect(run.diverged).not.toBeNull();
    expect(run.steps(10)).toBe(0);
  });

  it('sgdDecayFactor is 1 − ηλ', () => {
    expect(sgdDecayFactor(0.1, 0.5)).toBeCloseTo(0.95, 15);
  });
});
