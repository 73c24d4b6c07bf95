// The schedule plotter: η_t over a run for one schedule, drawn from the engine scheduler's pure lrAt(t),
// its formula (typeset at build time), its knobs as sliders, and a probe that reads η at any step.
import { useMemo } from 'react';
import { SCHEDULE_LABELS, firstStepAtOrBelow, scheduleCurve, type ScheduleOptions } from '../../lab';
import { CurveChart, Notice, ParamControls, ReadOut, UrlNotices, WidgetFrame, formatNumber, useParams, type ParamValues } from '../kit';
import { SCHEDULE_FORMULAS } from './formulas';
import { FORMULA_HTML } from 'virtual:katex-formulas';
import { KNOBS, PLOT_PREFIX, PLOT_SPECS, type PlotValues } from './params';
import './schedulePlotter.css';

export function optionsOf(v: PlotValues): ScheduleOptions {
  return {
    lr: v.lr, total: v.total, stepSize: v.stepSize, gamma: v.gamma, decay: v.decay, minFactor: v.minFactor,
    warmup: v.warmup, startFactor: v.startFactor, pctStart: v.pctStart, divFactor: v.divFactor, finalDivFactor: v.finalDivFactor,
  };
}

export function SchedulePlotterView(props: { initial?: Partial<ParamValues<typeof PLOT_SPECS>>; shareInUrl?: boolean }) {
  const { store, values, notices, dismissNotices } = useParams(PLOT_SPECS, { prefix: PLOT_PREFIX, shareInUrl: props.shareInUrl ?? true, initial: props.initial });
  const problem = values.schedule === 'warmupCosine' && values.warmup >= values.total
    ? `The warm-up (${values.warmup} steps) must end before the run does (T = ${values.total}); the plot uses W = ${values.total - 1}.`
    : null;
  const curve = useMemo(() => {
    try {
      return { values: scheduleCurve(values.schedule, optionsOf(values), values.total + 1), error: null as string | null };
    } catch (e) {
      return { values: new Float64Array(0), error: (e as Error).message };
    }
  }, [values]);
  const t = Math.min(values.probe, values.total);
  const at = curve.values[t];
  const peak = curve.values.length ? Math.max(...curve.values) : NaN;
  const peakAt = curve.values.indexOf(peak);
  const half = firstStepAtOrBelow(curve.values.subarray(peakAt), peak / 2);
  const formula = SCHEDULE_FORMULAS[values.schedule];
  return (
    <WidgetFrame title="Schedule plotter" className="plotter">
      <UrlNotices notices={notices} onDismiss={dismissNotices} />
      {problem && <Notice tone="warn">{problem}</Notice>}
      {curve.error && <Notice tone="danger">The engine rejected these settings: {curve.error}</Notice>}
      <div className="plotter__controls">
        <ParamControls specs={PLOT_SPECS} store={store} only={['schedule', 'lr', 'total', ...KNOBS[values.schedule], 'probe']} />
      </div>
      <div className="plotter__formula" tabIndex={0} role="math" aria-label={`Formula of the ${SCHEDULE_LABELS[values.schedule]} schedule`} dangerouslySetInnerHTML={{ __html: FORMULA_HTML[formula] ?? formula }} />
      <CurveChart series={[{ name: SCHEDULE_LABELS[values.schedule], values: curve.values }]} markers={[{ series: 0, x: t }]}
        yLabel="η" xLabel="step t →" height={170} />
      <ReadOut>
        <p className="plotter__readout">
          {curve.error ? 'No curve.' : <>
            {SCHEDULE_LABELS[values.schedule]}: η at step {t} is {formatNumber(at)} ({formatNumber(at / values.lr)} × the peak rate).
            {' '}It peaks at {formatNumber(peak)} at step {peakAt}
            {half >= 0 ? `, and first falls to half of that at step ${peakAt + half}` : ', and never falls to half of that in this run'}; at the last step, {values.total}, it is {formatNumber(curve.values[values.total])}.
          </>}
        </p>
      </ReadOut>
    </WidgetFrame>
  );
}
