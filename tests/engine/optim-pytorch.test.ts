// The first three steps of each optimizer against values computed by hand from the update rules in
// PyTorch's documentation (torch.optim.SGD / RMSprop / Adagrad / Adam and
// torch.nn.utils.clip_grad_norm_ / clip_grad_value_). Each expected value is written as arithmetic.
import { describe, it, expect } from 'vitest';
import {
  tensor, Tensor, SGD, RMSprop, Adagrad, Adam, AdamW, clipGradNorm, clipGradValue,
  StepLR, LinearLR, CosineAnnealingLR, OneCycleLR, SequentialLR, ExponentialLR,
} from '../../src/engine';

/** A one-value parameter whose gradient we set by hand before each step. */
function scalarParam(value: number): Tensor {
  return tensor([value], { requiresGrad: true });
}
function stepWith(opt: { step(): void }, p: Tensor, grad: number): number {
  p.grad = tensor([grad]);
  opt.step();
  return p.data[0];
}

describe('SGD with Nesterov momentum and dampening (PyTorch rule)', () => {
  it('Nesterov: b₁ = g, then b = μb + g; the step uses g + μb', () => {
    const p = scalarParam(1);
    const opt = new SGD([p], { lr: 0.1, momentum: 0.9, nesterov: true });
    // step 1: g = 1, b = 1, d = 1 + 0.9·1 = 1.9 → p = 1 − 0.19
    expect(stepWith(opt, p, 1)).toBeCloseTo(1 - 0.1 * 1.9, 15);
    // step 2: g = 2, b = 0.9·1 + 2 = 2.9, d = 2 + 0.9·2.9 = 4.61
    expect(stepWith(opt, p, 2)).toBeCloseTo(1 - 0.19 - 0.1 * 4.61, 14);
    // step 3: g = −1, b = 0.9·2.9 − 1 = 1.61, d = −1 + 0.9·1.61 = 0.449
    expect(stepWith(opt, p, -1)).toBeCloseTo(1 - 0.19 - 0.461 - 0.1 * 0.449, 14);
    expect(opt.stateOf(p).momentum[0]).toBeCloseTo(1.61, 14);
  });

  it('dampening τ scales new gradients by (1 − τ) from the second step on', () => {
    const p = scalarParam(0);
    const opt = new SGD([p], { lr: 1, momentum: 0.5, dampening: 0.5 });
    expect(stepWith(opt, p, 4)).toBeCloseTo(-4, 15); // b = 4 (first step: no dampening)
    expect(stepWith(opt, p, 4)).toBeCloseTo(-4 - (0.5 * 4 + 0.5 * 4), 15); // b = 4
    expect(stepWith(opt, p, 0)).toBeCloseTo(-8 - 0.5 * 4, 15); // b = 2
  });

  it('Nesterov with dampening or without momentum is rejected, as in PyTorch', () => {
    expect(() => new SGD([scalarParam(0)], { lr: 1, nesterov: true })).toThrow(/SGD: nesterov needs momentum > 0/);
    expect(() => new SGD([scalarParam(0)], { lr: 1, momentum: 0.9, dampening: 0.1, nesterov: true })).toThrow(/dampening 0/);
  });
});

