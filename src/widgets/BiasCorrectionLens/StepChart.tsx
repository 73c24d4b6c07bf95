// Step size over the first steps, in units of η: one line with the correction, one without, and the
// line at 1 (a step of exactly η). Plain SVG; the numbers are in the table below it.
const W = 600, H = 200, PAD = { l: 40, r: 10, t: 10, b: 24 };

export function StepChart(props: { on: number[]; off: number[]; emphasis: 'on' | 'off' }) {
  const n = props.on.length;
  const top = Math.max(1.2, ...props.on.filter(Number.isFinite), ...props.off.filter(Number.isFinite)) * 1.05;
  const x = (i: number) => PAD.l + (i / Math.max(1, n - 1)) * (W - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + (1 - Math.min(v, top) / top) * (H - PAD.t - PAD.b);
  const line = (vs: number[]) => vs.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const ticks = [0, 1, ...[2, 4, 6, 8, 10, 15, 20, 30].filter((t) => t < top)];
  return (
    <svg className="lens__chart" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.l} x2={W - PAD.r} y1={y(t)} y2={y(t)} className={t === 1 ? 'lens__unit' : 'lens__grid'} />
          <text x={PAD.l - 6} y={y(t) + 4} textAnchor="end" className="lens__tick">{t}</text>
        </g>
      ))}
      {[1, 5, 10, 15, 20].filter((t) => t <= n).map((t) => (
        <text key={t} x={x(t - 1)} y={H - 6} textAnchor="middle" className="lens__tick">{t}</text>
      ))}
      <polyline points={line(props.off)} className={`lens__line lens__line--off ${props.emphasis === 'off' ? 'lens__line--strong' : ''}`} />
      <polyline points={line(props.on)} className={`lens__line lens__line--on ${props.emphasis === 'on' ? 'lens__line--strong' : ''}`} />
    </svg>
  );
}
