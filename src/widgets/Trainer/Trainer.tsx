// Chapter 7's trainer: fit F = w·C + b with plain gradient descent, live. Learning rate and the
// "forget to zero" switch act on the running loop at once; data, seed and standardising restart it.
import { useMemo, useRef, useState } from 'react';
import { FitRun, noisyReadings, sixReadings } from '../../lab';
import {
  Exercise, LossChart, Notice, ParamControls, PlayControls, ReadOut, Stat, WidgetFrame,
  formatNumber, timeSlice, useAnimationFrame, useOnScreen, useParams,
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
    // lr and forgetZero are applied to the live run below instead of restarting it.
    [data, values.standardise, generation],
  );
  run.options.lr = values.lr;
  run.options.zeroGradients = !values.forgetZero;

  const [playing, setPlaying] = useState(false);
  const [, setTick] = useState(0);
  const lastPaint = useRef(0);
  const frame = useRef<HTMLElement>(null);
  const onScreen = useOnScreen(frame);
  const redraw = () => setTick((t) => t + 1);

  useAnimationFrame(playing && onScreen, () => {
    timeSlice(() => run.advance(), values.stepsPerFrame, 6);
    if (run.divergedAt !== null) setPlaying(false);
    const now = performance.now();
    if (now - lastPaint.current > 90 || run.divergedAt !== null) { lastPaint.current = now; redraw(); }
  });

  const { slope, intercept } = run.line();
  const loss = run.losses.length ? run.lastLoss() : run.currentLoss();
  const reset = () => { setPlaying(false); setGeneration((g) => g + 1); };
  const solved = run.divergedAt === null && run.losses.length > 0 && loss < 10 && run.step <= 500;

  return (
    <WidgetFrame title="Trainer: fitting Fahrenheit from Celsius" className="trainer" frameRef={frame}>
      {notices.length > 0 && <Notice tone="warn" onDismiss={dismissNotices}><p>Some settings in the link were not usable:</p><ul>{notices.map((n) => <li key={n}>{n}</li>)}</ul></Notice>}
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
          <ParamControls specs={TRAINER_PARAMS} store={store} />
          <PlayControls
            playing={playing}
            disabled={run.divergedAt !== null}
            onPlayPause={() => setPlaying((p) => !p)}
            onStep={() => { run.advance(); redraw(); }}
            onReset={reset}
          />
        </div>
        <div className="trainer__views">
          <FitPlot data={data} slope={slope} intercept={intercept} />
          <LossChart series={[{ name: 'loss (MSE)', steps: run.steps, losses: run.losses }]} logScale height={180} />
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
