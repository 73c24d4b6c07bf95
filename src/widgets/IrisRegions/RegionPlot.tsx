// Petal length × petal width: the network's three regions painted on a small canvas (colour = the
// predicted species, strength = its probability), the 150 flowers on top in SVG. Species differ by
// colour and by shape (circle, square, triangle); training flowers are filled, test flowers hollow.
import { useCallback, useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { IRIS_CLASSES, PETAL_DOMAIN } from '../../lab';
import { readColor, useThemeVersion, type Rgb } from '../kit';

export interface RegionPlotHandle { paint(classes: Int32Array, confidence: Float64Array): void }
export interface PlotFlower { length: number; width: number; species: number; test: boolean }

const SERIES = ['--series-1', '--series-2', '--series-3'];
const X_TICKS = [1, 2, 3, 4, 5, 6, 7];
const Y_TICKS = [0, 0.5, 1, 1.5, 2, 2.5];

export function RegionPlot(props: { resolution: number; flowers: readonly PlotFlower[]; handleRef: Ref<RegionPlotHandle>; label: string }) {
  const n = props.resolution, d = PETAL_DOMAIN;
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<[Int32Array, Float64Array] | null>(null);
  const theme = useThemeVersion();

  const paint = useCallback((classes: Int32Array, confidence: Float64Array) => {
    last.current = [classes, confidence];
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const colours: Rgb[] = SERIES.map((v) => readColor(v));
    const bg = readColor('--bg', [255, 255, 255]);
    const img = ctx.createImageData(n, n);
    for (let i = 0; i < n * n; i++) {
      const c = classes[i], p = confidence[i];
      const end = c >= 0 ? colours[c] : bg;
      // p runs from 1/3 (undecided) to 1 (certain): faint to strong.
      const strength = Number.isFinite(p) ? 0.15 + 0.45 * Math.min(1, Math.max(0, (p - 1 / 3) * 1.5)) : 0;
      for (let k = 0; k < 3; k++) img.data[4 * i + k] = bg[k] + (end[k] - bg[k]) * strength;
      img.data[4 * i + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
  }, [n]);

  useImperativeHandle(props.handleRef, () => ({ paint }), [paint]);
  useEffect(() => {
    if (last.current) paint(...last.current);
  }, [theme, paint]);

  const sx = (x: number) => ((x - d.xMin) / (d.xMax - d.xMin)) * 100;
  const sy = (y: number) => ((d.yMax - y) / (d.yMax - d.yMin)) * 100;
  return (
    <div className="iris-regions__plot">
      <div className="iris-regions__y-label" aria-hidden="true">petal width (cm)</div>
      <div className="iris-regions__area" role="img" aria-label={props.label}>
        <canvas ref={canvas} width={n} height={n} aria-hidden="true" />
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
          {props.flowers.map((f, i) => <Marker key={i} x={sx(f.length)} y={sy(f.width)} species={f.species} test={f.test} />)}
        </svg>
        <div className="iris-regions__ticks iris-regions__ticks--x" aria-hidden="true">
          {X_TICKS.map((t) => <span key={t} style={{ left: `${sx(t)}%` }}>{t}</span>)}
        </div>
        <div className="iris-regions__ticks iris-regions__ticks--y" aria-hidden="true">
          {Y_TICKS.map((t) => <span key={t} style={{ top: `${sy(t)}%` }}>{t}</span>)}
        </div>
      </div>
      <div className="iris-regions__x-label" aria-hidden="true">petal length (cm)</div>
    </div>
  );
}

function Marker({ x, y, species, test }: { x: number; y: number; species: number; test: boolean }) {
  const cls = `iris-regions__flower iris-regions__flower--${IRIS_CLASSES[species]} ${test ? 'iris-regions__flower--test' : ''}`;
  const r = 1.4;
  // The SVG is stretched to the box; vector-effect keeps strokes even, and small shapes stay readable.
  if (species === 0) return <circle cx={x} cy={y} r={r} className={cls} vectorEffect="non-scaling-stroke" />;
  if (species === 1) return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} className={cls} vectorEffect="non-scaling-stroke" />;
  return <polygon points={`${x},${y - 1.5 * r} ${x - 1.4 * r},${y + r} ${x + 1.4 * r},${y + r}`} className={cls} vectorEffect="non-scaling-stroke" />;
}

/** A small legend: colour and shape per species, filled = training, hollow = test. */
export function RegionLegend() {
  return (
    <ul className="iris-regions__legend">
      {IRIS_CLASSES.map((c, k) => (
        <li key={c}>
          <svg viewBox="-3 -3 6 6" width="14" height="14" aria-hidden="true"><Marker x={0} y={0} species={k} test={false} /></svg> {c}
        </li>
      ))}
      <li>filled: training flower · hollow: test flower</li>
    </ul>
  );
}
