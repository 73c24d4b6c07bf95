// One or more loss curves over training steps (Recharts, animation off, decimated series). Colours
// come from --series-N, so the chart follows the theme. Not exported by the kit's entry: widgets use
// LazyLossChart's `LossChart`, which loads this file (and Recharts) on demand.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from './params';
import { decimate } from './decimate';
import './kit.css';

export interface LossSeries { name: string; steps: ArrayLike<number>; losses: ArrayLike<number> }

export interface LossChartProps { series: LossSeries[]; logScale?: boolean; height?: number; title?: string }

export function LossChart(props: LossChartProps) {
  const { series, logScale = false, height = 220 } = props;
  const rows = new Map<number, Record<string, number>>();
  series.forEach((s) => {
    for (const p of decimate(s.steps, s.losses)) {
      if (logScale && p.loss <= 0) continue;
      const row = rows.get(p.step) ?? { step: p.step };
      row[s.name] = p.loss;
      rows.set(p.step, row);
    }
  });
  const data = [...rows.values()].sort((a, b) => a.step - b.step);
  if (data.length === 0) {
    return (
      <div className="kit-chart kit-chart--empty" style={{ height }}>
        <p>The loss curve appears here once training runs: press Play or Step.</p>
      </div>
    );
  }
  return (
    <div className="kit-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis dataKey="step" type="number" domain={['dataMin', 'dataMax']} stroke="var(--muted)" tick={{ fill: 'var(--muted)', fontSize: 12 }} />
          <YAxis
            scale={logScale ? 'log' : 'linear'}
            domain={logScale ? ['auto', 'auto'] : [0, 'auto']}
            allowDataOverflow={false}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            tickFormatter={(v: number) => formatNumber(v)}
            width={52}
          />
          <Tooltip formatter={(v) => formatNumber(Number(v))} contentStyle={{ background: 'var(--surface)', borderColor: 'var(--border)', color: 'var(--fg)' }} />
          {series.length > 1 && <Legend wrapperStyle={{ color: 'var(--fg)' }} />}
          {series.map((s, i) => (
            <Line key={s.name} dataKey={s.name} type="linear" dot={false} isAnimationActive={false} connectNulls
              stroke={`var(--series-${(i % 6) + 1})`} strokeWidth={2} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
