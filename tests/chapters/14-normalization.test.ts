// Every number chapter 14 states, recomputed with the engine through the chapter's own NormRun. Each
// test also checks that the chapter still says it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NORM_DEFAULTS, NORM_WIDTH, NormRun, fractionBeyond, layerNormOf, meanStd, type NormSettings } from '../../src/lab';
import { LayerNorm } from '../../src/engine';

const text = readFileSync(join(import.meta.dirname, '../../chapters/14-normalization.mdx'), 'utf8').replace(/\s+/g, ' ');
const says = (s: string) => expect(text, `chapter 14 should say "${s}"`).toContain(s);
const SLOW = 300_000;

function firstBelow(s: Partial<NormSettings>, target: number, limit: number): number {
  const run = new NormRun({ ...NORM_DEFAULTS, ...s });
  while (run.stepCount < limit) {
    run.step();
    if (run.normed.history.last < target) return run.stepCount;
  }
  return -1;
}

describe('14.1 drift', () => {
  it('8 layers of 16 tanh units, gain 1: spread 1.04 at the first layer, 0.208 at the last; gradients 0.0233 and 0.0759', () => {
    expect([NORM_DEFAULTS.depth, NORM_WIDTH, NORM_DEFAULTS.gain, NORM_DEFAULTS.lr]).toEqual([8, 16, 1, 0.05]);
    const run = new NormRun(NORM_DEFAULTS);
    expect(run.data.n).toBe(200);
    const std = run.plain.inputs.map((v) => meanStd(v).std);
    expect(std[0].toFixed(2)).toBe('1.04');
    expect(std[7].toFixed(3)).toBe('0.208');
    expect(run.plain.gradNorms[0].toFixed(4)).toBe('0.0233');
    expect(run.plain.gradNorms[8].toFixed(4)).toBe('0.0759');
    for (const v of run.normed.inputs) expect(meanStd(v).std).toBeCloseTo(1, 3);
    says('8 hidden layers of 16 tanh units');
    says('At the first layer it is 1.04; by the last it has shrunk to 0.208');
    says('the norm of the first layer\'s weight gradient is 0.0233, while the output layer\'s is 0.0759');
    says('standard deviation $1/\\sqrt{\\text{fan-in}}$');
  });

  it('gain 2.5: the plain layers pile values beyond ±2, the normalized ones do not', () => {
    const run = new NormRun({ ...NORM_DEFAULTS, gain: 2.5 });
    expect(Math.max(...run.plain.inputs.map((v) => fractionBeyond(v, 2)))).toBeGreaterThan(0.25);
    expect(Math.max(...run.normed.inputs.map((v) => fractionBeyond(v, 2)))).toBeLessThan(0.1);
    says('Raise **Initial weight gain** to 2.5');
  });
});

describe('14.2 LayerNorm by hand', () => {
  it('(1, 2, 3, 6): μ = 3, σ² = 3.5, the first value −1.069; ten times the values, the last is 1.604 either way; γ = 1, β = 0, ε = 1e-5', () => {
    const y = layerNormOf([1, 2, 3, 6]);
    expect(y[0].toFixed(3)).toBe('-1.069');
    expect(y[3].toFixed(3)).toBe('1.604');
    const y10 = layerNormOf([10, 20, 30, 60]);
    expect(y10[3].toFixed(3)).toBe('1.604');
    expect(Math.abs(y10[3] - y[3])).toBeLessThan(1e-5); // scale-invariant up to ε
    const ln = new LayerNorm(4);
    expect(Array.from(ln.weight!.data)).toEqual([1, 1, 1, 1]);
    expect(Array.from(ln.bias!.data)).toEqual([0, 0, 0, 0]);
    says('$\\mu = 3$, $\\sigma^2 = 3.5$, and the first value becomes $-2/\\sqrt{3.5} \\approx -1.069$');
    says('3/√3.5 ≈ 1.604');
    says('expected={layerNormOf([10, 20, 30, 60])[3]}');
    says('(60 − 30)/√350 = 3/√3.5 ≈ 1.604');
  });
});

describe('14.4 the duel', () => {
  it('LayerNorm: below 0.1 at step 99, 0.0006 at step 300; plain 0.577 at 100 and 0.604 at 300; first-layer gradient 0.119 vs 0.0233', () => {
    const run = new NormRun(NORM_DEFAULTS);
    expect(run.normed.gradNorms[0].toFixed(3)).toBe('0.119');
    expect(Math.round(run.normed.gradNorms[0] / run.plain.gradNorms[0])).toBe(5);
    while (run.stepCount < 100) run.step();
    expect(run.plain.history.last.toFixed(3)).toBe('0.577');
    while (run.stepCount < 300) run.step();
    expect(run.plain.history.last.toFixed(3)).toBe('0.604');
    expect(run.normed.history.last.toFixed(4)).toBe('0.0006');
    expect(firstBelow({}, 0.1, 300)).toBe(99);
    says('passes a loss of 0.1 at step 99 and is at 0.0006 by step 300');
    says('0.577 at step 100, 0.604 at step 300');
    says('five times larger than the plain one\'s (0.119 against 0.0233)');
    expect(Math.abs(1.604 - layerNormOf([10, 20, 30, 60])[3]) / 1.604).toBeLessThan(5e-4); // three decimals pass the exercise
    says('tolerance={5e-4}');
    says('momentum 0.9, learning rate 0.05');
  }, SLOW);

  it('gain 2.5: plain 0.0071 and LayerNorm 0.0012 at step 300; learning rate 0.1: LayerNorm stuck at 0.608', () => {
    const big = new NormRun({ ...NORM_DEFAULTS, gain: 2.5 });
    while (big.stepCount < 300) big.step();
    expect(big.plain.history.last.toFixed(4)).toBe('0.0071');
    expect(big.normed.history.last.toFixed(4)).toBe('0.0012');
    const fast = new NormRun({ ...NORM_DEFAULTS, lr: 0.1 });
    while (fast.stepCount < 300) fast.step();
    expect(fast.normed.history.last.toFixed(3)).toBe('0.608');
    says('at 2.5 the plain network trains too (0.0071 at step 300)');
    says('(0.0012 at step 300)');
    says('0.1 the LayerNorm network is stuck as well, at 0.608 by step 300');
  }, SLOW);

  it('BatchNorm: below 0.1 at step 118', () => {
    expect(firstBelow({ norm: 'batch' }, 0.1, 300)).toBe(118);
    says('below 0.1 at step 118');
  }, SLOW);
});
