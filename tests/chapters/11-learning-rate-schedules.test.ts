// Every number chapter 11 states, recomputed with the engine's schedulers and a real duel; each test
// also checks that the chapter still says it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OneCycleLR, SGD, tensor } from '../../src/engine';
import { defaultScheduleOptions, firstStepAtOrBelow, scheduleCurve } from '../../src/lab';
import { makeDuel } from '../../src/widgets/ScheduleDuel/duel';
import { DUEL_SPECS } from '../../src/widgets/ScheduleDuel/params';
import { PLOT_SPECS } from '../../src/widgets/SchedulePlotter/params';
import { defaults } from '../../src/widgets/kit';

const text = readFileSync(join(import.meta.dirname, '../../chapters/11-learning-rate-schedules.mdx'), 'utf8').replace(/\s+/g, ' ');
const says = (s: string) => expect(text, `chapter 11 should say ${s}`).toContain(s);

describe('11.2 the schedules', () => {
  it('exponential decay with γ = 0.99 falls tenfold in 230 steps', () => {
    const curve = scheduleCurve('exponential', { ...defaultScheduleOptions(0.1, 1000), decay: 0.99 }, 1000);
    expect(firstStepAtOrBelow(curve, 0.01)).toBe(230);
    expect(curve[229].toFixed(5)).toBe('0.01001');
    says('with $\\gamma = 0.99$ the rate falls tenfold in 230 steps');
    says('With γ = 0.99 it took 230 steps');
  });

  it('the exercise: with γ = 0.98 the rate is first below 0.01 at step 114', () => {
    const curve = scheduleCurve('exponential', { ...defaultScheduleOptions(0.1, 1000), decay: 0.98 }, 1000);
    expect(firstStepAtOrBelow(curve, 0.01)).toBe(114);
    expect(curve[113].toFixed(4)).toBe('0.0102');
    expect((Math.log(0.1) / Math.log(0.98)).toFixed(2)).toBe('113.97');
    says('114: after 113 steps η is still 0.0102');
    says('t > ln 0.1 / ln 0.98 ≈ 113.97');
  });

  it('one-cycle defaults are PyTorch\'s: d = 25, D = 10⁴, p = 0.3', () => {
    const s = new OneCycleLR(new SGD([tensor(0, { requiresGrad: true })], { lr: 1 }), { maxLr: 1, totalSteps: 100 });
    expect(s.lrAt(0)).toBeCloseTo(1 / 25, 12);
    expect(s.lrAt(29)).toBeCloseTo(1, 12); // the peak at pT − 1
    expect(s.lrAt(99)).toBeCloseTo(1 / 25 / 1e4, 12);
    says('$d = 25$, $D = 10^4$, $p = 0.3$');
    // the peak is the scheduler's maxLr, not the optimizer's own rate, which it replaces
    const opt = new SGD([tensor(0, { requiresGrad: true })], { lr: 0.5 });
    const t = new OneCycleLR(opt, { maxLr: 2, totalSteps: 100 });
    expect(t.lrAt(29)).toBeCloseTo(2, 12);
    expect(opt.paramGroups[0].lr).toBeCloseTo(2 / 25, 12);
    says('the peak $\\eta$ (here the scheduler\'s `maxLr`, which replaces the optimizer\'s own rate)');
  });

  it('the plotter starts on cosine from 0.1 over 1,000 steps: 0.05 at step 500', () => {
    const v = defaults(PLOT_SPECS);
    expect([v.schedule, v.lr, v.total, v.minFactor]).toEqual(['cosine', 0.1, 1000, 0]);
    const curve = scheduleCurve('cosine', { ...defaultScheduleOptions(0.1, 1000), minFactor: 0 }, 1001);
    expect(curve[500]).toBeCloseTo(0.05, 12);
    says('cosine annealing from 0.1 over 1,000 steps gives 0.05 at step 500');
  });

  it('the exercise: a cosine from 0.2 over 400 steps is at 0.171 at step 100, above 0.15', () => {
    const curve = scheduleCurve('cosine', { ...defaultScheduleOptions(0.2, 400), minFactor: 0 }, 401);
    expect(curve[200]).toBeCloseTo(0.1, 12);
    expect(curve[100].toFixed(3)).toBe('0.171');
    expect(curve[100]).toBeGreaterThan(0.75 * 0.2);
    says('0.171, above three quarters (0.15)');
  });
});

describe('11.3–11.4 the duel', () => {
  const v = defaults(DUEL_SPECS);
  const finish = (over: Partial<typeof v>) => {
    const duel = makeDuel({ ...v, ...over });
    duel.rounds(v.total);
    return duel.racers.map((r) => r.run.loss);
  };

  it('starting settings: constant ends near 0.45, cosine near 0.004', () => {
    expect([v.a, v.b, v.optimizer, v.lr, v.total, v.seed]).toEqual(['constant', 'cosine', 'adam', 0.3, 1000, 1]);
    const [constant, cosine] = finish({});
    expect(constant.toFixed(2)).toBe('0.45');
    expect(cosine.toFixed(3)).toBe('0.004');
    says('With the starting settings (peak rate 0.3, 1,000 steps, seed 1) the constant rate ends at a loss of about 0.45');
    says('while the cosine run ends at about 0.004');
  }, 120_000);

  it('at 0.6, warm-up then cosine ends near 0.23, cosine alone near 0.51', () => {
    const [cosine, warm] = finish({ a: 'cosine', b: 'warmupCosine', lr: 0.6 });
    expect(cosine.toFixed(2)).toBe('0.51');
    expect(warm.toFixed(2)).toBe('0.23');
    const o = defaultScheduleOptions(0.6, 1000);
    expect([o.warmup, o.startFactor]).toEqual([100, 0.01]);
    says('warm-up over the first 100 steps, from 1 % of the rate');
    says('the run without warm-up ends at a loss of about 0.51 and the run with it at about 0.23');
  }, 120_000);
});