describe('RMSprop (PyTorch rule)', () => {
  it('plain: v = αv + (1 − α)g², p −= lr·g/(√v + ε)', () => {
    const p = scalarParam(1);
    const opt = new RMSprop([p], { lr: 0.01, alpha: 0.9, eps: 1e-8 });
    const v1 = 0.1 * 4; // g = 2
    const p1 = 1 - (0.01 * 2) / (Math.sqrt(v1) + 1e-8);
    expect(stepWith(opt, p, 2)).toBeCloseTo(p1, 15);
    const v2 = 0.9 * v1 + 0.1 * 1; // g = −1
    const p2 = p1 - (0.01 * -1) / (Math.sqrt(v2) + 1e-8);
    expect(stepWith(opt, p, -1)).toBeCloseTo(p2, 15);
    const v3 = 0.9 * v2 + 0.1 * 0.25; // g = 0.5
    const p3 = p2 - (0.01 * 0.5) / (Math.sqrt(v3) + 1e-8);
    expect(stepWith(opt, p, 0.5)).toBeCloseTo(p3, 15);
    expect(opt.stateOf(p).square[0]).toBeCloseTo(v3, 15);
  });

  it('centered, with momentum and weight decay', () => {
    const p = scalarParam(2);
    const opt = new RMSprop([p], { lr: 0.1, alpha: 0.5, eps: 1e-6, momentum: 0.5, centered: true, weightDecay: 0.1 });
    // step 1: g = 1 + 0.1·2 = 1.2; v = 0.5·1.44 = 0.72; ḡ = 0.6; ṽ = 0.72 − 0.36 = 0.36; b = 1.2/(0.6 + 1e-6)
    const b1 = 1.2 / (Math.sqrt(0.36) + 1e-6), p1 = 2 - 0.1 * b1;
    expect(stepWith(opt, p, 1)).toBeCloseTo(p1, 14);
    // step 2: g = −1 + 0.1·p1
    const g2 = -1 + 0.1 * p1, v2 = 0.5 * 0.72 + 0.5 * g2 * g2, a2 = 0.5 * 0.6 + 0.5 * g2;
    const b2 = 0.5 * b1 + g2 / (Math.sqrt(v2 - a2 * a2) + 1e-6), p2 = p1 - 0.1 * b2;
    expect(stepWith(opt, p, -1)).toBeCloseTo(p2, 13);
    // step 3: g = 0.3 + 0.1·p2
    const g3 = 0.3 + 0.1 * p2, v3 = 0.5 * v2 + 0.5 * g3 * g3, a3 = 0.5 * a2 + 0.5 * g3;
    const b3 = 0.5 * b2 + g3 / (Math.sqrt(v3 - a3 * a3) + 1e-6), p3 = p2 - 0.1 * b3;
    expect(stepWith(opt, p, 0.3)).toBeCloseTo(p3, 13);
  });
});

describe('Adagrad (PyTorch rule)', () => {
  it('s += g², p −= lr·g/(√s + ε), with lrDecay and an initial accumulator', () => {
    const p = scalarParam(1);
    const opt = new Adagrad([p], { lr: 0.5, lrDecay: 0.1, initialAccumulatorValue: 1, eps: 1e-10 });
    const s1 = 1 + 9; // g = 3
    const p1 = 1 - (0.5 * 3) / (Math.sqrt(s1) + 1e-10);
    expect(stepWith(opt, p, 3)).toBeCloseTo(p1, 15);
    const s2 = s1 + 1; // g = −1, lr / (1 + 1·0.1)
    const p2 = p1 - ((0.5 / 1.1) * -1) / (Math.sqrt(s2) + 1e-10);
    expect(stepWith(opt, p, -1)).toBeCloseTo(p2, 15);
    const s3 = s2 + 4; // g = 2, lr / (1 + 2·0.1)
    const p3 = p2 - ((0.5 / 1.2) * 2) / (Math.sqrt(s3) + 1e-10);
    expect(stepWith(opt, p, 2)).toBeCloseTo(p3, 15);
    expect(opt.stateOf(p).sum[0]).toBe(15);
  });
});

describe('Adam biasCorrection flag (teaching extension)', () => {
  it('without bias correction the first step is (1 − β₁)g / (√((1 − β₂)g²) + ε)', () => {
    const p = scalarParam(0);
    const opt = new Adam([p], { lr: 1, biasCorrection: false });
    expect(stepWith(opt, p, 1)).toBeCloseTo(-(0.1 / (Math.sqrt(0.001) + 1e-8)), 12);
    expect(Object.keys(opt.stateOf(p)).sort()).toEqual(['m', 'step', 'v']);
  });
});

