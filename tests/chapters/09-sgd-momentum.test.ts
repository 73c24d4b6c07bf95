// Chapter 9: every number the text states, computed here from the engine, and checked against the text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SGD, mseLoss, tensor } from '../../src/engine';
import { eigenvalues2, noisyReadings, ravine, runPath, stableRateLimit } from '../../src/lab';
import { lineFitCurvature } from '../../src/lab/stability';
import { FINISH_LOSS, RavineRaceModel, raceToEnd, stabilityLimit } from '../../src/widgets/RavineRace';

const text = readFileSync(join(import.meta.dirname, '../../chapters/09-sgd-momentum.mdx'), 'utf8');
const says = (s: string) => expect(text).toContain(s);
const DEFAULTS = { lr: 0.5, mu: 0.9, kappa: 50, x0: -9, y0: 4 };
const ch7 = lineFitCurvature(noisyReadings(7).celsius);

/** Chapter 7's line fit on the raw readings with the engine's SGD; the step at which b is within 0.1 of its final value. */
function ch7StepsToIntercept(lr: number, momentum: number): { steps: number; w: number; b: number } {
  const data = noisyReadings(7);
  const x = tensor(Array.from(data.celsius)), y = tensor(Array.from(data.fahrenheit));
  const w = tensor(0, { requiresGrad: true }), b = tensor(0, { requiresGrad: true });
  const opt = new SGD([w, b], { lr, momentum });
  const history: number[] = [];
  for (let s = 0; s < 6000; s++) {
    opt.zeroGrad();
    mseLoss(x.mul(w).add(b), y).backward();
    opt.step();
    history.push(b.item());
  }
  const final = history[history.length - 1];
  expect(Number.isFinite(final)).toBe(true);
  return { steps: history.findIndex((v) => Math.abs(v - final) < 0.1) + 1, w: w.item(), b: final };
}

describe('chapter 9: ravines and condition numbers', () => {
  it('chapter 7’s bowl: λ_max ≈ 1108, λ_min ≈ 1.75, κ ≈ 634', () => {
    expect(ch7.lambdaMax.toFixed(0)).toBe('1108');
    expect(ch7.lambdaMin.toFixed(2)).toBe('1.75');
    expect((ch7.lambdaMax / ch7.lambdaMin).toFixed(0)).toBe('634');
    says('$\\lambda_{\\max} \\approx 1108$');
    says('$\\lambda_{\\min} \\approx 1.75$');
    says('For chapter 7\'s bowl $\\kappa \\approx 634$');
    says('where $\\kappa \\approx 634$');
  });

  it('the ravine’s curvatures are 1 and 1/κ, so η < 2 whatever κ is', () => {
    for (const k of [1, 50, 200]) expect(stableRateLimit(ravine(k))).toBe(2);
    says('equation (7.2) allows any $\\eta < 2$ whatever $\\kappa$ is');
    says('```ts file=src/lab/surfaces.ts region=ravine');
  });

  it('best plain descent shrinks by (κ−1)/(κ+1): 0.980 for κ = 100, about 115 steps per factor of ten', () => {
    const r = 99 / 101;
    expect(r.toFixed(3)).toBe('0.980');
    expect(Math.round(Math.log(10) / -Math.log(r))).toBe(115);
    says('(about $0.980$ for $\\kappa = 100$): some 115 steps for every factor of ten');
    // and the engine agrees: gradient descent with η = 2/(λmax + λmin) on κ = 100
    const s = ravine(100), [big, small] = eigenvalues2(s.hessian(0, 0));
    const path = runPath(s, { x: -9, y: 0 }, 'sgd', { lr: 2 / (big + small) }, 200);
    expect(Math.abs(path.xs[200] / path.xs[0]) ** (1 / 200)).toBeCloseTo(r, 10);
  });

  it('tuned momentum shrinks by (√κ−1)/(√κ+1): 0.818 for κ = 100, about 11.5 steps per factor of ten; the engine agrees', () => {
    const r = 9 / 11;
    expect(r.toFixed(3)).toBe('0.818');
    expect((Math.log(10) / -Math.log(r)).toFixed(1)).toBe('11.5');
    says('For $\\kappa = 100$ that is $0.818$ against $0.980$, about 11.5 steps per factor of ten instead of 115');
    const s = ravine(100), [L, m] = eigenvalues2(s.hessian(0, 0));
    const lr = 4 / (Math.sqrt(L) + Math.sqrt(m)) ** 2, mu = r * r;
    expect(mu.toFixed(2)).toBe('0.67');
    expect(lr.toFixed(2)).toBe('3.31');
    says('on our ravine with $\\kappa = 100$ that is\n$\\mu \\approx 0.67$ and $\\eta \\approx 3.31$');
    says('$\\eta = 4/(\\sqrt{\\lambda_{\\max}} + \\sqrt{\\lambda_{\\min}})^2$');
    says('are the best settings for neither bowl');
    // neither bowl's best settings are the race's opening ones
    for (const k of [50, 100]) {
      const rk = (Math.sqrt(k) - 1) / (Math.sqrt(k) + 1);
      expect(Math.abs(rk * rk - DEFAULTS.mu)).toBeGreaterThan(0.2);
      expect(Math.abs(4 / (1 + 1 / Math.sqrt(k)) ** 2 - DEFAULTS.lr)).toBeGreaterThan(2);
    }
    const path = runPath(s, { x: -9, y: 4 }, 'momentum', { lr, momentum: mu }, 400);
    const d = (k: number) => Math.hypot(path.xs[k], path.ys[k]);
    const observed = (d(400) / d(200)) ** (1 / 200);
    expect(Math.abs(observed - r)).toBeLessThan(0.01); // up to the slowly varying factor of a double root
  });

  it('chapter 7 in those terms: about 730 vs 29 steps per factor of ten', () => {
    const k = ch7.lambdaMax / ch7.lambdaMin;
    const gd = (k - 1) / (k + 1), hb = (Math.sqrt(k) - 1) / (Math.sqrt(k) + 1);
    expect(Math.round(Math.log(10) / -Math.log(gd) / 10) * 10).toBe(730);
    expect(Math.round(Math.log(10) / -Math.log(hb))).toBe(29);
    says('plain descent at its best needs about 730 steps per\nfactor of ten, well-tuned momentum about 29');
  });
});

