// A light loss chart for curves that grow while training runs: plain SVG polylines, no chart library.
// The kit's Recharts LossChart costs 30–60 ms per update on our 2-core machine, which turns every
// chart refresh into a long task during training; this one re-renders in about a millisecond, so it
// can follow the run live. Colours come from --series-N; numbers for screen readers are in the
// widgets' read-outs (the chart itself is aria-hidden, like the kit's).
import { formatNumber } from './params';
import './liveLossChart.css';

export interface LiveSeries { name: string; steps: ArrayLike<number>; losses: ArrayLike<number> }

const W = 1000; // viewBox width; the SVG stretches to its box and the strokes stay crisp
const MAX_POINTS = 400;

function niceStep(span: number, count: number): number {
  const raw = span / count, mag = 10 ** Math.floor(Math.log10(raw)), r = raw / mag;
  return (r < 1.5 ? 1 : r < 3 ? 2 : r < 7 ? 5 : 10) * mag;
}

function linearTicks(lo: number, hi: number, count: number): number[] {
  const step = niceStep(hi - lo || 1, count), out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

export function LiveLossChart(props: { series: LiveSeries[]; logScale?: boolean; height?: number }) {
  const { series, logScale = false, height = 180 } = props;
  let maxStep = 1, lo = Infinity, hi = -Infinity;
  for (const s of series) {
    const n = Math.min(s.steps.length, s.losses.length);
    if (n) maxStep = Math.max(maxStep, s.steps[n - 1]);
    for (let i = 0; i < n; i++) {
      const v = s.losses[i];
      if (!Number.isFinite(v) || (logScale && v <= 0)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (!Number.isFinite(lo)) { lo = logScale ? 0.01 : 0; hi = 1; }
  let yTicks: number[], y: (v: number) => number;
  if (logScale) {
    const a = Math.floor(Math.log10(lo)), b = Math.max(a + 1, Math.ceil(Math.log10(hi)));
    yTicks = Array.from({ length: b - a + 1 }, (_, i) => 10 ** (a + i));
    y = (v) => 1 - (Math.log10(v) - a) / (b - a);
  } else {
    yTicks = linearTicks(0, hi, 4);
    const top = Math.max(hi, yTicks[yTicks.length - 1]);
    y = (v) => 1 - v / top;
  }
  const xTicks = linearTicks(0, maxStep, 4);
  const x = (s: number) => s / maxStep;
  const pct = (f: number) => `${(100 * f).toFixed(3)}%`;

  return (
    <div className="live-chart" aria-hidden="true">
      <div className="live-chart__plot" style={{ height }}>
        {yTicks.map((t) => (
          <span key={`y${t}`} className="live-chart__ytick" style={{ top: pct(y(t)) }}>{formatNumber(t)}</span>
        ))}
        <svg viewBox={`0 0 ${W} 100`} preserveAspectRatio="none">
          {yTicks.map((t) => <line key={`gy${t}`} className="live-chart__grid" x1={0} x2={W} y1={100 * y(t)} y2={100 * y(t)} vectorEffect="non-scaling-stroke" />)}
          {xTicks.map((t) => <line key={`gx${t}`} className="live-chart__grid" x1={W * x(t)} x2={W * x(t)} y1={0} y2={100} vectorEffect="non-scaling-stroke" />)}
          {series.map((s, k) => (
            <polyline key={s.name} className="live-chart__line" points={pointsOf(s, logScale, (v) => W * x(v), (v) => 100 * y(v))}
              style={{ stroke: `var(--series-${(k % 6) + 1})` }} vectorEffect="non-scaling-stroke" />
          ))}
        </svg>
        {xTicks.map((t) => (
          <span key={`x${t}`} className="live-chart__xtick" style={{ left: pct(x(t)) }}>{formatNumber(t)}</span>
        ))}
      </div>
      {series.length > 1 && (
        <ul className="live-chart__legend">
          {series.map((s, k) => (
            <li key={s.name}><span className="live-chart__swatch" style={{ background: `var(--series-${(k % 6) + 1})` }} />{s.name}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function pointsOf(s: LiveSeries, logScale: boolean, px: (v: number) => number, py: (v: number) => number): string {
  const n = Math.min(s.steps.length, s.losses.length), stride = Math.max(1, Math.ceil(n / MAX_POINTS));
  const out: string[] = [];
  const add = (i: number) => {
    const v = s.losses[i];
    if (Number.isFinite(v) && (!logScale || v > 0)) out.push(`${px(s.steps[i]).toFixed(1)},${py(v).toFixed(2)}`);
  };
  for (let i = 0; i < n; i += stride) add(i);
  if (n > 0 && (n - 1) % stride !== 0) add(n - 1); // always end at the latest step
  return out.join(' ');
}