describe('gradient clipping (PyTorch rule)', () => {
  it('clipGradNorm returns the total norm and scales by maxNorm/(norm + 1e-6)', () => {
    const a = scalarParam(0), b = tensor([0, 0], { requiresGrad: true });
    a.grad = tensor([3]);
    b.grad = tensor([0, 4]);
    const total = clipGradNorm([a, b], 1);
    expect(total).toBe(5);
    const coef = 1 / (5 + 1e-6);
    expect(a.grad.data[0]).toBeCloseTo(3 * coef, 15);
    expect(b.grad.data[1]).toBeCloseTo(4 * coef, 15);
    // already inside: untouched
    expect(clipGradNorm([a, b], 10)).toBeCloseTo(5 * coef, 15);
    expect(a.grad.data[0]).toBeCloseTo(3 * coef, 15);
  });

  it('three SGD steps with clipping by norm', () => {
    const p = tensor([0, 0], { requiresGrad: true });
    const opt = new SGD([p], { lr: 1 });
    const grads = [[3, 4], [0.3, 0.4], [-6, 8]];
    const expected = [[0, 0]];
    for (const [gx, gy] of grads) {
      const n = Math.hypot(gx, gy), c = n > 1 ? 1 / (n + 1e-6) : 1;
      const [x, y] = expected[expected.length - 1];
      expected.push([x - gx * c, y - gy * c]);
    }
    grads.forEach((g, k) => {
      p.grad = tensor(g);
      clipGradNorm([p], 1);
      opt.step();
      expect(p.data[0]).toBeCloseTo(expected[k + 1][0], 14);
      expect(p.data[1]).toBeCloseTo(expected[k + 1][1], 14);
    });
  });

  it('clipGradValue clamps each value; NaN stays NaN', () => {
    const p = tensor([0, 0, 0], { requiresGrad: true });
    p.grad = tensor([-5, 0.2, NaN]);
    clipGradValue([p], 1);
    expect(Array.from(p.grad.data)).toEqual([-1, 0.2, NaN]);
  });
});

describe('Optimizer base', () => {
  it('unknown options throw naming the optimizer and the option', () => {
    expect(() => new SGD([scalarParam(0)], { lr: 1, nesterov: false, mommentum: 0.9 } as never)).toThrow(/SGD: unknown option "mommentum"/);
    expect(() => new Adam([scalarParam(0)], { amsgrad: true } as never)).toThrow(/Adam: unknown option "amsgrad"/);
    expect(() => new RMSprop([{ params: [scalarParam(0)], rho: 0.9 }])).toThrow(/RMSprop: unknown option "rho" in parameter group 0/);
  });

  it('parameter groups get their own lr; opt.lr reads group 0 and sets all', () => {
    const a = scalarParam(1), b = scalarParam(1);
    const opt = new SGD([{ params: [a] }, { params: [b], lr: 0.5 }], { lr: 0.1 });
    a.grad = tensor([1]);
    b.grad = tensor([1]);
    opt.step();
    expect(a.data[0]).toBeCloseTo(0.9, 15);
    expect(b.data[0]).toBeCloseTo(0.5, 15);
    expect(opt.lr).toBe(0.1);
    opt.lr = 0.2;
    expect(opt.paramGroups.map((g) => g.lr)).toEqual([0.2, 0.2]);
    expect(opt.params).toEqual([a, b]);
  });

  it('frozen parameters (requiresGrad false) are skipped even when they hold a gradient', () => {
    const p = scalarParam(1);
    p.grad = tensor([1]);
    p.requiresGrad = false;
    new Adam([p], { lr: 0.1 }).step();
    expect(p.data[0]).toBe(1);
  });

  it('a missing or negative lr is an error naming the optimizer', () => {
    expect(() => new SGD([scalarParam(0)], { lr: Number.NaN })).toThrow(/SGD: learning rate/);
    expect(new SGD([scalarParam(0)]).lr).toBe(0.001); // PyTorch ≥ 2.2's default
    expect(() => new Adagrad([scalarParam(0)], { lr: -1 })).toThrow(/Adagrad: learning rate/);
  });
});

