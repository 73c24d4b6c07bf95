// Chapter 7's trainer: fit F = w·C + b with plain gradient descent, live. Learning rate and the
// "forget to zero" switch act on the running loop at once; data, seed and standardising restart it.
// The kit's training loop runs it: the loss chart (a canvas) follows every frame, the rest of the
// widget re-renders about five times a second (the controls and the plot's dots are memoised).
import { useMemo, useRef, useState } from 'react';
import { FitRun, noisyReadings, sixReadings } from '../../lab';
import {
  Exercise, LiveLossChart, Notice, ParamControls, PlayControls, ReadOut, Stat, UrlNotices, WidgetFrame,
  formatNumber, useParams, useTrainingLoop, type LiveChartHandle,
} from '../kit';
import { FitPlot } from './FitPlot';
import { TRAINER_PARAMS } from './params';
import './trainer.css';

export function TrainerView(props: { exercise?: boolean }) {
  const { store, values, notices, dismissNotices } = useParams(TRAINER_PARAMS, { prefix: 'fit', shareInUrl: true });
  const data = useMemo(() => (values.data === 'six' ? sixReadings() : noisyReadings(values.seed)), [values.data, values.seed]);
  const [generation, setGeneration] = useState(0);
  const run = useMemo(
    () => new FitRun(data, { lr: values.lr, standardise: values.standardise, zeroGradients: !values.forgetZero }),
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- lr and forgetZero are applied to the live run below instead of restarting it.
    [data, values.standardise, generation],
  );
  run.options.lr = values.lr;
  run.options.zeroGradients = !values.forgetZero;

  const [, setTick] = useState(0);
  const frame = useRef<HTMLElement>(null);
  const chart = useRef<LiveChartHandle>(null);
  const redraw = () => setTick((t) => t + 1);
  // The run keeps a bounded record of its losses (fixed size however long it trains): the chart reads it.
  const feedChart = () => chart.current?.invalidate();
  const loop = useTrainingLoop({
    frameRef: frame,
    step: () => run.advance(),
    maxStepsPerFrame: values.stepsPerFrame,
    draw: feedChart,
    publish: redraw,
    check: () => (run.divergedAt !== null ? 'diverged' : null),
  });
  const { playing, pause } = loop;
  const lossSeries = useMemo(() => [{ name: 'loss (MSE)', history: run.history }], [run]);
  const controls = useMemo(() => <ParamControls specs={TRAINER_PARAMS} store={store} />, [store]);

  const { slope, intercept } = run.line();
  const loss = run.lastLoss();
  const reset = () => { pause(); setGeneration((g) => g + 1); };
  const solved = run.divergedAt === null && run.history.count > 0 && loss < 10 && run.step <= 500;

  return (
    <WidgetFrame title="Trainer: fitting Fahrenheit from Celsius" className="trainer" frameRef={frame}>
      <UrlNotices notices={notices} onDismiss={dismissNotices} />
      {run.divergedAt !== null && (
        <Notice tone="danger">
          <p>
            Training diverged at step {run.divergedAt}: the loss stopped being a finite number. Each update overshot the
            minimum by more than the last, so w and b swung ever wider until they overflowed. The learning rate
            {' '}{formatNumber(values.lr)} is too large {values.standardise ? '' : 'for raw Celsius inputs'}{values.forgetZero ? ', and the un-zeroed gradients make every step bigger still' : ''}.
          </p>
          <button type="button" className="kit-button" onClick={() => { store.getState().set('lr', Number((values.lr / 10).toPrecision(2))); reset(); }}>
            Lower the learning rate and reset
          </button>
        </Notice>
      )}
      <div className="kit-layout">
        <div>
          {controls}
          <PlayControls
            playing={playing}
            disabled={run.divergedAt !== null}
            onPlayPause={loop.toggle}
            onStep={() => { run.advance(); feedChart(); redraw(); }}
            onReset={reset}
          />
        </div>
        <div className="trainer__views">
          <FitPlot data={data} slope={slope} intercept={intercept} />
          {run.history.count === 0
            ? <div className="kit-chart kit-chart--empty" style={{ height: 180 }}><p>The loss curve appears here once training runs: press Play or Step.</p></div>
            : <LiveLossChart series={lossSeries} logScale height={180} handleRef={chart} />}
        </div>
      </div>
      <ReadOut>
        <div className="kit-stats">
          <Stat label="step" value={run.step} />
          <Stat label="loss" value={formatNumber(loss)} tone={run.divergedAt !== null ? 'danger' : undefined} />
          <Stat label="w (°F per °C)" value={formatNumber(slope)} />
          <Stat label="b (°F)" value={formatNumber(intercept)} />
        </div>
        <p className="kit-sr-only">
          After {run.step} steps the line is F = {formatNumber(slope)} C + {formatNumber(intercept)} with mean squared error {formatNumber(loss)}.
        </p>
      </ReadOut>
      {props.exercise && (
        <Exercise
          title="fit in 500 steps"
          solved={solved}
          solvedText={`Loss ${formatNumber(loss)} after ${run.step} steps: the inputs are on a scale the learning rate can handle.`}
          hint="On raw Celsius inputs a learning rate large enough to be quick makes w overshoot. Standardise the inputs, then raise the learning rate."
        >
          <p>Get the loss below 10 within 500 steps, without diverging. Reset before each attempt.</p>
        </Exercise>
      )}
    </WidgetFrame>
  );
}
