// The kit's Recharts loss chart, loaded on demand: Recharts (about 116 kB gzip) arrives in its own
// chunk the first time such a chart renders, so a chapter without one never downloads it. Until it
// arrives the chart's box keeps its height, so nothing jumps.
import { Suspense, lazy } from 'react';
import type { LossChartProps } from './LossChart';

const Chart = lazy(() => import('./LossChart').then((m) => ({ default: m.LossChart })));

export function LossChart(props: LossChartProps) {
  return (
    <Suspense fallback={<div className="kit-chart" style={{ height: props.height ?? 220 }} aria-hidden="true" />}>
      <Chart {...props} />
    </Suspense>
  );
}