describe('optimizers minimise a 2-D function of two scalar parameters', () => {
  // f(x, y) = (x − 1)² + 10(y + 2)²: an ill-conditioned quadratic with its minimum at (1, −2).
  const f = (x: Tensor, y: Tensor) => x.sub(1).pow(2).add(y.add(2).pow(2).mul(10));
  const cases: Array<[string, (ps: Tensor[]) => { step(): void; zeroGrad(): void }]> = [
    ['SGD', (ps) => new SGD(ps, { lr: 0.04 })],
    ['SGD Nesterov', (ps) => new SGD(ps, { lr: 0.02, momentum: 0.9, nesterov: true })],
    ['RMSprop', (ps) => new RMSprop(ps, { lr: 0.01 })],
    ['Adagrad', (ps) => new Adagrad(ps, { lr: 0.5 })],
    ['Adam', (ps) => new Adam(ps, { lr: 0.05 })],
    ['AdamW', (ps) => new AdamW(ps, { lr: 0.05, weightDecay: 0 })],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      const x = scalarParam(-2), y = scalarParam(2);
      const opt = make([x, y]);
      for (let i = 0; i < 1500; i++) {
        opt.zeroGrad();
        f(x, y).backward();
        opt.step();
      }
      expect(x.data[0]).toBeCloseTo(1, 2);
      expect(y.data[0]).toBeCloseTo(-2, 2);
    });
  }
});

describe('schedulers: lrAt is the closed form, step() applies it', () => {
  const make = (lr = 1) => new SGD([scalarParam(0)], { lr });
  it('StepLR / ExponentialLR lrAt', () => {
    expect(new StepLR(make(), { stepSize: 3, gamma: 0.5 }).lrAt(7)).toBe(0.25);
    expect(new ExponentialLR(make(2), { gamma: 0.5 }).lrAt(3)).toBe(0.25);
  });
  it('LinearLR warms up from startFactor to endFactor over totalIters, applied at construction', () => {
    const opt = make(0.3);
    const s = new LinearLR(opt, { startFactor: 0.1, totalIters: 4 });
    expect(opt.lr).toBeCloseTo(0.03, 15);
    expect([1, 2, 3, 4, 9].map((t) => s.lrAt(t))).toEqual([1, 2, 3, 4, 4].map((k) => 0.3 * (0.1 + 0.9 * k / 4)));
    s.step(); s.step();
    expect(opt.lr).toBeCloseTo(0.3 * (0.1 + 0.45), 15);
  });
  it('OneCycleLR: maxLr/div → maxLr at pctStart·total − 1 → maxLr/(div·finalDiv) at total − 1', () => {
    const s = new OneCycleLR(make(), { maxLr: 1, totalSteps: 100, pctStart: 0.3 });
    expect(s.lrAt(0)).toBeCloseTo(1 / 25, 15);
    expect(s.lrAt(29)).toBeCloseTo(1, 15);
    expect(s.lrAt(99)).toBeCloseTo(1 / 25 / 1e4, 15);
    // halfway up the cosine: (0.04 + 1)/2
    expect(s.lrAt(14.5)).toBeCloseTo((1 / 25 + 1) / 2, 15);
    const lin = new OneCycleLR(make(), { maxLr: 1, totalSteps: 11, pctStart: 0.5, annealStrategy: 'linear', divFactor: 10 });
    expect(lin.lrAt(2.25)).toBeCloseTo(0.1 + 0.9 * 0.5, 15);
    expect(() => s.lrAt(101)).toThrow(/OneCycleLR: step 101 is past totalSteps 100/);
    expect(() => new OneCycleLR(make(), { maxLr: 1, totalSteps: 10, cycleMomentum: true } as never)).toThrow(/unknown option "cycleMomentum"/);
  });
  it('SequentialLR: warm-up then cosine, both from the same base lr', () => {
    const opt = make(1);
    const warm = new LinearLR(opt, { startFactor: 0.5, totalIters: 2 });
    const cos = new CosineAnnealingLR(opt, { tMax: 4 });
    const s = new SequentialLR(opt, { schedulers: [warm, cos], milestones: [2] });
    const lrs = [opt.lr];
    for (let i = 0; i < 6; i++) { s.step(); lrs.push(opt.lr); }
    const c = (t: number) => (1 + Math.cos((Math.PI * t) / 4)) / 2;
    const want = [0.5, 0.75, c(0), c(1), c(2), c(3), c(4)];
    lrs.forEach((lr, i) => expect(lr).toBeCloseTo(want[i], 15));
  });
});
