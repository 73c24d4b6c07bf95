// Optimizers against steps computed by hand, and the schedulers' closed forms.
import { describe, it, expect } from 'vitest';
import { tensor, SGD, Adam, AdamW, StepLR, ExponentialLR, CosineAnnealingLR, Tensor } from '../../src/engine';

/** A parameter whose gradient we set directly. */
function param(values: number[], grad: number[]): Tensor {
  const p = tensor(values, { requiresGrad: true });
  p.grad = tensor(grad);
  return p;
}

describe('SGD', () => {
  it('plain step: p ← p − lr·g', () => {
    const p = param([1, -2], [0.5, -1]);
    new SGD([p], { lr: 0.1 }).step();
    expect(p.data[0]).toBeCloseTo(0.95, 15);
    expect(p.data[1]).toBeCloseTo(-1.9, 15);
  });

  it('momentum: v ← μv + g, p ← p − lr·v over three steps', () => {
    const p = param([1], [1]);
    const opt = new SGD([p], { lr: 0.1, momentum: 0.9 });
    opt.step(); // v = 1, p = 0.9
    opt.step(); // v = 1.9, p = 0.71
    opt.step(); // v = 2.71, p = 0.439
    expect(p.data[0]).toBeCloseTo(0.439, 14);
    expect(opt.stepCount).toBe(3);
  });

  it('weight decay adds wd·p to the gradient', () => {
    const p = param([2], [0]);
    new SGD([p], { lr: 0.5, weightDecay: 0.1 }).step(); // g = 0.2 → p = 1.9
    expect(p.data[0]).toBeCloseTo(1.9, 15);
  });

  it('skips parameters that have no gradient', () => {
    const p = tensor([3], { requiresGrad: true });
    new SGD([p], { lr: 1 }).step();
    expect(p.data[0]).toBe(3);
  });
});

describe('Adam', () => {
  it('first steps with bias correction match the hand computation', () => {
    const p = param([1], [2]);
    const opt = new Adam([p], { lr: 0.1, betas: [0.9, 0.999], eps: 1e-8 });
    // step 1: m = 0.2, v = 0.004; m̂ = 2, v̂ = 4 → p = 1 − 0.1·2/(2 + 1e-8)
    opt.step();
    const p1 = 1 - (0.1 * 2) / (2 + 1e-8);
    expect(p.data[0]).toBeCloseTo(p1, 15);
    // step 2 with gradient −1: m = 0.18 − 0.1 = 0.08, v = 0.003996 + 0.001 = 0.004996
    p.grad = tensor([-1]);
    opt.step();
    const m = 0.9 * 0.2 + 0.1 * -1, v = 0.999 * 0.004 + 0.001 * 1;
    const mHat = m / (1 - 0.81), vHat = v / (1 - 0.999 ** 2);
    expect(p.data[0]).toBeCloseTo(p1 - (0.1 * mHat) / (Math.sqrt(vHat) + 1e-8), 15);
    expect(opt.stepCount).toBe(2);
  });

  it('counts steps once per step, not once per parameter', () => {
    const ps = [param([1], [1]), param([1], [1]), param([1], [1])];
    const opt = new Adam(ps, { lr: 0.01 });
    opt.step();
    expect(opt.stepCount).toBe(1);
    // with a correct counter every parameter moves by exactly lr on the first step
    for (const p of ps) expect(p.data[0]).toBeCloseTo(0.99, 8);
  });

  it('Adam weight decay is an L2 term inside the gradient; AdamW decays the weight directly', () => {
    const a = param([2], [0]), w = param([2], [0]);
    new Adam([a], { lr: 0.1, weightDecay: 0.5 }).step();
    new AdamW([w], { lr: 0.1, weightDecay: 0.5 }).step();
    // Adam: g = 1 → normalised step of lr: 2 − 0.1 = 1.9
    expect(a.data[0]).toBeCloseTo(1.9, 7);
    // AdamW: p ← p − lr·wd·p = 2 − 0.1 = 1.9, then the Adam update of a zero gradient (0)
    expect(w.data[0]).toBeCloseTo(1.9, 15);
    const w2 = param([2], [1]);
    new AdamW([w2], { lr: 0.1, weightDecay: 0.5 }).step();
    expect(w2.data[0]).toBeCloseTo(2 - 0.1 - 0.1 * 1 / (1 + 1e-8), 12);
  });

  it('AdamW defaults to weight decay 0.01; zeroGrad clears gradients', () => {
    const p = param([1], [3]);
    const opt = new AdamW([p], { lr: 0.1 });
    expect(opt.paramGroups[0].weightDecay).toBe(0.01);
    opt.zeroGrad();
    expect(Array.from(p.grad!.data)).toEqual([0]);
  });
});

describe('schedulers', () => {
  const make = () => new SGD([param([0], [0])], { lr: 1 });
  it('StepLR multiplies by gamma every stepSize steps', () => {
    const opt = make();
    const s = new StepLR(opt, { stepSize: 2, gamma: 0.5 });
    const lrs = [];
    for (let i = 0; i < 5; i++) { s.step(); lrs.push(opt.lr); }
    expect(lrs).toEqual([1, 0.5, 0.5, 0.25, 0.25]);
  });
  it('ExponentialLR multiplies every step', () => {
    const opt = make();
    const s = new ExponentialLR(opt, { gamma: 0.9 });
    s.step(); s.step();
    expect(opt.lr).toBeCloseTo(0.81, 15);
  });
  it('CosineAnnealingLR goes from base to etaMin over tMax steps', () => {
    const opt = make();
    const s = new CosineAnnealingLR(opt, { tMax: 4, etaMin: 0.1 });
    const lrs = [];
    for (let i = 0; i < 4; i++) { s.step(); lrs.push(opt.lr); }
    expect(lrs[1]).toBeCloseTo(0.55, 15);
    expect(lrs[3]).toBeCloseTo(0.1, 15);
    expect(lrs[0]).toBeCloseTo(0.1 + 0.9 * (1 + Math.cos(Math.PI / 4)) / 2, 15);
  });
});
