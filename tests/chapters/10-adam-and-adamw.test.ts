// Every number chapter 10 states, recomputed with the engine; each test also checks that the chapter
// still says it, so the text and the engine cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Adam, RMSprop, tensor } from '../../src/engine';
import {
  BATCH_SIZE, DECAY_EXAMPLE, DEFAULT_MOMENTS, NetworkRace, RACE_NETWORK, SurfaceRace, idleWeightAfter, surfaceOf, traceMoments, uncorrectedRatio,
} from '../../src/lab';
import { RECOMMENDED } from '../../src/widgets/OptimizerRace/params';
import { racersOf } from '../../src/widgets/OptimizerRace/racers';
import { OPTRACE_SPECS } from '../../src/widgets/OptimizerRace';
import { defaults } from '../../src/widgets/kit';

const text = readFileSync(join(import.meta.dirname, '../../chapters/10-adam-and-adamw.mdx'), 'utf8').replace(/\s+/g, ' ');
const says = (s: string) => expect(text, `chapter 10 should say ${s}`).toContain(s);

describe('10.1–10.2 the defaults the chapter quotes are the engine\'s', () => {
  it('RMSprop α = 0.99; Adam η = 0.001, β = (0.9, 0.999), ε = 1e-8', () => {
    const p = tensor(0, { requiresGrad: true });
    const rms = new RMSprop([p]);
    expect(rms.paramGroups[0].alpha).toBe(0.99);
    const adam = new Adam([p]);
    expect(adam.paramGroups[0].lr).toBe(0.001);
    expect(adam.paramGroups[0].betas).toEqual([0.9, 0.999]);
    expect(adam.paramGroups[0].eps).toBe(1e-8);
    says('$\\alpha$ (0.99 in PyTorch\'s default)');
    says('The defaults are $\\beta_1 = 0.9$ and $\\beta_2 = 0.999$');
    says('The default learning rate is $\\eta = 0.001$ and $\\varepsilon = 10^{-8}$');
  });
});

describe('10.3 bias correction', () => {
  it('with a constant gradient, m̂ = g and v̂ = g² from the first step', () => {
    for (const row of traceMoments({ ...DEFAULT_MOMENTS, scale: 7 })) {
      expect(row.mHat).toBeCloseTo(7, 10);
      expect(row.vHat).toBeCloseTo(49, 8);
    }
  });

  it('the uncorrected step is 3.16× at step 1, peaks at 6.57× at step 12, is 1.26× at step 1,000', () => {
    const rows = traceMoments({ ...DEFAULT_MOMENTS, steps: 1000 });
    const ratio = rows.map((r) => r.stepOff / r.stepOn);
    expect(ratio[0]).toBeCloseTo(uncorrectedRatio(1, 0.9, 0.999), 5); // ε makes the last digits differ
    expect(ratio[0].toFixed(2)).toBe('3.16');
    const peak = ratio.reduce((b, v, i) => (v > ratio[b] ? i : b), 0);
    expect(peak + 1).toBe(12);
    expect(ratio[peak].toFixed(2)).toBe('6.57');
    expect(ratio[999].toFixed(2)).toBe('1.26');
    says('which is 3.16 at the first step, peaks at 6.57 at step 12, and is still 1.26 at step 1,000');
    says('(3.16 × at step 1 with the defaults)');
    expect(Math.sqrt(1000).toFixed(1)).toBe('31.6');
    says('too small by a factor of $\\sqrt{1000} \\approx 31.6$');
  });

  it('with the correction the first step is 0.001 for gradients 1e-3, 1 and 1e3', () => {
    for (const scale of [1e-3, 1, 1e3]) {
      const [first] = traceMoments({ ...DEFAULT_MOMENTS, scale, steps: 1 });
      expect(first.stepOn).toBeCloseTo(0.001, 7);
    }
    says('the engine moves a weight by 0.001 at step 1 whether its gradient is $10^{-3}$, 1 or $10^{3}$');
  });
});

describe('10.3 the lens with noise', () => {
  it('noisy gradients: the corrected steps wobble, mostly below η, and shrink as the noise grows', () => {
    const meanStep = (noise: number, seed: number) => {
      const s = traceMoments({ ...DEFAULT_MOMENTS, noise, seed }).map((r) => r.stepOn / DEFAULT_MOMENTS.lr);
      expect(Math.max(...s)).toBeLessThan(1.05);
      expect(Math.max(...s) - Math.min(...s)).toBeGreaterThan(0.02);
      return s.reduce((a, b) => a + b) / s.length;
    };
    for (const seed of [1, 2, 3]) {
      expect(meanStep(0.2, seed)).toBeLessThan(1);
      expect(meanStep(1, seed)).toBeLessThan(meanStep(0.2, seed));
      expect(meanStep(2, seed)).toBeLessThan(meanStep(1, seed));
    }
    says('the corrected steps now wobble, and mostly stay below $\\eta$');
  });
});

describe('10.4 ε', () => {
  it('a gradient of 1e-8 gives a first step of η/2 = 0.0005', () => {
    const [first] = traceMoments({ ...DEFAULT_MOMENTS, scale: 1e-8, steps: 1 });
    expect(first.stepOn).toBeCloseTo(0.0005, 12);
    says('With a gradient of exactly $10^{-8}$, the first step is $\\eta/2$, not $\\eta$; the engine gives 0.0005');
  });

  it('ε added to √v before the correction acts like ε/√(1 − β₂ᵗ): 31.6 × at step 1', () => {
    const g = 1e-8, m1 = 0.1 * g, v1 = 0.001 * g * g, lr = 0.001; // the moments after step 1
    const beforeCorrection = lr * (Math.sqrt(1 - 0.999) / (1 - 0.9)) * m1 / (Math.sqrt(v1) + 1e-8);
    const effectiveEps = 1e-8 / Math.sqrt(1 - 0.999);
    expect(beforeCorrection).toBeCloseTo(lr * g / (g + effectiveEps), 15);
    expect((effectiveEps / 1e-8).toFixed(1)).toBe('31.6');
    says('31.6 times larger at step 1');
  });

  it('the exercise: a first gradient of 3e-8 moves the weight by 0.00075', () => {
    const [first] = traceMoments({ ...DEFAULT_MOMENTS, scale: 3e-8, steps: 1 });
    expect(first.stepOn).toBeCloseTo(0.00075, 12);
    says('0.00075: η · 3/(3 + 1)');
  });
});

