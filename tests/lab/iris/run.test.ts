// One Iris training run (src/lab/iris/run.ts).
import { describe, expect, it } from 'vitest';
import { IrisRun } from '../../../src/lab/iris/run';

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
