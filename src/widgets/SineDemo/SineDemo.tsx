// A small demo of the book's widget pipeline: a native range slider (kit control, Zustand store per
// instance) drives a Recharts line chart; a text read-out says what the chart shows.
import { useMemo, useRef } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { ParamControls, ReadOut, WidgetFrame, useParams, useWidth } from '../kit';
import { SINE_PARAMS } from './params';
import { describeSine, sampleSine } from './sine';

export interface SineDemoProps {
  /** Starting frequency (cycles on [0, 1]); the reader changes it with the slider. */
  frequency?: number;
}

export function SineDemoView({ frequency }: SineDemoProps) {
  const { store, values } = useParams(SINE_PARAMS, {
    prefix: 'sine',
    initial: frequency === undefined ? undefined : { frequency },
  });
  const data = useMemo(() => sampleSine(values.frequency), [values.frequency]);
  const chartRef = useRef<HTMLDivElement>(null);
  const width = useWidth(chartRef, 560);
  return (
    <WidgetFrame title="A sine wave you can tune" className="sine-demo">
      <ParamControls specs={SINE_PARAMS} store={store} />
      <div className="sine-demo__chart" aria-hidden="true" ref={chartRef}>
        {/* accessibilityLayer off: the chart is hidden from assistive tech (the read-out says it in words),
            so it must not be a keyboard stop either. */}
        <LineChart width={width} height={220} data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis dataKey="x" type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]}
            stroke="var(--muted)" tick={{ fill: 'var(--muted)', fontSize: 12 }} />
          <YAxis domain={[-1, 1]} ticks={[-1, -0.5, 0, 0.5, 1]} width={40}
            stroke="var(--muted)" tick={{ fill: 'var(--muted)', fontSize: 12 }} />
          <Line dataKey="y" type="linear" dot={false} isAnimationActive={false}
            stroke="var(--series-1)" strokeWidth={2.5} />
        </LineChart>
      </div>
      <ReadOut>
        <p className="sine-demo__description">{describeSine(values.frequency)}</p>
      </ReadOut>
    </WidgetFrame>
  );
}