describe('10.5 L2 versus decoupled weight decay', () => {
  it('an idle weight: Adam with L2 ends at 0.902, AdamW at 0.999 (η 0.001, λ 0.01, 100 steps)', () => {
    expect(DECAY_EXAMPLE).toEqual({ steps: 100, lr: 0.001, weightDecay: 0.01, start: 1 });
    const r = idleWeightAfter(DECAY_EXAMPLE);
    expect(r.adamL2.toFixed(3)).toBe('0.902');
    expect(r.adamW.toFixed(3)).toBe('0.999');
    expect(r.adamW).toBeCloseTo((1 - 0.001 * 0.01) ** 100, 12);
    says('leaves it at 0.902: the decay acted like a full-size Adam step of about $\\eta$');
    says('the same idle weight ends at 0.999');
    says('Take a weight at 1 that the loss ignores, $\\eta = 0.001$, $\\lambda = 0.01$, 100 steps');
  });

  it('the exercise: with λ = 0.1 AdamW ends at 0.990 (ten times the decay), Adam with L2 again at 0.902', () => {
    const before = idleWeightAfter(DECAY_EXAMPLE), after = idleWeightAfter({ ...DECAY_EXAMPLE, weightDecay: 0.1 });
    expect(after.adamW.toFixed(3)).toBe('0.990');
    expect((1 - after.adamW) / (1 - before.adamW)).toBeCloseTo(10, 0);
    expect(after.adamL2.toFixed(3)).toBe('0.902');
    expect(Math.abs(after.adamL2 - before.adamL2)).toBeLessThan(1e-3);
    says('AdamW decays ten times more (to about 0.990); Adam with L2 still ends near 0.902.');
    says('0.990 instead of 0.999. Adam with L2 moves about η per step whatever λ is: 0.902 again.');
  });
});

describe('10.3 exercise: the uncorrected second step', () => {
  it('is 4.25 η with a constant gradient', () => {
    const rows = traceMoments({ ...DEFAULT_MOMENTS, steps: 2 });
    expect((rows[1].stepOff / rows[1].stepOn).toFixed(2)).toBe('4.25');
    expect(uncorrectedRatio(2, 0.9, 0.999).toFixed(2)).toBe('4.25');
    says('0.19 / √0.001999 ≈ 4.25');
  });
});

describe('10.6 the race', () => {
  const values = defaults(OPTRACE_SPECS);

  it('the network race: SGD about 0.15 and Adam about 0.03 after 1,000 steps, all from one start', () => {
    const v = { ...values, ...RECOMMENDED.network };
    expect([v.lrPlain, v.lrAdaptive]).toEqual([0.3, 0.01]);
    const race = new NetworkRace(RACE_NETWORK, racersOf(v));
    expect(new Set(race.racers.map((r) => race.startOf(r).checksum)).size).toBe(1);
    race.rounds(1000);
    const [sgd, , , adam] = race.racers.map((r) => r.run.loss);
    expect(sgd.toFixed(2)).toBe('0.15');
    expect(adam.toFixed(2)).toBe('0.03');
    says('With the network\'s starting rates (0.3 and 0.01), plain SGD is at a loss of about 0.15 after 1,000 steps and Adam at about 0.03');
    says('two hidden layers of 16 tanh units');
    says('Each step uses the loss on 50 of the points, a random **mini-batch**, instead of all 200');
    expect(BATCH_SIZE).toBe(50);
    expect(race.racers[0].run.data.n).toBe(200);
    const weights = race.racers[0].run.model.parameters().reduce((n, p) => n + p.data.length, 0);
    expect(weights).toBeGreaterThanOrEqual(200);
    expect(weights).toBeLessThan(1000);
    says('with a few hundred weights');
    expect(RACE_NETWORK).toMatchObject({ dataset: 'spiral', hidden: 16, secondLayer: true, activation: 'tanh' });
  }, 60_000);

  it('Rosenbrock at the starting rates: SGD has not arrived after 2,000 steps', () => {
    expect(values.surface).toBe('rosenbrock');
    const s = surfaceOf('rosenbrock');
    const race = new SurfaceRace(s, s.defaultStart, racersOf(values));
    for (let i = 0; i < 2000; i++) race.round();
    expect(race.arrivals(0.01)[0]).toBeNull();
    expect(race.runs[0].losses[2000] - s.minima[0].value).toBeGreaterThan(0.1);
    says('plain SGD is still far from the minimum after 2,000 steps');
  });

  it('the saddle: the adaptive methods leave the ridge long before SGD', () => {
    const s = surfaceOf('saddle');
    const race = new SurfaceRace(s, s.defaultStart, racersOf({ ...values, surface: 'saddle', ...RECOMMENDED.saddle }));
    for (let i = 0; i < 2000; i++) race.round();
    const [sgd, , rms, adam, adamw] = race.arrivals(0.01);
    for (const k of [rms, adam, adamw]) expect(k! * 10).toBeLessThan(sgd!);
    expect(Math.abs(s.defaultStart.y)).toBeLessThan(0.01);
    says('SGD started almost exactly on the ridge takes a long time');
  });
});
