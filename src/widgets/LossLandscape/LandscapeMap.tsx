// The (w, b) plane painted by loss, with the reader's point on top. Drag with mouse, pen or touch;
// the sliders beside it move the same point from the keyboard.
import { useEffect, useRef, type PointerEvent } from 'react';
import { readColor, useThemeVersion } from '../kit';
import { shade, type Domain } from './landscape';

/** Where on the log scale the colour passes through the background (the plane is mostly high loss). */
const MID = 0.7;

export function LandscapeMap(props: {
  grid: Float64Array;
  n: number;
  domain: Domain;
  w: number;
  b: number;
  label: string;
  onMove(w: number, b: number): void;
  /** A gradient-descent path to draw over the plane (chapter 7). */
  path?: readonly { w: number; b: number }[];
}) {
  const { grid, n, domain, w, b } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const dragging = useRef(false);
  const theme = useThemeVersion();

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const low = readColor('--heat-pos', [0, 114, 178]);
    const high = readColor('--heat-neg', [213, 94, 0]);
    const bg = readColor('--bg', [255, 255, 255]);
    let maxLoss = 0;
    for (let i = 0; i < grid.length; i++) maxLoss = Math.max(maxLoss, grid[i]);
    const img = ctx.createImageData(n, n);
    for (let i = 0; i < n * n; i++) {
      const t = shade(grid[i], maxLoss);
      // low loss: strong --heat-pos, fading to the page background at MID, then --heat-neg for high loss
      const end = t < MID ? low : high;
      const strength = t < MID ? 0.1 + 0.85 * ((MID - t) / MID) : 0.85 * ((t - MID) / (1 - MID));
      for (let ch = 0; ch < 3; ch++) img.data[4 * i + ch] = bg[ch] + (end[ch] - bg[ch]) * strength;
      img.data[4 * i + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
  }, [grid, n, theme]);

  const toValues = (e: PointerEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const fx = Math.min(1, Math.max(0, (e.clientX - r.left) / r.width));
    const fy = Math.min(1, Math.max(0, (e.clientY - r.top) / r.height));
    props.onMove(domain.wMin + fx * (domain.wMax - domain.wMin), domain.bMax - fy * (domain.bMax - domain.bMin));
  };
  const px = ((w - domain.wMin) / (domain.wMax - domain.wMin)) * 100;
  const py = ((domain.bMax - b) / (domain.bMax - domain.bMin)) * 100;

  return (
    <div className="ll-map">
      <div
        className="ll-map__plane"
        role="img"
        aria-label={props.label}
        onPointerDown={(e) => { dragging.current = true; e.currentTarget.setPointerCapture?.(e.pointerId); toValues(e); }}
        onPointerMove={(e) => { if (dragging.current) toValues(e); }}
        onPointerUp={() => { dragging.current = false; }}
        onPointerCancel={() => { dragging.current = false; }}
      >
        <canvas ref={canvas} width={n} height={n} aria-hidden="true" />
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
          <line x1={px} x2={px} y1={0} y2={100} className="ll-map__cross" vectorEffect="non-scaling-stroke" />
          <line x1={0} x2={100} y1={py} y2={py} className="ll-map__cross" vectorEffect="non-scaling-stroke" />
          {props.path && props.path.length > 1 && (
            <polyline
              className="ll-map__path"
              vectorEffect="non-scaling-stroke"
              points={props.path
                .filter((p) => Number.isFinite(p.w) && Number.isFinite(p.b))
                .map((p) => {
                  // clamp far-off points (a diverging run) to just outside the plane
                  const x = Math.max(-5, Math.min(105, ((p.w - domain.wMin) / (domain.wMax - domain.wMin)) * 100));
                  const y = Math.max(-5, Math.min(105, ((domain.bMax - p.b) / (domain.bMax - domain.bMin)) * 100));
                  return `${x.toFixed(2)},${y.toFixed(2)}`;
                })
                .join(' ')}
            />
          )}
        </svg>
        <span className="ll-map__dot" style={{ left: `${px}%`, top: `${py}%` }} aria-hidden="true" />
      </div>
      <div className="ll-map__xaxis" aria-hidden="true"><span>{domain.wMin}</span><span>w →</span><span>{domain.wMax}</span></div>
      <p className="ll-map__legend">Blue is low loss, orange high; each band is a step on a log scale.</p>
      <div className="ll-map__yaxis" aria-hidden="true"><span>{domain.bMax}</span><span>b ↑</span><span>{domain.bMin}</span></div>
    </div>
  );
}
