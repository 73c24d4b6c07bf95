// The XOR square with the collapsed layer's verdict: the region it calls "1" shaded, its straight
// boundary drawn, and the four points marked right (filled ring) or wrong (cross).
import { XOR_POINTS, boundarySegment, positiveRegion, type Box } from './collapse';

export const PLOT_BOX: Box = { xMin: -0.5, xMax: 1.5, yMin: -0.5, yMax: 1.5 };
const SIZE = 100;
const sx = (x: number) => ((x - PLOT_BOX.xMin) / (PLOT_BOX.xMax - PLOT_BOX.xMin)) * SIZE;
const sy = (y: number) => ((PLOT_BOX.yMax - y) / (PLOT_BOX.yMax - PLOT_BOX.yMin)) * SIZE;

export function CollapsePlot(props: { W: [number, number]; b: number; predictions: number[] }) {
  const region = positiveRegion(props.W, props.b, PLOT_BOX);
  const line = boundarySegment(props.W, props.b, PLOT_BOX);
  return (
    <svg className="collapse-plot" viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
      <rect x={0} y={0} width={SIZE} height={SIZE} className="collapse-plot__neg" />
      {region.length > 2 && (
        <polygon className="collapse-plot__pos" points={region.map(([x, y]) => `${sx(x)},${sy(y)}`).join(' ')} />
      )}
      {[0, 1].map((v) => (
        <g key={v} className="collapse-plot__grid">
          <line x1={sx(v)} x2={sx(v)} y1={0} y2={SIZE} />
          <line y1={sy(v)} y2={sy(v)} x1={0} x2={SIZE} />
        </g>
      ))}
      {line && <line className="collapse-plot__line" x1={sx(line[0][0])} y1={sy(line[0][1])} x2={sx(line[1][0])} y2={sy(line[1][1])} />}
      {XOR_POINTS.map((p, i) => {
        const right = props.predictions[i] === p.label;
        return (
          <g key={i}>
            <circle cx={sx(p.x)} cy={sy(p.y)} r={4.2} className={`kit-point ${p.label ? 'kit-point--pos' : 'kit-point--neg'}`} />
            {!right && (
              <path className="collapse-plot__wrong" d={`M${sx(p.x) - 5},${sy(p.y) - 5}l10,10m0,-10l-10,10`} />
            )}
          </g>
        );
      })}
      <text x={sx(0)} y={SIZE - 2} className="collapse-plot__tick">0</text>
      <text x={sx(1)} y={SIZE - 2} className="collapse-plot__tick">1</text>
      <text x={1.5} y={sy(1) + 1.5} className="collapse-plot__tick">1</text>
    </svg>
  );
}
