// Chapter 7's facts, recomputed with the engine; each number test also checks the chapter still says it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tensor } from '../../src/engine';
import { FitRun, noisyReadings, sixReadings } from '../../src/lab/temperature';
import { lineFitCurvature, standardised, stepFactor } from '../../src/lab/stability';
import { descentPath } from '../../src/widgets/LossLandscape/descent';
import { dataset } from '../../src/widgets/LossLandscape/landscape';
import { DESCENT_PARAMS } from '../../src/widgets/LossLandscape/params';

const text = readFileSync(join(import.meta.dirname, '../../chapters/07-first-training-loop.mdx'), 'utf8').replace(/\s+/g, ' ');

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
    expect(run.lastLoss()).toBeLessThan(6); // what is left of the noise (σ = 2 °F)
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
    expect(text).toContain('$\\eta = 0.0015$ reaches $w \\approx 1.79$ and $b \\approx 31.96$ after 10,000 steps, and the loss settles near $3.1$');
  });

  it('the loss floor is this sample\'s noise: mean square 3.2 (σ² = 4 on average), the best line leaves 3.1', () => {
    const d = noisyReadings(7);
    const c = tensor(Array.from(d.celsius)), f = tensor(Array.from(d.fahrenheit));
    const noise = f.sub(c.mul(1.8).add(32));
    const meanSquare = noise.mul(noise).mean().item();
    expect(meanSquare.toFixed(1)).toBe('3.2');
    expect(text).toContain('$\\sigma^2 = 4$ *on average*');
    expect(text).toContain('their mean square is $3.2$');
    // the fitted line can only do better than the true line on its own sample
    expect(fit({}, 10_000).lastLoss()).toBeLessThan(meanSquare);
    expect(text).toContain('which leaves $3.1$');
    expect(text).not.toContain('variance of the noise');
  });

  it('the stability limit (7.2): λ_max ≈ 1108, η < 2/λ_max ≈ 0.0018; factors −0.66 at 0.0015 and −2.32 at 0.003', () => {
    const k = lineFitCurvature(noisyReadings(7).celsius);
    expect(k.meanX.toFixed(2)).toBe('8.38');
    expect(k.meanX2.toFixed(1)).toBe('553.8');
    expect(Math.round(k.lambdaMax)).toBe(1108);
    expect(k.limit.toFixed(4)).toBe('0.0018');
    expect(stepFactor(0.0015, k.lambdaMax).toFixed(2)).toBe('-0.66');
    expect(stepFactor(0.003, k.lambdaMax).toFixed(2)).toBe('-2.32');
    expect(text).toContain('$\\overline{C} \\approx 8.38$');
    expect(text).toContain('$\\overline{C^2} \\approx 553.8$');
    expect(text).toContain('$\\lambda_{\\max} \\approx 1108$');
    expect(text).toContain('$\\eta < 2/\\lambda_{\\max} \\approx 0.0018$');
    expect(text).toContain('$1 - 0.0015 \\cdot 1108 \\approx -0.66$');
    expect(text).toContain('the factor is about $-2.32$');
    expect(text).toContain('$2.3$ times further out');
  });

  it('the limit predicts the engine: just under it converges, just over it diverges, 0.003 fails at step 415', () => {
    const k = lineFitCurvature(noisyReadings(7).celsius);
    const under = fit({ lr: k.limit * 0.99 }, 10_000);
    expect(under.divergedAt).toBeNull();
    expect(under.lastLoss().toFixed(1)).toBe('3.1');
    expect(fit({ lr: k.limit * 1.05 }, 10_000).divergedAt).not.toBeNull();
    const run = fit({ lr: 0.003 }, 10_000);
    expect(run.divergedAt).toBe(415);
    expect(text).toContain('stops being a finite number at step 415');
  });

  it('the shallow direction: λ_min ≈ 1.75, more than 600 times less steep, shrinking a quarter of a percent per step', () => {
    const k = lineFitCurvature(noisyReadings(7).celsius);
    expect(k.lambdaMin.toFixed(2)).toBe('1.75');
    expect(k.lambdaMax / k.lambdaMin).toBeGreaterThan(600);
    expect(k.lambdaMax / k.lambdaMin).toBeLessThan(700);
    expect(1 - stepFactor(0.0015, k.lambdaMin)).toBeCloseTo(0.0025, 3);
    expect(text).toContain('$\\lambda_{\\min} \\approx 1.75$, more than 600 times less than the steep one');
    expect(text).toContain('only a quarter of a percent per step');
  });

  it('the exercise: after standardising the limit is exactly 1 (H = 2I); at η = 1 the loss stays put, at 0.9 it converges', () => {
    const k = lineFitCurvature(standardised(noisyReadings(7).celsius));
    expect(k.lambdaMax).toBeCloseTo(2, 12);
    expect(k.lambdaMin).toBeCloseTo(2, 12);
    expect(k.limit).toBeCloseTo(1, 12);
    // the answer does not depend on the data; the chapter computes it from the six readings
    expect(lineFitCurvature(standardised(dataset('six').celsius)).limit).toBeCloseTo(1, 12);
    expect(text).toContain("expected={lineFitCurvature(standardised(dataset('six').celsius)).limit}");
    const atLimit = fit({ lr: 1, standardise: true }, 50);
    expect(atLimit.divergedAt).toBeNull();
    expect(atLimit.losses[49] / atLimit.losses[1]).toBeCloseTo(1, 9);
    expect(fit({ lr: 0.9, standardise: true }, 300).lastLoss().toFixed(1)).toBe('3.1');
  });

  it('η = 1e-5 crawls: after 2,000 steps the intercept is still far from 32', () => {
    const run = fit({ lr: 1e-5 }, 2000);
    expect(run.divergedAt).toBeNull();
    expect(run.line().intercept).toBeLessThan(10);
  });

  it('standardised, η = 0.1: a few hundred steps reach the noise floor; the exercise (loss < 10 in 500 steps) needs it', () => {
    expect(fit({ lr: 0.1, standardise: true }, 300).lastLoss()).toBeLessThan(3.2);
    expect(fit({}, 500).lastLoss()).toBeGreaterThan(10);
    expect(text).toContain('getting the loss below 10 within 500 steps, needs an idea from the last section of this chapter, *Scale your inputs*');
  });

  it('forgetting to zero at the working rate leaves the loss far above the zeroed run', () => {
    const zeroed = fit({}, 2000);
    const forgot = fit({ zeroGradients: false }, 2000);
    expect(forgot.divergedAt !== null || forgot.lastLoss() > 10 * zeroed.lastLoss()).toBe(true);
  });
});

