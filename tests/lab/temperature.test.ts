import { describe, expect, it } from 'vitest';
import { FitRun, sixReadings } from '../../src/lab/temperature';

describe('FitRun', () => {
  it('keeps every step’s loss while short, and a fixed-size record however long it trains', () => {
    const run = new FitRun(sixReadings(), { lr: 0.1, standardise: true, zeroGradients: true });
    for (let i = 0; i < 50; i++) run.advance();
    expect(run.losses).toHaveLength(50); // one per step, oldest first
    expect(run.losses[0]).toBeGreaterThan(run.losses[49]);
    for (let i = 0; i < 20_000; i++) run.advance();
    expect(run.step).toBe(20_050);
    expect(run.losses.length).toBeLessThanOrEqual(run.history.maxPoints);
    expect(run.history.count).toBe(20_050);
    expect(run.lastLoss()).toBe(run.history.last);
    expect(run.history.lastStep).toBe(20_050);
  });

  it('reports the loss of the current line before the first step', () => {
    const run = new FitRun(sixReadings(), { lr: 0.1, standardise: true, zeroGradients: true });
    expect(run.losses).toEqual([]);
    expect(run.lastLoss()).toBe(run.currentLoss());
  });
});
