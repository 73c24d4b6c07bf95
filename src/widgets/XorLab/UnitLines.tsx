// Each first-layer unit's line w·x + b = 0 drawn over the decision-boundary heatmap: solid for a
// live unit, grey and dashed for a dead one (a ReLU whose input is ≤ 0 at every data point).
import type { Domain } from '../kit';
import type { HiddenUnit } from './units';

/** The part of the line a·p + c = 0 inside the domain, or null if it misses it. */
export function lineInDomain(a: [number, number], c: number, d: Domain): [[number, number], [number, number]] | null {
  const hits: [number, number][] = [];
  const push = (x: number, y: number) => {
    if (x >= d.xMin - 1e-9 && x <= d.xMax + 1e-9 && y >= d.yMin - 1e-9 && y <= d.yMax + 1e-9 &&
      !hits.some((h) => Math.abs(h[0] - x) < 1e-9 && Math.abs(h[1] - y) < 1e-9)) hits.push([x, y]);
  };
  if (a[1] !== 0) for (const x of [d.xMin, d.xMax]) push(x, -(a[0] * x + c) / a[1]);
  if (a[0] !== 0) for (const y of [d.yMin, d.yMax]) push(-(a[1] * y + c) / a[0], y);
  return hits.length >= 2 ? [hits[0], hits[1]] : null;
}

export function UnitLines(props: { units: HiddenUnit[]; domain: Domain }) {
  const d = props.domain;
  const sx = (x: number) => ((x - d.xMin) / (d.xMax - d.xMin)) * 100;
  const sy = (y: number) => ((d.yMax - y) / (d.yMax - d.yMin)) * 100;
  return (
    <svg className="xor-lab__units" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
      {props.units.map((u, i) => {
        const seg = lineInDomain(u.w, u.b, d);
        if (!seg) return null;
        return (
          <line key={i} x1={sx(seg[0][0])} y1={sy(seg[0][1])} x2={sx(seg[1][0])} y2={sy(seg[1][1])}
            className={u.dead ? 'xor-lab__unit xor-lab__unit--dead' : 'xor-lab__unit'} vectorEffect="non-scaling-stroke" />
        );
      })}
    </svg>
  );
}
