import { describe, expect, it } from 'vitest';
import { FitRun, noisyReadings, sixReadings } from '../../src/lab/temperature';

function train(run: FitRun, steps: number): FitRun {
  for (let i = 0; i < steps; i++) if (!run.advance()) break;
  return run;
}

describe('chapter 7: the first training loop', () => {
  it('recovers w ≈ 1.8 and b ≈ 32 from 100 noisy readings with SGD, lr 0.0015, 10,000 steps', () => {
    const run = train(new FitRun(noisyReadings(7), { lr: 0.0015, standardise: false, zeroGradients: true }), 10_000);
    expect(run.divergedAt).toBeNull();
    expect(run.line().slope).toBeCloseTo(1.8, 1);
    expect(Math.abs(run.line().intercept - 32)).toBeLessThan(1);
    expect(run.lastLoss()).toBeLessThan(6); // about the noise variance (σ = 2 °F)
  });

  it('learns the six exact readings to the line F = 1.8C + 32 when the inputs are standardised', () => {
    const run = train(new FitRun(sixReadings(), { lr: 0.1, standardise: true, zeroGradients: true }), 300);
    expect(run.line().slope).toBeCloseTo(1.8, 6);
    expect(run.line().intercept).toBeCloseTo(32, 5);
  });

  it('diverges on raw inputs with a learning rate above the stable limit, and says at which step', () => {
    const run = train(new FitRun(noisyReadings(7), { lr: 0.003, standardise: false, zeroGradients: true }), 10_000);
    expect(run.divergedAt).not.toBeNull();
    expect(run.divergedAt!).toBeLessThan(2000);
  });

  it('without zeroing, gradients pile up: the same learning rate that converges now swings and blows up', () => {
    const good = train(new FitRun(sixReadings(), { lr: 0.1, standardise: true, zeroGradients: true }), 200);
    const bad = train(new FitRun(sixReadings(), { lr: 0.1, standardise: true, zeroGradients: false }), 200);
    expect(good.lastLoss()).toBeLessThan(1e-6);
    expect(bad.divergedAt !== null || bad.lastLoss() > 1).toBe(true);
  });

  it('standardising lets a far larger learning rate converge far faster', () => {
    const raw = train(new FitRun(noisyReadings(7), { lr: 0.0015, standardise: false, zeroGradients: true }), 300);
    const std = train(new FitRun(noisyReadings(7), { lr: 0.1, standardise: true, zeroGradients: true }), 300);
    expect(std.lastLoss()).toBeLessThan(raw.lastLoss() / 10);
  });
});

describe('chapter 7: numbers stated in the text (trainer defaults: 100 noisy readings, seed 7)', () => {
  const fit = (opts: Partial<{ lr: number; standardise: boolean; zeroGradients: boolean }>, steps: number) =>
    train(new FitRun(noisyReadings(7), { lr: 0.0015, standardise: false, zeroGradients: true, ...opts }), steps);

  it('η = 0.0015, 10,000 steps: w ≈ 1.79, b ≈ 31.96, loss ≈ 3.1', () => {
    const run = fit({}, 10_000);
    expect(run.line().slope.toFixed(2)).toBe('1.79');
    expect(run.line().intercept.toFixed(2)).toBe('31.96');
    expect(run.lastLoss().toFixed(1)).toBe('3.1');
  });

  it('η = 0.003 diverges within a few hundred steps', () => {
    const run = fit({ lr: 0.003 }, 10_000);
    expect(run.divergedAt).toBeGreaterThan(100);
    expect(run.divergedAt).toBeLessThan(1000);
  });

  it('η = 1e-5 crawls: after 2,000 steps the intercept is still far from 32', () => {
    const run = fit({ lr: 1e-5 }, 2000);
    expect(run.divergedAt).toBeNull();
    expect(run.line().intercept).toBeLessThan(10);
  });

  it('standardised, η = 0.1: a few hundred steps reach the noise floor; the exercise (loss < 10 in 500 steps) needs it', () => {
    expect(fit({ lr: 0.1, standardise: true }, 300).lastLoss()).toBeLessThan(3.2);
    expect(fit({}, 500).lastLoss()).toBeGreaterThan(10);
  });

  it('forgetting to zero at the working rate leaves the loss far above the zeroed run', () => {
    const zeroed = fit({}, 2000);
    const forgot = fit({ zeroGradients: false }, 2000);
    expect(forgot.divergedAt !== null || forgot.lastLoss() > 10 * zeroed.lastLoss()).toBe(true);
  });
});
