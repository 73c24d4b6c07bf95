// Two-parameter test surfaces for optimizer races (chapters 9–11). Each surface is written twice:
// `loss(x, y)` with engine ops, so an engine optimizer can descend it through real autograd, and
// `value(x, y)` in plain numbers, so a contour plot can sample thousands of points cheaply.
// tests/lab/surfaces.test.ts checks that the two agree and that the stated minima and Hessians hold.
import type { Tensor } from '../engine';

export interface SurfaceDomain { xMin: number; xMax: number; yMin: number; yMax: number }
export interface SurfacePoint { x: number; y: number }

export type SurfaceId = 'ravine' | 'rosenbrock' | 'beale' | 'saddle';

export interface Surface {
  id: SurfaceId;
  /** Short name for menus and legends. */
  label: string;
  /** The formula in KaTeX source. */
  formula: string;
  /** The loss as an engine expression of two scalar tensors (differentiable). */
  loss(x: Tensor, y: Tensor): Tensor;
  /** The same loss in plain numbers (for contour grids). */
  value(x: number, y: number): number;
  /** The exact gradient, for tests and read-outs. */
  gradient(x: number, y: number): [number, number];
  /** The exact Hessian [[fxx, fxy], [fxy, fyy]]. */
  hessian(x: number, y: number): [[number, number], [number, number]];
  /** Where the surface is drawn. */
  domain: SurfaceDomain;
  /** Every local minimum (the global one first) with its loss. */
  minima: Array<SurfacePoint & { value: number }>;
  /** Other stationary points worth marking (the saddle's saddle). */
  saddles: SurfacePoint[];
  /** A start that shows the surface's character. */
  defaultStart: SurfacePoint;
}

/** Eigenvalues of a symmetric 2×2 matrix, largest first. */
export function eigenvalues2(h: [[number, number], [number, number]]): [number, number] {
  const [[a, b], [, d]] = h;
  const mid = (a + d) / 2, r = Math.hypot((a - d) / 2, b);
  return [mid + r, mid - r];
}

/** The largest rate at which plain gradient descent is stable near a minimum: 2 / λ_max. */
export function stableRateLimit(surface: Surface, at: SurfacePoint = surface.minima[0]): number {
  return 2 / eigenvalues2(surface.hessian(at.x, at.y))[0];
}

export const KAPPA_MIN = 1;
export const KAPPA_MAX = 200;
/** The ravine's steep curvature: fixed, so the stability limit 2/λ_max = 2 does not move with κ. */
export const RAVINE_STEEP = 1;

// #region ravine
/**
 * An ill-conditioned bowl: f(x, y) = ½(x²/κ + y²). Its curvatures are λ_max = 1 (across the ravine,
 * along y) and λ_min = 1/κ (along it, x); κ = λ_max/λ_min is the condition number.
 */
export function ravine(kappa: number): Surface {
  if (!(kappa >= KAPPA_MIN && kappa <= KAPPA_MAX)) {
    throw new Error(`ravine: condition number κ must be between ${KAPPA_MIN} and ${KAPPA_MAX}, got ${kappa}`);
  }
  const a = RAVINE_STEEP / kappa, b = RAVINE_STEEP;
  return {
    id: 'ravine',
    label: `Ravine (κ = ${Number(kappa.toPrecision(3))})`,
    formula: String.raw`f(x, y) = \tfrac12\bigl(x^2/\kappa + y^2\bigr)`,
    loss: (x, y) => x.mul(x).mul(a / 2).add(y.mul(y).mul(b / 2)),
    value: (x, y) => (a * x * x + b * y * y) / 2,
    gradient: (x, y) => [a * x, b * y],
    hessian: () => [[a, 0], [0, b]],
    domain: { xMin: -10, xMax: 10, yMin: -5, yMax: 5 },
    minima: [{ x: 0, y: 0, value: 0 }],
    saddles: [],
    defaultStart: { x: -9, y: 4 },
  };
}
// #endregion

