// A 2-D loss surface as a shaded picture with contour lines, optimizer paths drawn over it and a start
// point the reader sets by clicking (or tapping) the picture, or from the keyboard: focus the picture
// and use the arrow keys (Shift moves ten times as far). The shading is a small canvas upscaled by
// CSS; contour lines, paths and markers are crisp SVG. A text read-out below says what it shows.
import { useEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { contourPath, fromFractions, logLevels, logShade, sampleGrid, toBox, type PlotDomain } from './contours';
import { formatNumber } from './params';
import { readColor, useThemeVersion } from './themeColors';
import './contourPlot.css';

export type { PlotDomain } from './contours';

export interface ContourPathSeries {
  name: string;
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  /** Draw only the first `count` points (a race drawn step by step); default: all. */
  count?: number;
  /** 1–6: the --series-N colour; also picks a dash pattern so paths differ without colour. */
  series: number;
}

export interface PlotMarker { x: number; y: number; label: string }

const W = 1000;
const DASHES = ['', '14 6', '4 5', '18 5 4 5', '2 4', '10 10'];

export function ContourPlot(props: {
  value: (x: number, y: number) => number;
  domain: PlotDomain;
  /** The lowest value of the surface (its minimum); the shading and levels are measured from it. */
  floor?: number;
  paths?: readonly ContourPathSeries[];
  start?: { x: number; y: number };
  /** Given: the picture is clickable and keyboard-operable, and reports the new start here. */
  onStartChange?(p: { x: number; y: number }): void;
  markers?: readonly PlotMarker[];
  /** Accessible name of the picture. */
  label: string;
  /** Columns of the sampling grid (rows follow the domain's aspect). */
  resolution?: number;
  levels?: number;
  /** Axis names, shown at the edges. */
  axes?: [string, string];
  /** Decimals a clicked start is rounded to (default 2); arrow keys move by 1/40 of the plot (Shift: 1/4). */
  clickDecimals?: number;
}) {
  const { value, domain, paths = [], start, markers = [], label, resolution = 96, levels = 14, axes = ['x', 'y'] } = props;
  const aspect = (domain.yMax - domain.yMin) / (domain.xMax - domain.xMin);
  const H = Math.round(W * aspect);
  const nx = resolution, ny = Math.max(8, Math.round(resolution * aspect));
  const canvas = useRef<HTMLCanvasElement>(null);
  const theme = useThemeVersion();

  const grid = useMemo(() => sampleGrid(value, domain, nx, ny), [value, domain, nx, ny]);
  const floor = props.floor ?? grid.min;
  const lines = useMemo(
    () => logLevels(floor, grid.max, levels).map((l) => contourPath(grid, l, W, H)),
    [grid, floor, levels, H],
  );

  // The level lines never change while paths grow: their own layer, rendered once per surface, so a
  // growing path repaints only the light SVG above it.
  const levelLayer = useMemo(() => (
    <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true" className="kit-contour__levels">
      {lines.map((d, k) => <path key={k} d={d} className="kit-contour__level" vectorEffect="non-scaling-stroke" />)}
    </svg>
  ), [lines, H]);

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const low = readColor('--heat-pos', [0, 114, 178]);
    const bg = readColor('--bg', [255, 255, 255]);
    const img = ctx.createImageData(nx, ny);
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        // centre of the pixel = mean of its four grid nodes (cheap and smooth enough when upscaled)
        const v = (grid.values[j * (nx + 1) + i] + grid.values[j * (nx + 1) + i + 1] + grid.values[(j + 1) * (nx + 1) + i] + grid.values[(j + 1) * (nx + 1) + i + 1]) / 4;
        const strength = 0.7 * (1 - logShade(v, floor, grid.max));
        const k = 4 * (j * nx + i);
        for (let ch = 0; ch < 3; ch++) img.data[k + ch] = bg[ch] + (low[ch] - bg[ch]) * strength;
        img.data[k + 3] = 255;
      }
    }
    ctx.putImageData(img, 0, 0);
  }, [grid, floor, nx, ny, theme]);

  const interactive = !!props.onStartChange;
  const setFromPointer = (e: PointerEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    props.onStartChange?.(fromFractions((e.clientX - r.left) / r.width, (e.clientY - r.top) / r.height, domain, props.clickDecimals ?? 2));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!start || !props.onStartChange) return;
    const dirs: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    const d = dirs[e.key];
    if (!d) return;
    e.preventDefault();
    const step = (e.shiftKey ? 10 : 1) / 40;
    const nxPos = start.x + d[0] * step * (domain.xMax - domain.xMin);
    const nyPos = start.y + d[1] * step * (domain.yMax - domain.yMin);
    props.onStartChange(fromFractions(
      (nxPos - domain.xMin) / (domain.xMax - domain.xMin), (domain.yMax - nyPos) / (domain.yMax - domain.yMin), domain,
    ));
  };

  const startBox = start ? toBox(start.x, start.y, domain, W, H) : null;
  const ends = paths.map((p) => {
    const n = Math.min(p.count ?? p.xs.length, p.xs.length, p.ys.length);
    return n > 0 ? { x: p.xs[n - 1], y: p.ys[n - 1], steps: n - 1, loss: value(p.xs[n - 1], p.ys[n - 1]) } : null;
  });

  return (
    <figure className="kit-contour">
      <div
        className={`kit-contour__plane ${interactive ? 'kit-contour__plane--interactive' : ''}`}
        style={{ aspectRatio: `${W} / ${H}` }}
        role={interactive ? 'application' : 'img'}
        aria-roledescription={interactive ? 'contour plot' : undefined}
        aria-label={interactive ? `${label}. Click to set the start point, or use the arrow keys (Shift for bigger steps).` : label}
        tabIndex={interactive ? 0 : undefined}
        onKeyDown={interactive ? onKeyDown : undefined}
        onPointerDown={interactive ? setFromPointer : undefined}
      >
        <canvas ref={canvas} width={nx} height={ny} aria-hidden="true" />
        {levelLayer}
        <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true" className="kit-contour__paths">
          {markers.map((m) => {
            const [x, y] = toBox(m.x, m.y, domain, W, H);
            return <path key={m.label} d={`M${x - 12} ${y}L${x + 12} ${y}M${x} ${y - 12}L${x} ${y + 12}`} className="kit-contour__marker" vectorEffect="non-scaling-stroke" />;
          })}
          {paths.map((p) => {
            const n = Math.min(p.count ?? p.xs.length, p.xs.length, p.ys.length);
            const pts: string[] = [];
            for (let i = 0; i < n; i++) {
              const [x, y] = toBox(p.xs[i], p.ys[i], domain, W, H);
              if (Number.isFinite(x) && Number.isFinite(y)) pts.push(`${x.toFixed(1)},${y.toFixed(1)}`);
            }
            const last = pts.length ? pts[pts.length - 1].split(',').map(Number) : null;
            const colour = `var(--series-${p.series})`;
            return (
              <g key={p.name} data-path={p.name}>
                <polyline points={pts.join(' ')} fill="none" stroke={colour} strokeWidth={2.5} strokeDasharray={DASHES[(p.series - 1) % DASHES.length]}
                  strokeLinejoin="round" vectorEffect="non-scaling-stroke" />
                {last && <circle cx={last[0]} cy={last[1]} r={W / 100} fill={colour} stroke="var(--bg)" strokeWidth={1.5} vectorEffect="non-scaling-stroke" />}
              </g>
            );
          })}
        </svg>
        {startBox && (
          <span className="kit-contour__start" style={{ left: `${(startBox[0] / W) * 100}%`, top: `${(startBox[1] / H) * 100}%` }} aria-hidden="true" />
        )}
      </div>
      <div className="kit-contour__axes" aria-hidden="true">
        <span>{axes[0]}: {formatNumber(domain.xMin)} … {formatNumber(domain.xMax)} →</span>
        <span>{axes[1]}: {formatNumber(domain.yMin)} … {formatNumber(domain.yMax)} ↑</span>
      </div>
      <figcaption className="kit-contour__legend">
        {start && <span className="kit-contour__key"><span className="kit-contour__ring" aria-hidden="true" />start ({formatNumber(start.x)}, {formatNumber(start.y)})</span>}
        {markers.map((m) => (
          <span key={m.label} className="kit-contour__key">
            <svg width="12" height="12" aria-hidden="true"><path d="M1 6H11M6 1V11" stroke="currentColor" strokeWidth="2" /></svg>
            {m.label}
          </span>
        ))}
        {paths.map((p, k) => (
          <span key={p.name} className="kit-contour__key">
            <svg width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" stroke={`var(--series-${p.series})`} strokeWidth="2.5" strokeDasharray={DASHES[(p.series - 1) % DASHES.length]} /></svg>
            {p.name}{ends[k] ? `: step ${ends[k]!.steps} at (${formatNumber(ends[k]!.x)}, ${formatNumber(ends[k]!.y)}), loss ${formatNumber(ends[k]!.loss)}` : ''}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
