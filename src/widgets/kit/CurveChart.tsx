// A small static line chart for curves known in advance (a learning-rate schedule, say): plain SVG
// polylines, ticks as text, and optional markers (a dot on a curve at a given x, e.g. the current step).
// The chart is aria-hidden; widgets state what it shows in their read-outs.
import { useMemo } from 'react';
import { formatNumber } from './params';
import { curveRuns, linearTicks, yAxis, type YScale } from './curveScales';
import './curveChart.css';

/** A curve: its values at evenly spaced x; by default coloured by its place and dashed every second one. */
export interface CurveSeries {
  name: string;
  values: ArrayLike<number>;
  /** A CSS colour (default: the series palette by place). */
  color?: string;
  /** An SVG dash pattern such as '6 4', or null for a solid line (default: dashed for every second series). */
  dash?: string | null;
  /** Line width in px (default 2.5) and opacity (default 1): a wide pale line marks a reference curve. */
  width?: number;
  opacity?: number;
}
export interface CurveMarker { series: number; x: number }
/** A shaded vertical stripe from x = from to x = to (x-axis values), e.g. where a curve is flat. */
export interface CurveBand { from: number; to: number; color: string }

const W = 1000;

/** A tick's label, with a true minus sign as in the text (−0.5, not -0.5), and 1e-6 rather than 1.0e-6. */
const tickLabel = (t: number) => formatNumber(t).replace(/^-/, '−').replace(/\.0e/, 'e');

export interface CurveChartProps {
  series: CurveSeries[];
  markers?: CurveMarker[];
  height?: number;
  yLabel?: string;
  xLabel?: string;
  /** The x the first and last values stand at (evenly spaced between); by default their indices 0 … n − 1. */
  xRange?: readonly [number, number];
  /** A fixed y axis, e.g. [−1, 1]; by default from 0 (or, on a log axis, the smallest value) to the largest. */
  yRange?: readonly [number, number];
  xTicks?: readonly number[];
  yTicks?: readonly number[];
  /** Whole-number x ticks only (layers, steps). */
  integerX?: boolean;
  /** 'log': a logarithmic y axis with ticks at powers of ten; values ≤ 0 leave a gap. */
  yScale?: YScale;
  /** Horizontal reference lines at these y values (e.g. 1 on a log axis of growth factors). */
  references?: readonly number[];
  /** A dot at every drawn value (for short curves). */
  dots?: boolean;
  /** Shaded vertical stripes, and dashed vertical lines at these x-axis values (e.g. a probe). */
  bands?: readonly CurveBand[];
  xMarks?: readonly number[];
  /** Cut curves off at the plot's edges (with a fixed yRange that the values may leave). */
  clip?: boolean;
}

const colorOf = (s: CurveSeries, k: number) => s.color ?? `var(--series-${(k % 6) + 1})`;
const dashOf = (s: CurveSeries, k: number) => (s.dash === undefined ? (k % 2 ? '10 6' : undefined) : s.dash ?? undefined);

function* allValues(series: CurveSeries[]) {
  for (const s of series) for (let i = 0; i < s.values.length; i++) yield s.values[i];
}

