// f and f′ of the reader's formula on one small SVG plot (no chart library: it redraws on every
// keystroke). Values beyond the plotted band are clipped by the SVG, so a steep curve leaves the frame.
import type { Curve } from '../../lab';

const WIDTH = 520, HEIGHT = 240, PAD = { left: 34, right: 10, top: 10, bottom: 24 };

/** The y band drawn: the curves' finite range, widened to include 0 and at most ±6. */
export function yBand(curve: Curve): [number, number] {
  let lo = 0, hi = 0;
  for (const series of [curve.f, curve.df]) {
    for (const v of series) if (Number.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
  }
  lo = Math.max(-6, Math.floor(lo)); hi = Math.min(6, Math.ceil(hi));
  return hi - lo < 1 ? [lo - 1, hi + 1] : [lo, hi];
}

/** An SVG path through the finite points; a NaN or ∞ breaks the line (so a gap shows where it is). */
export function pathOf(xs: Float64Array, ys: Float64Array, sx: (x: number) => number, sy: (y: number) => number): string {
  let d = '', pen = false;
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(ys[i])) { pen = false; continue; }
    d += `${pen ? 'L' : 'M'}${sx(xs[i]).toFixed(1)},${sy(ys[i]).toFixed(1)}`;
    pen = true;
  }
  return d;
}

export function CurvePlot({ curve }: { curve: Curve }) {
  const [x0, x1] = [curve.xs[0], curve.xs[curve.xs.length - 1]];
  const [y0, y1] = yBand(curve);
  const sx = (x: number) => PAD.left + ((x - x0) / (x1 - x0)) * (WIDTH - PAD.left - PAD.right);
  const sy = (y: number) => PAD.top + ((y1 - y) / (y1 - y0)) * (HEIGHT - PAD.top - PAD.bottom);
  const xTicks = [-4, -2, 0, 2, 4].filter((t) => t >= x0 && t <= x1);
  const yStep = y1 - y0 > 6 ? 2 : 1;
  const yTicks: number[] = [];
  for (let t = Math.ceil(y0 / yStep) * yStep; t <= y1; t += yStep) yTicks.push(t);
  return (
    <svg className="own-act__plot" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" preserveAspectRatio="xMidYMid meet">
      <defs>
        <clipPath id="own-act-clip">
          <rect x={PAD.left} y={PAD.top} width={WIDTH - PAD.left - PAD.right} height={HEIGHT - PAD.top - PAD.bottom} />
        </clipPath>
      </defs>
      {yTicks.map((t) => (
        <g key={`y${t}`}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={sy(t)} y2={sy(t)} className={t === 0 ? 'own-act__axis' : 'own-act__grid'} />
          <text x={PAD.left - 6} y={sy(t) + 4} textAnchor="end" className="own-act__tick">{t}</text>
        </g>
      ))}
      {xTicks.map((t) => (
        <g key={`x${t}`}>
          <line x1={sx(t)} x2={sx(t)} y1={PAD.top} y2={HEIGHT - PAD.bottom} className={t === 0 ? 'own-act__axis' : 'own-act__grid'} />
          <text x={sx(t)} y={HEIGHT - 6} textAnchor="middle" className="own-act__tick">{t}</text>
        </g>
      ))}
      <g clipPath="url(#own-act-clip)">
        <path d={pathOf(curve.xs, curve.f, sx, sy)} className="own-act__f" />
        <path d={pathOf(curve.xs, curve.df, sx, sy)} className="own-act__df" />
      </g>
    </svg>
  );
}