/** Rosenbrock's banana valley, f = (1 − x)² + 100(y − x²)², minimum 0 at (1, 1). */
export const ROSENBROCK: Surface = {
  id: 'rosenbrock',
  label: 'Rosenbrock',
  formula: String.raw`f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2`,
  loss: (x, y) => {
    const a = x.neg().add(1), b = y.sub(x.mul(x));
    return a.mul(a).add(b.mul(b).mul(100));
  },
  value: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  gradient: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
  hessian: (x, y) => [[2 - 400 * (y - x * x) + 800 * x * x, -400 * x], [-400 * x, 200]],
  domain: { xMin: -2, xMax: 2, yMin: -1, yMax: 3 },
  minima: [{ x: 1, y: 1, value: 0 }],
  saddles: [],
  defaultStart: { x: -1.5, y: 2 },
};

const BEALE_C = [1.5, 2.25, 2.625];

/** Beale's function, a sum of three squares; minimum 0 at (3, 0.5), steep walls and flat plateaus. */
export const BEALE: Surface = {
  id: 'beale',
  label: 'Beale',
  formula: String.raw`f(x, y) = \sum_{i=1}^{3} \bigl(c_i - x + x\,y^i\bigr)^2,\ c = (1.5,\ 2.25,\ 2.625)`,
  loss: (x, y) => {
    let total: Tensor | null = null;
    let yPow: Tensor = y;
    BEALE_C.forEach((c, i) => {
      if (i > 0) yPow = yPow.mul(y);
      const r = x.mul(yPow).sub(x).add(c);
      const sq = r.mul(r);
      total = total ? total.add(sq) : sq;
    });
    return total!;
  },
  value: (x, y) => BEALE_C.reduce((s, c, i) => s + (c - x + x * y ** (i + 1)) ** 2, 0),
  gradient: (x, y) => {
    let gx = 0, gy = 0;
    BEALE_C.forEach((c, i) => {
      const k = i + 1, r = c - x + x * y ** k;
      gx += 2 * r * (y ** k - 1);
      gy += 2 * r * x * k * y ** (k - 1);
    });
    return [gx, gy];
  },
  hessian: (x, y) => {
    let xx = 0, xy = 0, yy = 0;
    BEALE_C.forEach((c, i) => {
      const k = i + 1, r = c - x + x * y ** k;
      const rx = y ** k - 1, ry = x * k * y ** (k - 1);
      const rxy = k * y ** (k - 1), ryy = k > 1 ? x * k * (k - 1) * y ** (k - 2) : 0;
      xx += 2 * rx * rx;
      xy += 2 * (rx * ry + r * rxy);
      yy += 2 * (ry * ry + r * ryy);
    });
    return [[xx, xy], [xy, yy]];
  },
  domain: { xMin: -4.5, xMax: 4.5, yMin: -4.5, yMax: 4.5 },
  minima: [{ x: 3, y: 0.5, value: 0 }],
  saddles: [],
  defaultStart: { x: 1, y: 1.5 },
};

/**
 * A saddle with two valleys: f = x² + ¼y⁴ − ½y². At the origin the surface curves up along x (2) and
 * down along y (−1); the minima sit at (0, ±1) with f = −¼.
 */
export const SADDLE: Surface = {
  id: 'saddle',
  label: 'Saddle',
  formula: String.raw`f(x, y) = x^2 + \tfrac14 y^4 - \tfrac12 y^2`,
  loss: (x, y) => {
    const y2 = y.mul(y);
    return x.mul(x).add(y2.mul(y2).mul(0.25)).sub(y2.mul(0.5));
  },
  value: (x, y) => x * x + (y ** 4) / 4 - (y * y) / 2,
  gradient: (x, y) => [2 * x, y ** 3 - y],
  hessian: (_x, y) => [[2, 0], [0, 3 * y * y - 1]],
  domain: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 },
  minima: [{ x: 0, y: 1, value: -0.25 }, { x: 0, y: -1, value: -0.25 }],
  saddles: [{ x: 0, y: 0 }],
  defaultStart: { x: -1.8, y: 1e-3 },
};

export const SURFACE_IDS: readonly SurfaceId[] = ['ravine', 'rosenbrock', 'beale', 'saddle'];

/** A surface by id; `kappa` is the ravine's condition number (ignored by the others). */
export function surfaceOf(id: SurfaceId, options: { kappa?: number } = {}): Surface {
  switch (id) {
    case 'ravine': return ravine(options.kappa ?? 25);
    case 'rosenbrock': return ROSENBROCK;
    case 'beale': return BEALE;
    case 'saddle': return SADDLE;
    default: throw new Error(`surfaceOf: unknown surface "${String(id)}" (expected one of ${SURFACE_IDS.join(', ')})`);
  }
}
