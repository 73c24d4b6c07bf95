import { describe, expect, it } from 'vitest';
import { tensor } from '../../src/engine';
import { BEALE, ROSENBROCK, SADDLE, SURFACE_IDS, eigenvalues2, ravine, stableRateLimit, surfaceOf, type Surface } from '../../src/lab';

const ALL: Surface[] = [ravine(1), ravine(25), ravine(200), ROSENBROCK, BEALE, SADDLE];

function engineGradient(s: Surface, x0: number, y0: number): { loss: number; gx: number; gy: number } {
  const x = tensor(x0, { requiresGrad: true }), y = tensor(y0, { requiresGrad: true });
  const loss = s.loss(x, y);
  loss.backward();
  return { loss: loss.item(), gx: x.grad!.item(), gy: y.grad!.item() };
}

const probes = [[-1.3, 0.7], [0.4, -1.1], [2.1, 1.6], [0.05, 0.02]];

describe('2-D test surfaces', () => {
  it.each(ALL.map((s) => [s.label, s] as const))('%s: engine loss, plain value and exact gradient agree', (_name, s) => {
    for (const [x, y] of probes) {
      const e = engineGradient(s, x, y);
      expect(e.loss).toBeCloseTo(s.value(x, y), 10);
      const [gx, gy] = s.gradient(x, y);
      expect(e.gx).toBeCloseTo(gx, 8);
      expect(e.gy).toBeCloseTo(gy, 8);
    }
  });

  it.each(ALL.map((s) => [s.label, s] as const))('%s: the Hessian matches finite differences of the gradient', (_name, s) => {
    const h = 1e-5;
    for (const [x, y] of probes) {
      const H = s.hessian(x, y);
      const [gxp, gyp] = s.gradient(x + h, y), [gxm, gym] = s.gradient(x - h, y);
      const [gxq, gyq] = s.gradient(x, y + h), [gxr, gyr] = s.gradient(x, y - h);
      const scale = 1 + Math.abs(H[0][0]) + Math.abs(H[1][1]);
      expect(Math.abs((gxp - gxm) / (2 * h) - H[0][0]) / scale).toBeLessThan(1e-6);
      expect(Math.abs((gyp - gym) / (2 * h) - H[0][1]) / scale).toBeLessThan(1e-6);
      expect(Math.abs((gxq - gxr) / (2 * h) - H[0][1]) / scale).toBeLessThan(1e-6);
      expect(Math.abs((gyq - gyr) / (2 * h) - H[1][1]) / scale).toBeLessThan(1e-6);
    }
  });

  it.each(ALL.map((s) => [s.label, s] as const))('%s: each stated minimum is stationary, has the stated value, and curves up', (_name, s) => {
    for (const m of s.minima) {
      const [gx, gy] = s.gradient(m.x, m.y);
      expect(Math.hypot(gx, gy)).toBeLessThan(1e-12);
      expect(s.value(m.x, m.y)).toBeCloseTo(m.value, 12);
      expect(eigenvalues2(s.hessian(m.x, m.y))[1]).toBeGreaterThan(0);
      // no grid point of the drawn domain lies below the global minimum
      const d = s.domain;
      for (let i = 0; i <= 40; i++) for (let j = 0; j <= 40; j++) {
        expect(s.value(d.xMin + (i / 40) * (d.xMax - d.xMin), d.yMin + (j / 40) * (d.yMax - d.yMin))).toBeGreaterThanOrEqual(s.minima[0].value - 1e-12);
      }
    }
  });

  it('the ravine’s curvatures are 1 and 1/κ, so its condition number is κ and the stable rate limit is 2', () => {
    for (const kappa of [1, 10, 25, 100]) {
      const [big, small] = eigenvalues2(ravine(kappa).hessian(0, 0));
      expect(big).toBe(1);
      expect(big / small).toBeCloseTo(kappa, 10);
      expect(stableRateLimit(ravine(kappa))).toBe(2);
    }
  });

  it('the saddle curves down along y at the origin and up along x', () => {
    expect(SADDLE.gradient(0, 0)).toEqual([0, 0]);
    expect(eigenvalues2(SADDLE.hessian(0, 0))).toEqual([2, -1]);
  });

  it('Rosenbrock is badly conditioned at its minimum (κ in the thousands)', () => {
    const [big, small] = eigenvalues2(ROSENBROCK.hessian(1, 1));
    expect(big / small).toBeGreaterThan(2000);
  });

  it('rejects a condition number outside its range and an unknown surface, by name', () => {
    expect(() => ravine(0.5)).toThrow(/ravine: condition number κ must be between 1 and 200, got 0.5/);
    expect(() => ravine(Number.NaN)).toThrow(/ravine/);
    expect(() => surfaceOf('bowl' as never)).toThrow(/unknown surface "bowl"/);
    expect(SURFACE_IDS.map((id) => surfaceOf(id).id)).toEqual(SURFACE_IDS);
  });
});
