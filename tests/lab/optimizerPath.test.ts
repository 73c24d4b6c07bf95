import { describe, expect, it } from 'vitest';
import { SGD, tensor } from '../../src/engine';
import { PathRun, ROSENBROCK, SADDLE, makePathOptimizer, ravine, runPath } from '../../src/lab';

describe('optimizer paths on 2-D surfaces', () => {
  it('plain SGD on the ravine is exactly the hand-written update (x, y) −= η·∇f', () => {
    const s = ravine(25), lr = 0.5;
    const path = runPath(s, { x: -9, y: 4 }, 'sgd', { lr }, 20);
    let x = -9, y = 4;
    for (let k = 1; k <= 20; k++) {
      const [gx, gy] = s.gradient(x, y);
      x -= lr * gx; y -= lr * gy;
      expect(path.xs[k]).toBeCloseTo(x, 12);
      expect(path.ys[k]).toBeCloseTo(y, 12);
      expect(path.losses[k]).toBeCloseTo(s.value(x, y), 12);
    }
    expect(path.divergedAt).toBeNull();
  });

  it('momentum follows v ← μv + g, θ ← θ − ηv (v starts at the first gradient)', () => {
    const s = ravine(25), lr = 0.3, mu = 0.8;
    const path = runPath(s, { x: -9, y: 4 }, 'momentum', { lr, momentum: mu }, 15);
    let x = -9, y = 4, vx = 0, vy = 0;
    for (let k = 1; k <= 15; k++) {
      const [gx, gy] = s.gradient(x, y);
      vx = mu * vx + gx; vy = mu * vy + gy;
      x -= lr * vx; y -= lr * vy;
      expect(path.xs[k]).toBeCloseTo(x, 12);
      expect(path.ys[k]).toBeCloseTo(y, 12);
    }
  });

  it('Nesterov (PyTorch form) steps by g + μv after updating v', () => {
    const s = ravine(25), lr = 0.3, mu = 0.8;
    const path = runPath(s, { x: -9, y: 4 }, 'nesterov', { lr, momentum: mu }, 15);
    let x = -9, y = 4, vx = 0, vy = 0;
    for (let k = 1; k <= 15; k++) {
      const [gx, gy] = s.gradient(x, y);
      vx = mu * vx + gx; vy = mu * vy + gy;
      x -= lr * (gx + mu * vx); y -= lr * (gy + mu * vy);
      expect(path.xs[k]).toBeCloseTo(x, 12);
      expect(path.ys[k]).toBeCloseTo(y, 12);
    }
  });

  it('is deterministic: the same surface, start and settings give the same path', () => {
    for (const name of ['sgd', 'momentum', 'nesterov', 'rmsprop', 'adagrad', 'adam', 'adamw'] as const) {
      const a = runPath(ROSENBROCK, { x: -1.5, y: 2 }, name, { lr: 1e-3, momentum: 0.9 }, 200);
      const b = runPath(ROSENBROCK, { x: -1.5, y: 2 }, name, { lr: 1e-3, momentum: 0.9 }, 200);
      expect(a.xs).toEqual(b.xs);
      expect(a.losses).toEqual(b.losses);
      expect(a.losses[200]).toBeLessThan(a.losses[0]);
    }
  });

  it('flags a rate above the stability limit as runaway, and stops there', () => {
    const run = new PathRun(ravine(10), { x: -9, y: 4 }, 'sgd', { lr: 2.2 });
    let k = 0;
    while (run.step() && k < 1000) k++;
    expect(run.divergence).toBe('runaway');
    expect(run.divergedAt).toBe(run.steps);
    expect(run.step()).toBe(false);
    expect(run.steps).toBe(run.divergedAt);
  });

  it('flags NaN as non-finite (a NaN start never becomes a number)', () => {
    const run = new PathRun(ravine(10), { x: Number.NaN, y: 1 }, 'momentum', { lr: 0.1, momentum: 0.9 });
    expect(run.step()).toBe(false);
    expect(run.divergence).toBe('non-finite');
    expect(run.xs[1]).toBeNaN();
  });

  it('from just off the saddle point, SGD leaves it and reaches a valley; stepsToReach finds when', () => {
    const run = new PathRun(SADDLE, { x: -1.8, y: 1e-3 }, 'sgd', { lr: 0.1 });
    for (let k = 0; k < 300; k++) run.step();
    expect(run.ys[300]).toBeCloseTo(1, 3);
    const k = run.stepsToReach(1e-3)!;
    expect(k).toBeGreaterThan(10);
    expect(run.losses[k]).toBeLessThanOrEqual(-0.25 + 1e-3);
    expect(run.losses[k - 1]).toBeGreaterThan(-0.25 + 1e-3);
  });

  it('builds real engine optimizers with only the options each understands', () => {
    const p = [tensor(1, { requiresGrad: true })];
    expect(makePathOptimizer('nesterov', p, { lr: 0.1, momentum: 0.9 })).toBeInstanceOf(SGD);
    expect(() => makePathOptimizer('momentum', p, { lr: -1 })).toThrow(/SGD: learning rate/);
    expect(() => makePathOptimizer('bogus' as never, p, { lr: 1 })).toThrow(/unknown optimizer "bogus"/);
  });
});
