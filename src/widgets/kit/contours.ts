// Pure helpers behind ContourPlot: sampling a 2-D function on a grid, choosing contour levels on a
// log scale above the minimum, and tracing level lines with marching squares. No React, no DOM.

export interface PlotDomain { xMin: number; xMax: number; yMin: number; yMax: number }

export interface SampledGrid {
  /** Values at the (nx + 1) × (ny + 1) grid nodes, row-major from the top row (y = yMax). */
  values: Float64Array;
  nx: number;
  ny: number;
  min: number;
  max: number;
}

/** Samples f at the nodes of an nx × ny grid of cells covering the domain. Non-finite values stay non-finite. */
export function sampleGrid(f: (x: number, y: number) => number, domain: PlotDomain, nx: number, ny: number): SampledGrid {
  const values = new Float64Array((nx + 1) * (ny + 1));
  let min = Infinity, max = -Infinity;
  for (let j = 0; j <= ny; j++) {
    const y = domain.yMax - (j / ny) * (domain.yMax - domain.yMin);
    for (let i = 0; i <= nx; i++) {
      const v = f(domain.xMin + (i / nx) * (domain.xMax - domain.xMin), y);
      values[j * (nx + 1) + i] = v;
      if (Number.isFinite(v)) { min = Math.min(min, v); max = Math.max(max, v); }
    }
  }
  return { values, nx, ny, min, max };
}

/**
 * Contour levels spaced evenly in log(f − floor + δ): dense near the minimum, sparse on the walls,
 * which is how a valley reads best. `floor` is the lowest value of the surface (its minimum).
 */
export function logLevels(floor: number, max: number, count: number): number[] {
  const span = Math.max(max - floor, 1e-12);
  const delta = span * 1e-4;
  const lo = Math.log(delta * 10), hi = Math.log(span + delta);
  const out: number[] = [];
  for (let k = 0; k < count; k++) out.push(floor - delta + Math.exp(lo + ((k + 0.5) / count) * (hi - lo)));
  return out;
}

/** Where a value sits between floor and max on the same log scale, in [0, 1]. */
export function logShade(v: number, floor: number, max: number): number {
  if (!Number.isFinite(v)) return 1;
  const span = Math.max(max - floor, 1e-12), delta = span * 1e-4;
  const t = (Math.log(Math.max(v - floor, 0) + delta) - Math.log(delta)) / (Math.log(span + delta) - Math.log(delta));
  return Math.min(1, Math.max(0, t));
}

/**
 * Marching squares: the level line f = level as an SVG path in a box `width` × `height` (y down).
 * Ambiguous cells (saddle cases) are resolved with the cell's centre value.
 */
export function contourPath(grid: SampledGrid, level: number, width: number, height: number): string {
  const { values, nx, ny } = grid;
  const at = (i: number, j: number) => values[j * (nx + 1) + i];
  const sx = width / nx, sy = height / ny;
  const parts: string[] = [];
  const r = (v: number) => Math.round(v * 10) / 10;
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const a = at(i, j), b = at(i + 1, j), c = at(i + 1, j + 1), d = at(i, j + 1); // tl, tr, br, bl
      if (![a, b, c, d].every(Number.isFinite)) continue;
      const code = (a > level ? 8 : 0) | (b > level ? 4 : 0) | (c > level ? 2 : 0) | (d > level ? 1 : 0);
      if (code === 0 || code === 15) continue;
      const x0 = i * sx, y0 = j * sy;
      const lerp = (p: number, q: number) => (level - p) / (q - p);
      const top = () => [x0 + lerp(a, b) * sx, y0];
      const right = () => [x0 + sx, y0 + lerp(b, c) * sy];
      const bottom = () => [x0 + lerp(d, c) * sx, y0 + sy];
      const left = () => [x0, y0 + lerp(a, d) * sy];
      const seg = (p: number[], q: number[]) => parts.push(`M${r(p[0])} ${r(p[1])}L${r(q[0])} ${r(q[1])}`);
      const centreAbove = (a + b + c + d) / 4 > level;
      switch (code) {
        case 1: case 14: seg(left(), bottom()); break;
        case 2: case 13: seg(bottom(), right()); break;
        case 3: case 12: seg(left(), right()); break;
        case 4: case 11: seg(top(), right()); break;
        case 6: case 9: seg(top(), bottom()); break;
        case 7: case 8: seg(left(), top()); break;
        case 5: // tr and bl above
          if (centreAbove) { seg(left(), top()); seg(bottom(), right()); } else { seg(top(), right()); seg(left(), bottom()); }
          break;
        case 10: // tl and br above
          if (centreAbove) { seg(top(), right()); seg(left(), bottom()); } else { seg(left(), top()); seg(bottom(), right()); }
          break;
      }
    }
  }
  return parts.join('');
}

/** Maps a domain point into the plot box (y down), clamped a few boxes beyond the edge so SVG stays sane. */
export function toBox(x: number, y: number, domain: PlotDomain, width: number, height: number): [number, number] {
  const clamp = (v: number, size: number) => (Number.isFinite(v) ? Math.min(6 * size, Math.max(-5 * size, v)) : NaN);
  return [
    clamp(((x - domain.xMin) / (domain.xMax - domain.xMin)) * width, width),
    clamp(((domain.yMax - y) / (domain.yMax - domain.yMin)) * height, height),
  ];
}

/** Inverse of toBox for a click at fractions (fx, fy) of the box, snapped to `decimals`. */
export function fromFractions(fx: number, fy: number, domain: PlotDomain, decimals = 2): { x: number; y: number } {
  const snap = (v: number) => Number(v.toFixed(decimals));
  const cx = Math.min(1, Math.max(0, fx)), cy = Math.min(1, Math.max(0, fy));
  return {
    x: snap(domain.xMin + cx * (domain.xMax - domain.xMin)),
    y: snap(domain.yMax - cy * (domain.yMax - domain.yMin)),
  };
}
