// A small demo of the book's widget pipeline: a native range slider (kit control, Zustand store per
// instance) drives a line chart (the kit's plain SVG CurveChart); a text read-out says what the chart shows.
import { useMemo } from 'react';
import { CurveChart, ParamControls, ReadOut, WidgetFrame, useParams } from '../kit';
import { SINE_PARAMS } from './params';
import { describeSine, sampleSine } from './sine';

export interface SineDemoProps {
  /** Starting frequency (cycles on [0, 1]); the reader changes it with the slider. */
  frequency?: number;
}

const X_RANGE = [0, 1] as const;
const Y_RANGE = [-1, 1] as const;
const X_TICKS = [0, 0.25, 0.5, 0.75, 1];
const Y_TICKS = [-1, -0.5, 0, 0.5, 1];

export function SineDemoView({ frequency }: SineDemoProps) {
  const { store, values } = useParams(SINE_PARAMS, {
    prefix: 'sine',
    initial: frequency === undefined ? undefined : { frequency },
  });
  const series = useMemo(() => [{ name: 'sine', values: sampleSine(values.frequency).map((p) => p.y) }], [values.frequency]);
  return (
    <WidgetFrame title="A sine wave you can tune" className="sine-demo">
      <ParamControls specs={SINE_PARAMS} store={store} />
      <div className="sine-demo__chart">
        <CurveChart series={series} height={200} xRange={X_RANGE} yRange={Y_RANGE} xTicks={X_TICKS} yTicks={Y_TICKS} />
      </div>
      <ReadOut>
        <p className="sine-demo__description">{describeSine(values.frequency)}</p>
      </ReadOut>
    </WidgetFrame>
  );
}
