// The data with the current line F̂ = w·C + b and each point's error drawn: a square of side |y − ŷ|
// for the squared loss (its area is the point's contribution), a bar for the absolute loss.
import { useId } from 'react';
import type { Dataset, LossAt, LossKind } from './landscape';

const W = 320, H = 240, M = { l: 36, r: 10, t: 10, b: 28 };
const X = { min: -10, max: 110 }, Y = { min: -80, max: 300 };
const sx = (c: number) => M.l + ((c - X.min) / (X.max - X.min)) * (W - M.l - M.r);
const sy = (f: number) => H - M.b - ((f - Y.min) / (Y.max - Y.min)) * (H - M.t - M.b);
const ky = (H - M.t - M.b) / (Y.max - Y.min);

export function DataPlot(props: { data: Dataset; at: LossAt; w: number; b: number; kind: LossKind }) {
  const { data, at, w, b, kind } = props;
  const clipId = `ll-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <svg className="ll-data" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="The data points, the current line and each point's error">
      <defs>
        <clipPath id={clipId}><rect x={M.l} y={M.t} width={W - M.l - M.r} height={H - M.t - M.b} /></clipPath>
      </defs>
      <rect x={M.l} y={M.t} width={W - M.l - M.r} height={H - M.t - M.b} className="ll-data__frame" />
      {[0, 50, 100].map((c) => (
        <g key={`x${c}`}>
          <line x1={sx(c)} x2={sx(c)} y1={M.t} y2={H - M.b} className="ll-data__gridline" />
          <text x={sx(c)} y={H - M.b + 14} textAnchor="middle" className="ll-data__tick">{c}</text>
        </g>
      ))}
      {[0, 100, 200].map((f) => (
        <g key={`y${f}`}>
          <line x1={M.l} x2={W - M.r} y1={sy(f)} y2={sy(f)} className="ll-data__gridline" />
          <text x={M.l - 4} y={sy(f) + 4} textAnchor="end" className="ll-data__tick">{f}</text>
        </g>
      ))}
      <text x={W - M.r} y={H - 2} textAnchor="end" className="ll-data__tick">C (°C)</text>
      <text x={M.l + 4} y={M.t + 12} className="ll-data__tick">F (°F)</text>
      <g clipPath={`url(#${clipId})`}>
        {data.celsius.map((c, i) => {
          const r = at.residuals[i], top = Math.max(data.fahrenheit[i], at.predictions[i]);
          if (kind === 'mae') {
            return <line key={i} x1={sx(c)} x2={sx(c)} y1={sy(data.fahrenheit[i])} y2={sy(at.predictions[i])} className="ll-data__bar" />;
          }
          const side = Math.abs(r) * ky;
          const x = c > 50 ? sx(c) - side : sx(c);
          return <rect key={i} x={x} y={sy(top)} width={side} height={side} className="ll-data__square" />;
        })}
        <line x1={sx(X.min)} x2={sx(X.max)} y1={sy(w * X.min + b)} y2={sy(w * X.max + b)} className="ll-data__line" />
        {data.celsius.map((c, i) => (
          <circle key={i} cx={sx(c)} cy={sy(data.fahrenheit[i])} r={4} className="ll-data__point" />
        ))}
      </g>
    </svg>
  );
}