describe('chapter 7: gradient descent drawn on chapter 4’s landscape (F30)', () => {
  const six = dataset('six');
  it('the six readings allow η < 2/λ_max ≈ 0.00027, and the widget starts just under it', () => {
    const k = lineFitCurvature(six.celsius);
    expect(k.limit.toFixed(5)).toBe('0.00027');
    expect(DESCENT_PARAMS.lr.default).toBe(0.00025);
    expect(DESCENT_PARAMS.lr.default).toBeLessThan(k.limit);
    expect(text).toContain('$\\eta < 2/\\lambda_{\\max} \\approx 0.00027$');
    expect(text).toContain('at $\\eta = 0.00025$');
    expect(text).toContain("<LossLandscape descent shareInUrl={false} initial={{ data: 'six' }} />");
  });
  it('from w = 0.5, b = 10: w swings to 3.43, 0.99, 3.03 while b moves less than half a degree in 100 steps', () => {
    const path = descentPath(six, { w: 0.5, b: 10 }, 0.00025, 100);
    expect(path.slice(1, 4).map((p) => p.w.toFixed(2))).toEqual(['3.43', '0.99', '3.03']);
    expect(Math.abs(path[100].b - 10)).toBeLessThan(0.5);
    expect(path.every((p) => Number.isFinite(p.loss))).toBe(true);
    expect(text).toContain('to $3.43$, then $0.99$, then $3.03$');
    expect(text).toContain('$b$ has moved by less than half a degree after 100 steps');
  });
  it('just over the limit the same start diverges', () => {
    const path = descentPath(six, { w: 0.5, b: 10 }, 0.0003, 1000);
    expect(path.some((p) => !Number.isFinite(p.loss)) || Math.abs(path[path.length - 1].w) > 1e6).toBe(true);
  });
  it('standardised, η = 0.5: one step lands on w = 1.8, b = 32 (factor 1 − 0.5·2 = 0)', () => {
    const path = descentPath(six, { w: 0.5, b: 10 }, 0.5, 1, true);
    expect(path[1].w).toBeCloseTo(1.8, 10);
    expect(path[1].b).toBeCloseTo(32, 9);
    expect(lineFitCurvature(standardised(six.celsius)).lambdaMax).toBeCloseTo(2, 12);
    expect(text).toContain('$1 - 0.5 \\cdot 2 = 0$');
    expect(text).toContain('$w = 1.8$, $b = 32$ in a single step');
  });
});