export function CurveChart(props: CurveChartProps) {
  const { series, markers = [], height = 160, references = [], bands = [], xMarks = [] } = props;
  const n = Math.max(2, ...series.map((s) => s.values.length));
  const axis = useMemo(() => yAxis(allValues(series), props.yScale ?? 'linear', props.yRange, props.yTicks), [series, props.yScale, props.yRange, props.yTicks]);
  const [left, right] = props.xRange ?? [0, n - 1];
  const xTicks = props.xTicks ?? linearTicks(left, right, 4, props.integerX);
  /** Where an index lies across the plot, and where an x-axis value lies, as fractions of its width. */
  const x = (i: number) => i / (n - 1);
  const xAt = (t: number) => (t - left) / (right - left || 1);
  const y = axis.at;
  const pct = (f: number) => `${(100 * f).toFixed(3)}%`;
  // The curves' point lists (up to 800 points each) are built once per series and scale, not on every
  // re-render: a live widget re-renders its markers a few times a second with the same curves.
  const lines = useMemo(() => series.map((s) => curveRuns(s.values, n, W, axis.at)), [series, n, axis]);
  return (
    <div className="kit-curve" aria-hidden="true">
      {props.yLabel && <span className="kit-curve__ylabel">{props.yLabel}</span>}
      <div className="kit-curve__plot" style={{ height }}>
        {axis.ticks.map((t) => <span key={`y${t}`} className="kit-curve__ytick" style={{ top: pct(y(t)) }}>{tickLabel(t)}</span>)}
        <svg viewBox={`0 0 ${W} 100`} preserveAspectRatio="none" style={props.clip ? { overflow: 'hidden' } : undefined}>
          {bands.map((b) => (
            <rect key={`b${b.from}:${b.to}`} className="kit-curve__band" x={W * xAt(b.from)} width={W * (xAt(b.to) - xAt(b.from))} y={0} height={100} style={{ fill: b.color }} />
          ))}
          {axis.ticks.map((t) => <line key={`gy${t}`} className="kit-curve__grid" x1={0} x2={W} y1={100 * y(t)} y2={100 * y(t)} vectorEffect="non-scaling-stroke" />)}
          {references.map((r) => Number.isFinite(y(r)) && <line key={`r${r}`} className="kit-curve__reference" x1={0} x2={W} y1={100 * y(r)} y2={100 * y(r)} vectorEffect="non-scaling-stroke" />)}
          {series.map((s, k) => lines[k].map((points, j) => (
            <polyline key={`${s.name}:${j}`} className="kit-curve__line" points={points}
              style={{ stroke: colorOf(s, k), strokeWidth: s.width, strokeOpacity: s.opacity }}
              strokeDasharray={dashOf(s, k)} vectorEffect="non-scaling-stroke" />
          )))}
          {xMarks.map((t) => <line key={`xm${t}`} className="kit-curve__xmark" x1={W * xAt(t)} x2={W * xAt(t)} y1={0} y2={100} vectorEffect="non-scaling-stroke" />)}
          {markers.map((m) => {
            const v = series[m.series]?.values[Math.min(m.x, (series[m.series]?.values.length ?? 1) - 1)];
            if (v === undefined || !Number.isFinite(y(v))) return null;
            return <line key={`m${m.series}`} className="kit-curve__cursor" x1={W * x(m.x)} x2={W * x(m.x)} y1={0} y2={100} vectorEffect="non-scaling-stroke" />;
          })}
        </svg>
        {props.dots && series.map((s, k) => Array.from(s.values, (v, i) => (Number.isFinite(y(v))
          ? <span key={`p${k}:${i}`} className="kit-curve__point" style={{ left: pct(x(i)), top: pct(y(v)), background: colorOf(s, k) }} />
          : null)))}
        {markers.map((m) => {
          const vals = series[m.series]?.values;
          if (!vals) return null;
          const v = vals[Math.min(m.x, vals.length - 1)];
          if (!Number.isFinite(y(v))) return null;
          return <span key={`d${m.series}`} className="kit-curve__dot" style={{ left: pct(x(m.x)), top: pct(y(v)), background: colorOf(series[m.series], m.series) }} />;
        })}
        {xTicks.map((t) => <span key={`x${t}`} className="kit-curve__xtick" style={{ left: pct(xAt(t)) }}>{tickLabel(t)}</span>)}
      </div>
      {props.xLabel && <span className="kit-curve__xlabel">{props.xLabel}</span>}
      {series.length > 1 && (
        <ul className="kit-curve__legend">
          {series.map((s, k) => (
            <li key={s.name}>
              <svg className="kit-curve__swatch" viewBox="0 0 16 4" aria-hidden="true">
                <line x1={0} x2={16} y1={2} y2={2} style={{ stroke: colorOf(s, k), strokeWidth: Math.min(4, s.width ?? 2.5), strokeOpacity: s.opacity }} strokeDasharray={dashOf(s, k) ? '4 2' : undefined} />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
