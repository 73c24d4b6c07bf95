// A square of the plane with the region a layer calls "1" shaded, straight boundaries and dashed hinge
// lines drawn, and labelled points marked right (filled ring) or wrong (cross). Used for the input
// square (x₁, x₂) and for the hidden space (h₁, h₂).
import type { Box } from './collapse';
import type { Pt } from './network';

const SIZE = 100;

export interface PlotPoint { at: Pt; label: number; right: boolean }

export function PlanePlot(props: {
  box: Box;
  regions: Pt[][];
  lines?: [Pt, Pt][];
  hinges?: [Pt, Pt][];
  points: PlotPoint[];
  /** Grid lines (and their tick labels) at these coordinates, on both axes. */
  ticks: number[];
  axisNames: [string, string];
  className?: string;
}) {
  const { box } = props;
  const sx = (x: number) => ((x - box.xMin) / (box.xMax - box.xMin)) * SIZE;
  const sy = (y: number) => ((box.yMax - y) / (box.yMax - box.yMin)) * SIZE;
  const seg = (s: [Pt, Pt]) => ({ x1: sx(s[0][0]), y1: sy(s[0][1]), x2: sx(s[1][0]), y2: sy(s[1][1]) });
  return (
    <svg className={`collapse-plot ${props.className ?? ''}`} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
      <rect x={0} y={0} width={SIZE} height={SIZE} className="collapse-plot__neg" />
      {props.regions.map((r, i) => (
        <polygon key={i} className="collapse-plot__pos" points={r.map(([x, y]) => `${sx(x)},${sy(y)}`).join(' ')} />
      ))}
      {props.ticks.map((v) => (
        <g key={v} className={v === 0 ? 'collapse-plot__axis' : 'collapse-plot__grid'}>
          <line x1={sx(v)} x2={sx(v)} y1={0} y2={SIZE} />
          <line y1={sy(v)} y2={sy(v)} x1={0} x2={SIZE} />
        </g>
      ))}
      {(props.hinges ?? []).map((s, i) => <line key={i} className="collapse-plot__hinge" {...seg(s)} />)}
      {(props.lines ?? []).map((s, i) => <line key={i} className="collapse-plot__line" {...seg(s)} />)}
      {props.points.map((p, i) => (
        <g key={i}>
          <circle cx={sx(p.at[0])} cy={sy(p.at[1])} r={4.2} className={`kit-point ${p.label ? 'kit-point--pos' : 'kit-point--neg'}`} />
          {!p.right && <path className="collapse-plot__wrong" d={`M${sx(p.at[0]) - 5},${sy(p.at[1]) - 5}l10,10m0,-10l-10,10`} />}
        </g>
      ))}
      {props.ticks.map((v) => (
        <g key={`t${v}`}>
          <text x={sx(v) + 1} y={SIZE - 2} className="collapse-plot__tick">{String(v).replace('-', '−')}</text>
          {v !== 0 && <text x={1.5} y={sy(v) - 1} className="collapse-plot__tick">{String(v).replace('-', '−')}</text>}
        </g>
      ))}
      <text x={SIZE - 2} y={SIZE - 7} textAnchor="end" className="collapse-plot__axis-name">{props.axisNames[0]}</text>
      <text x={2} y={6} className="collapse-plot__axis-name">{props.axisNames[1]}</text>
    </svg>
  );
}

/** Whole-number grid positions inside the box (at most about six of them). */
export function ticksFor(box: Box): number[] {
  const span = box.xMax - box.xMin;
  const step = span <= 6 ? 1 : Math.ceil(span / 6);
  const out: number[] = [];
  for (let v = Math.ceil(Math.min(box.xMin, box.yMin) / step) * step; v <= Math.max(box.xMax, box.yMax); v += step) {
    if ((v > box.xMin && v < box.xMax) || (v > box.yMin && v < box.yMax)) out.push(v);
  }
  return out;
}
