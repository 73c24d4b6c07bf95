// A decision-boundary heatmap: a small canvas (e.g. 64×64) painted with ImageData and upscaled by
// CSS, with the data points drawn crisp on top as SVG. Values are probabilities of class 1 in [0, 1],
// row-major from the top-left corner (y at its maximum). Paint imperatively through `handleRef` on
// every training frame; React re-renders only when the points or the theme change.
import { useCallback, useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { readColor, useThemeVersion, type Rgb } from './themeColors';
import './kit.css';

export interface Domain { xMin: number; xMax: number; yMin: number; yMax: number }
export interface LabeledPoint { x: number; y: number; label: number }
export interface HeatmapHandle { paint(values: ArrayLike<number>): void }

export function Heatmap(props: {
  resolution: number;
  domain: Domain;
  points?: readonly LabeledPoint[];
  values?: ArrayLike<number>;
  handleRef?: Ref<HeatmapHandle>;
  /** Accessible description of what the picture shows (kept short; details go in a read-out). */
  label: string;
  size?: number | string;
}) {
  const { resolution: n, domain, points = [], values, label } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<ArrayLike<number> | null>(values ?? null);
  const theme = useThemeVersion();
  const palette = useRef<Uint32Array | null>(null);
  const image = useRef<ImageData | null>(null);

  const paint = useCallback(
    (v: ArrayLike<number>) => {
      last.current = v;
      const ctx = canvas.current?.getContext('2d');
      if (!ctx) return;
      // The colour of each probability level, computed once per theme: painting is then one table
      // look-up per cell (a 64×64 map every frame at 60 frames a second).
      palette.current ??= paletteOf(readColor('--heat-neg', [230, 159, 0]), readColor('--heat-pos', [0, 114, 178]), readColor('--bg', [255, 255, 255]));
      const lut = palette.current;
      // One ImageData per size, reused: a new one every frame would be garbage at 60 frames a second.
      if (image.current?.width !== n) image.current = ctx.createImageData(n, n);
      const img = image.current;
      const px = new Uint32Array(img.data.buffer, img.data.byteOffset, n * n);
      for (let i = 0; i < n * n; i++) {
        const p = v[i];
        px[i] = lut[p >= 0 && p <= 1 ? Math.round(p * LEVELS) : p > 1 ? LEVELS : p < 0 ? 0 : LEVELS / 2];
      }
      ctx.putImageData(img, 0, 0);
    },
    [n],
  );

  useImperativeHandle(props.handleRef, () => ({ paint }), [paint]);

  useEffect(() => {
    palette.current = null; // theme changed: re-read the colours and repaint what we last showed
    if (last.current) paint(last.current);
  }, [theme, paint]);

  useEffect(() => {
    if (values) paint(values);
  }, [values, paint]);

  const sx = (x: number) => ((x - domain.xMin) / (domain.xMax - domain.xMin)) * 100;
  const sy = (y: number) => ((domain.yMax - y) / (domain.yMax - domain.yMin)) * 100;
  const r = points.length > 60 ? 1.1 : 2.6;
  return (
    <div className="kit-heatmap" style={{ width: props.size ?? '100%' }} role="img" aria-label={label}>
      <canvas ref={canvas} width={n} height={n} aria-hidden="true" />
      <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
        {points.map((p, i) => (
          <circle
            key={i}
            cx={sx(p.x)}
            cy={sy(p.y)}
            r={r}
            className={p.label >= 0.5 ? 'kit-point kit-point--pos' : 'kit-point kit-point--neg'}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
    </div>
  );
}

/** Probability levels in the colour table (p is rounded to the nearest 1/LEVELS). */
const LEVELS = 1024;

/** RGBA of every level, as 32-bit words in the platform's byte order (so ImageData can be written word by word). */
function paletteOf(neg: Rgb, pos: Rgb, bg: Rgb): Uint32Array {
  const bytes = new Uint8ClampedArray(4 * (LEVELS + 1));
  for (let k = 0; k <= LEVELS; k++) {
    const p = k / LEVELS;
    const strength = 0.25 + 0.6 * Math.abs(2 * p - 1); // confident regions are saturated
    const end = p >= 0.5 ? pos : neg;
    for (let c = 0; c < 3; c++) bytes[4 * k + c] = bg[c] + (end[c] - bg[c]) * strength;
    bytes[4 * k + 3] = 255;
  }
  return new Uint32Array(bytes.buffer);
}

/** Fills `out` (n×n, row-major from top-left) with the grid's input coordinates [x0, y0, x1, y1, …]. */
export function gridInputs(n: number, domain: Domain, out = new Float64Array(2 * n * n)): Float64Array {
  for (let row = 0; row < n; row++) {
    const y = domain.yMax - ((row + 0.5) / n) * (domain.yMax - domain.yMin);
    for (let col = 0; col < n; col++) {
      const x = domain.xMin + ((col + 0.5) / n) * (domain.xMax - domain.xMin);
      out[2 * (row * n + col)] = x;
      out[2 * (row * n + col) + 1] = y;
    }
  }
  return out;
}