describe('chapter 9: momentum as memory', () => {
  it('weights add to 1/(1 − μ) = 10 for μ = 0.9; a ten-step-old gradient weighs 0.9^10 ≈ 0.35', () => {
    let sum = 0;
    for (let k = 0; k < 2000; k++) sum += 0.9 ** k;
    expect(sum).toBeCloseTo(10, 10);
    expect((0.9 ** 10).toFixed(2)).toBe('0.35');
    says('which is $10$ for $\\mu = 0.9$');
    // a finite run never reaches the limit: after t steps the sum is (1 − μ^t)/(1 − μ)
    let partial = 0;
    for (let k = 0; k < 30; k++) partial += 0.9 ** k;
    expect(partial).toBeLessThan(10);
    expect(partial.toFixed(1)).toBe('9.6');
    says('add up to $(1 - \\mu^t)/(1 - \\mu)$: no more\nthan $1/(1 - \\mu)$');
    says('(after 30 steps, $9.6$)');
    says('$0.9^{10} \\approx 0.35$');
  });

  it('on a steady slope the engine’s momentum step grows to η·g/(1 − μ): ten times the plain step', () => {
    const p = tensor(0, { requiresGrad: true });
    const opt = new SGD([p], { lr: 0.1, momentum: 0.9 });
    let before = 0, step = 0;
    for (let k = 0; k < 300; k++) {
      opt.zeroGrad();
      p.mul(2).backward(); // f = 2p: gradient 2 everywhere
      before = p.item();
      opt.step();
      step = before - p.item();
    }
    expect(step).toBeCloseTo((0.1 * 2) / (1 - 0.9), 8);
    expect(opt.stateOf(p).momentum[0]).toBeCloseTo(20, 8);
    says('the step grows toward $\\eta\\, g/(1-\\mu)$: ten times the plain\n  step');
    says('`opt.stateOf(p).momentum`');
  });
});

