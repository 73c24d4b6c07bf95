// The readings as dots and the current line F = w·C + b, in SVG. The axes and dots depend only on the
// data and are memoised: while training, a re-render changes just the line.
import { useMemo } from 'react';
import type { TemperatureData } from '../../lab';

const W = 420, H = 260, PAD = { l: 54, r: 10, t: 10, b: 30 };

export function FitPlot(props: { data: TemperatureData; slope: number; intercept: number }) {
  const { data, slope, intercept } = props;
  const frame = useMemo(() => plotFrame(data), [data]);
  const { sx, sy, cMin, cMax, fMin, fMax } = frame;
  const clampY = (f: number) => Math.max(fMin - 1e3, Math.min(fMax + 1e3, f));
  const finite = Number.isFinite(slope) && Number.isFinite(intercept);
  return (
    <svg className="trainer__plot" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      {frame.static}
      <g clipPath="url(#trainer-clip)">
        {finite && <line x1={sx(cMin)} y1={sy(clampY(slope * cMin + intercept))} x2={sx(cMax)} y2={sy(clampY(slope * cMax + intercept))} className="trainer__line" />}
      </g>
    </svg>
  );
}

/** Scales for the data's own range (a little padded), and the axes, grid and dots drawn once. */
function plotFrame(data: TemperatureData) {
  const cs = Array.from(data.celsius), fs = Array.from(data.fahrenheit);
  const cMin = Math.min(...cs) - 8, cMax = Math.max(...cs) + 8; // the data's own range, a little padded
  const fMin = Math.min(...fs) - 30, fMax = Math.max(...fs) + 30;
  const sx = (c: number) => PAD.l + ((c - cMin) / (cMax - cMin)) * (W - PAD.l - PAD.r);
  const sy = (f: number) => PAD.t + ((fMax - f) / (fMax - fMin)) * (H - PAD.t - PAD.b);
  const ticksC = niceTicks(cMin, cMax);
  const ticksF = niceTicks(fMin, fMax);
  const drawn = (
    <>
      <defs><clipPath id="trainer-clip"><rect x={PAD.l} y={PAD.t} width={W - PAD.l - PAD.r} height={H - PAD.t - PAD.b} /></clipPath></defs>
      {ticksC.map((c) => <g key={c}><line x1={sx(c)} x2={sx(c)} y1={PAD.t} y2={H - PAD.b} className="trainer__grid" /><text x={sx(c)} y={H - 10} textAnchor="middle">{c} °C</text></g>)}
      {ticksF.map((f) => <g key={f}><line x1={PAD.l} x2={W - PAD.r} y1={sy(f)} y2={sy(f)} className="trainer__grid" /><text x={PAD.l - 6} y={sy(f) + 4} textAnchor="end">{f} °F</text></g>)}
      <g clipPath="url(#trainer-clip)">
        {cs.map((c, i) => <circle key={i} cx={sx(c)} cy={sy(fs[i])} r={cs.length > 20 ? 2.6 : 4} className="trainer__dot" />)}
      </g>
    </>
  );
  return { sx, sy, cMin, cMax, fMin, fMax, static: drawn };
}

function niceTicks(lo: number, hi: number): number[] {
  const step = 10 ** Math.floor(Math.log10((hi - lo) / 4));
  const unit = [1, 2, 5, 10].map((m) => m * step).find((s) => (hi - lo) / s <= 6) ?? step * 10;
  const out: number[] = [];
  for (let v = Math.ceil(lo / unit) * unit; v <= hi; v += unit) out.push(Math.round(v));
  return out;
}
