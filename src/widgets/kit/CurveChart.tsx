// A small static line chart for curves known in advance (a learning-rate schedule, say): plain SVG
// polylines, ticks as text, and optional markers (a dot on a curve at a given x, e.g. the current step).
// The chart is aria-hidden; widgets state what it shows in their read-outs.
import { useMemo } from 'react';
import { formatNumber } from './params';
import './curveChart.css';

export interface CurveSeries { name: string; values: ArrayLike<number> }
export interface CurveMarker { series: number; x: number }

const W = 1000;

/** A tick's label, with a true minus sign as in the text (−0.5, not -0.5). */
const tickLabel = (t: number) => formatNumber(t).replace(/^-/, '−');

function ticks(hi: number, count: number): number[] {
  if (!(hi > 0)) return [0];
  const raw = hi / count, mag = 10 ** Math.floor(Math.log10(raw)), r = raw / mag;
  const step = (r < 1.5 ? 1 : r < 3 ? 2 : r < 7 ? 5 : 10) * mag;
  const out: number[] = [];
  for (let v = 0; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

export interface CurveChartProps {
  series: CurveSeries[];
  markers?: CurveMarker[];
  height?: number;
  yLabel?: string;
  xLabel?: string;
  /** The x the first and last values stand at (evenly spaced between); by default their indices 0 … n − 1. */
  xRange?: readonly [number, number];
  /** A fixed y axis, e.g. [−1, 1]; by default from 0 up to the largest finite value. */
  yRange?: readonly [number, number];
  xTicks?: readonly number[];
  yTicks?: readonly number[];
}

export function CurveChart(props: CurveChartProps) {
  const { series, markers = [], height = 160 } = props;
  const n = Math.max(2, ...series.map((s) => s.values.length));
  let hi = 0;
  for (const s of series) for (let i = 0; i < s.values.length; i++) if (Number.isFinite(s.values[i])) hi = Math.max(hi, s.values[i]);
  const yTicks = props.yTicks ?? ticks(props.yRange ? props.yRange[1] : hi || 1, 4);
  const [bottom, top] = props.yRange ?? [0, Math.max(hi, yTicks[yTicks.length - 1]) || 1];
  const [left, right] = props.xRange ?? [0, n - 1];
  const xTicks = props.xTicks ?? ticks(right, 4);
  /** Where an index lies across the plot, and where an x-axis value lies, as fractions of its width. */
  const x = (i: number) => i / (n - 1);
  const xAt = (t: number) => (t - left) / (right - left);
  const y = (v: number) => 1 - (v - bottom) / (top - bottom);
  const pct = (f: number) => `${(100 * f).toFixed(3)}%`;
  // The curves' point lists (up to 800 points each) are built once per series and scale, not on every
  // re-render: a live widget re-renders its markers a few times a second with the same curves.
  const lines = useMemo(() => series.map((s) => {
    const vals = s.values, stride = Math.max(1, Math.ceil(vals.length / 800)), out: string[] = [];
    const point = (i: number) => `${((W * i) / (n - 1)).toFixed(1)},${(100 * (1 - (vals[i] - bottom) / (top - bottom))).toFixed(2)}`;
    for (let i = 0; i < vals.length; i += stride) out.push(point(i));
    const last = vals.length - 1;
    if (last > 0 && last % stride !== 0) out.push(point(last));
    return out.join(' ');
  }), [series, n, top, bottom]);
  return (
    <div className="kit-curve" aria-hidden="true">
      {props.yLabel && <span className="kit-curve__ylabel">{props.yLabel}</span>}
      <div className="kit-curve__plot" style={{ height }}>
        {yTicks.map((t) => <span key={`y${t}`} className="kit-curve__ytick" style={{ top: pct(y(t)) }}>{tickLabel(t)}</span>)}
        <svg viewBox={`0 0 ${W} 100`} preserveAspectRatio="none">
          {yTicks.map((t) => <line key={`gy${t}`} className="kit-curve__grid" x1={0} x2={W} y1={100 * y(t)} y2={100 * y(t)} vectorEffect="non-scaling-stroke" />)}
          {series.map((s, k) => (
            <polyline key={s.name} className="kit-curve__line" points={lines[k]} style={{ stroke: `var(--series-${(k % 6) + 1})` }}
              strokeDasharray={k % 2 ? '10 6' : undefined} vectorEffect="non-scaling-stroke" />
          ))}
          {markers.map((m) => {
            const v = series[m.series]?.values[Math.min(m.x, (series[m.series]?.values.length ?? 1) - 1)];
            if (v === undefined || !Number.isFinite(v)) return null;
            return <line key={`m${m.series}`} className="kit-curve__cursor" x1={W * x(m.x)} x2={W * x(m.x)} y1={0} y2={100} vectorEffect="non-scaling-stroke" />;
          })}
        </svg>
        {markers.map((m) => {
          const vals = series[m.series]?.values;
          if (!vals) return null;
          const v = vals[Math.min(m.x, vals.length - 1)];
          if (!Number.isFinite(v)) return null;
          return <span key={`d${m.series}`} className="kit-curve__dot" style={{ left: pct(x(m.x)), top: pct(y(v)), background: `var(--series-${(m.series % 6) + 1})` }} />;
        })}
        {xTicks.map((t) => <span key={`x${t}`} className="kit-curve__xtick" style={{ left: pct(xAt(t)) }}>{tickLabel(t)}</span>)}
      </div>
      {props.xLabel && <span className="kit-curve__xlabel">{props.xLabel}</span>}
      {series.length > 1 && (
        <ul className="kit-curve__legend">
          {series.map((s, k) => (
            <li key={s.name}><span className="kit-curve__swatch" style={{ background: `var(--series-${(k % 6) + 1})` }} />{s.name}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