describe('chapter 9: the race', () => {
  it('at the opening settings: SGD 334, momentum 57, Nesterov 23 steps to loss < 0.001', () => {
    const race = raceToEnd(DEFAULTS);
    expect(race.finishedAt).toEqual([334, 57, 23]);
    expect(FINISH_LOSS).toBe(0.001);
    says('plain SGD needs 334 steps, heavy-ball momentum 57 and Nesterov 23');
    says('when its loss drops below\n$0.001$');
    says('expected={raceToEnd({ lr: 0.5, mu: 0.9, kappa: 50, x0: -9, y0: 4 }).winner()}');
    says('(κ = 50, η = 0.5, μ = 0.9, start at (−9, 4))');
  });

  it('κ = 100: SGD needs almost twice as many steps, the momentum methods stay more than ten times faster', () => {
    const a = raceToEnd(DEFAULTS), b = raceToEnd({ ...DEFAULTS, kappa: 100 });
    const ratio = b.finishedAt[0]! / a.finishedAt[0]!;
    expect(ratio).toBeGreaterThan(1.7);
    expect(ratio).toBeLessThan(2);
    expect(b.finishedAt[1]! * 10).toBeLessThan(b.finishedAt[0]!);
    expect(b.finishedAt[2]! * 10).toBeLessThan(b.finishedAt[0]!);
    says('100 and SGD needs almost twice as many steps; the momentum methods stay more than ten times faster');
  });

  it('stability limits on the ravine: 2, 3.8 for heavy ball at μ = 0.9, about 1.36 for Nesterov; 1.5 and 3 at μ = 0.5', () => {
    expect(stabilityLimit('sgd', 1, 0.9)).toBe(2);
    expect(stabilityLimit('momentum', 1, 0.9)).toBeCloseTo(3.8, 12);
    expect(stabilityLimit('nesterov', 1, 0.9).toFixed(2)).toBe('1.36');
    expect(stabilityLimit('nesterov', 1, 0.5)).toBe(1.5);
    expect(stabilityLimit('momentum', 1, 0.5)).toBe(3);
    says('up to $\\eta < 3.8$ on our ravine instead of $\\eta < 2$');
    says('is about $1.36$ on our ravine, much less than heavy ball\'s $3.8$');
    says('2 · 1.5 / 2 = 1.5. Heavy ball at the same μ could go up to 3.');
    // the engine agrees on both sides of each limit (a two-direction bowl, both curvatures ≤ 1)
    for (const mu of [0.5, 0.9]) {
      [0, 1, 2].forEach((i) => {
        const limit = stabilityLimit((['sgd', 'momentum', 'nesterov'] as const)[i], 1, mu);
        const below = new RavineRaceModel({ lr: limit * 0.97, mu, kappa: 4, x0: 1, y0: 4 });
        const above = new RavineRaceModel({ lr: limit * 1.03, mu, kappa: 4, x0: 1, y0: 4 });
        for (let k = 0; k < 3000; k++) { below.round(); above.round(); }
        expect(below.runs[i].divergedAt).toBeNull();
        expect(above.runs[i].divergedAt).not.toBeNull();
      });
    }
  });

  it('η = 1.5: Nesterov diverges, heavy ball wins, SGD arrives later (the second exercise)', () => {
    const race = raceToEnd({ ...DEFAULTS, lr: 1.5 });
    expect(race.winner()).toBe('momentum');
    expect(race.runs[2].divergedAt).not.toBeNull();
    expect(race.finishedAt[0]!).toBeGreaterThan(race.finishedAt[1]!);
    says('expected={raceToEnd({ lr: 1.5, mu: 0.9, kappa: 50, x0: -9, y0: 4 }).winner()}');
  });

  it('chapter 7 with momentum: limit ≈ 0.0034, and η = 0.003, μ = 0.9 settles the intercept in 98 steps against 2199 for plain SGD at 0.0015', () => {
    expect((3.8 / ch7.lambdaMax).toFixed(4)).toBe('0.0034');
    const fast = ch7StepsToIntercept(0.003, 0.9), slow = ch7StepsToIntercept(0.0015, 0);
    expect(fast.steps).toBe(98);
    expect(slow.steps).toBe(2199);
    expect(fast.w).toBeCloseTo(slow.w, 5);
    expect(fast.b).toBeCloseTo(slow.b, 3);
    says('$2(1 + \\mu)/\\lambda_{\\max} \\approx 0.0034$');
    says('within 0.1 of its final value in 98 steps; plain SGD at the working\nrate of $0.0015$ takes 2199');
  });
});

describe('chapter 9: conventions and sources', () => {
  it('says that PyTorch’s momentum form differs from the papers’, and names the sources', () => {
    says('PyTorch\'s documentation says plainly that its `SGD` differs from\nthat form');
    for (const s of ['Polyak described it in 1964', 'Nesterov\'s 1983 paper', 'Sutskever, Martens, Dahl and Hinton (2013)']) says(s);
  });

  it('the engine’s momentum and Nesterov really differ from the papers’ form only by where η sits', () => {
    // Sutskever et al.'s heavy ball with η inside equals ours for a fixed η
    const s = ravine(10), lr = 0.4, mu = 0.8;
    const ours = runPath(s, { x: -9, y: 4 }, 'momentum', { lr, momentum: mu }, 30);
    let x = -9, y = 4, vx = 0, vy = 0;
    for (let k = 1; k <= 30; k++) {
      const [gx, gy] = s.gradient(x, y);
      vx = mu * vx + lr * gx; vy = mu * vy + lr * gy;
      x -= vx; y -= vy;
      expect(ours.xs[k]).toBeCloseTo(x, 10);
    }
    // and Sutskever et al.'s downhill velocity (v ← μv − ηg, θ ← θ + v) is −η times the engine's buffer
    {
      const p = tensor(-9, { requiresGrad: true }), opt = new SGD([p], { lr, momentum: mu });
      let th = -9, v = 0;
      for (let k = 1; k <= 30; k++) {
        opt.zeroGrad();
        p.mul(p).mul(0.5 / 10).backward(); // the ravine's x term for κ = 10
        opt.step();
        v = mu * v - lr * (th / 10); th += v;
        expect(p.item()).toBeCloseTo(th, 10);
        expect(-lr * opt.stateOf(p).momentum[0]).toBeCloseTo(v, 10);
      }
    }
    says('It is $-\\eta$ times our $v$');
    // Nesterov (9.5) tracked at the look-ahead point θ + μv is our (9.6)
    const nag = runPath(s, { x: -9, y: 4 }, 'nesterov', { lr, momentum: mu }, 30);
    let tx = -9, ty = 4; vx = 0; vy = 0;
    for (let k = 1; k <= 30; k++) {
      const [gx, gy] = s.gradient(tx + mu * vx, ty + mu * vy);
      vx = mu * vx - lr * gx; vy = mu * vy - lr * gy;
      tx += vx; ty += vy;
      expect(nag.xs[k]).toBeCloseTo(tx + mu * vx, 10);
      expect(nag.ys[k]).toBeCloseTo(ty + mu * vy, 10);
    }
  });
});
