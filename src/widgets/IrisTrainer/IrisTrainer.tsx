// The Iris trainer: Fisher's flowers split 120/30, standardised, and a 4 → H → 3 network trained with
// Adam in the page. Loss and accuracy on both sets follow live, and the confusion matrix on the 30
// held-out flowers fills in as the network learns.
import { useMemo, useRef } from 'react';
import { IRIS_DEFAULT_STEPS, IRIS_DIVERGENCE_FACTOR, IRIS_LR_MIN, SCALING_LABELS, type IrisDivergence, type IrisPoint } from '../../lab';
import {
  LiveLossChart, Notice, ParamControls, PlayControls, ReadOut, Stat, UrlNotices, WidgetFrame, formatNumber, useParams,
  type ParamValues,
} from '../kit';
import { IRIS_PREFIX, IRIS_SPECS, irisSettingsOf } from './params';
import { useIrisRun } from './useIrisRun';
import { ConfusionTable, confusionText } from './ConfusionTable';
import { ConfusedPairExercise, LeakExercise } from './Exercises';
import './irisTrainer.css';

export interface IrisTrainerProps {
  initial?: Partial<ParamValues<typeof IRIS_SPECS>>;
  /** Keep the settings in the page's URL (prefix "iris"). Default true. */
  shareInUrl?: boolean;
  /** Show the two predict-then-run exercises. Default true. */
  exercises?: boolean;
}

export const pct = (a: number) => (Number.isFinite(a) ? `${(100 * a).toFixed(1)} %` : '—');

export function IrisTrainerView({ initial, shareInUrl = true, exercises = true }: IrisTrainerProps) {
  const { store, values, notices, dismissNotices } = useParams(IRIS_SPECS, { prefix: IRIS_PREFIX, shareInUrl, initial });
  const settings = useMemo(() => irisSettingsOf(values), [values]);
  const frameRef = useRef<HTMLElement>(null);
  const { run, lossChart, accChart, snapshot, checkpoints, rebuilt, playing, actions } = useIrisRun(settings, values.speed, frameRef);
  const { point, confusion } = snapshot;
  const lowerTo = Math.max(IRIS_LR_MIN, Number((values.lr / 10).toPrecision(2)));

  const controls = useMemo(() => <div className="iris-trainer__controls"><ParamControls specs={IRIS_SPECS} store={store} /></div>, [store]);
  const charts = useMemo(() => (
    <div className="iris-trainer__charts">
      <figure>
        <figcaption>Cross-entropy loss</figcaption>
        <LiveLossChart series={[{ name: 'train', history: run.curves.trainLoss }, { name: 'test', history: run.curves.testLoss }]} height={150} handleRef={lossChart} />
      </figure>
      <figure>
        <figcaption>Accuracy (0 to 1)</figcaption>
        <LiveLossChart series={[{ name: 'train', history: run.curves.trainAccuracy }, { name: 'test', history: run.curves.testAccuracy }]} height={150} handleRef={accChart} />
      </figure>
    </div>
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- the curves are cleared in place, never replaced
  ), [run, lossChart, accChart, snapshot.version]);

  return (
    <WidgetFrame title="Iris trainer" frameRef={frameRef} className="iris-trainer">
      <UrlNotices notices={notices} onDismiss={dismissNotices} />
      {controls}
      <PlayControls playing={playing} onPlayPause={actions.playPause} onStep={actions.step} onReset={actions.reset} disabled={run.diverged !== null} />
      {run.diverged && (
        <DivergenceNotice d={run.diverged} lr={values.lr} lowerTo={lowerTo} onLower={() => {
          actions.lowerRateAndReset(lowerTo);
          store.getState().set('lr', lowerTo);
        }} />
      )}
      <p className="kit-help" role="status">
        {rebuilt && point.step === 0 ? `New run: ${SCALING_LABELS[values.scaling]}, ${values.hidden} hidden units, seed ${values.seed}. ` : ''}
        {values.scaling === 'all' && 'The test flowers helped set the means and spreads: the test numbers are no longer a clean measurement. '}
        {values.scaling === 'separate' && 'The 30 test flowers are scaled with their own means and spreads, not the ones the network was trained with. '}
      </p>
      <div className="kit-stats">
        <Stat label="Step" value={point.step} />
        <Stat label="Train loss" value={formatNumber(point.trainLoss)} />
        <Stat label="Test loss" value={formatNumber(point.testLoss)} />
        <Stat label="Train accuracy" value={pct(point.trainAccuracy)} />
        <Stat label="Test accuracy" value={pct(point.testAccuracy)} tone={point.testAccuracy >= 0.93 ? 'ok' : undefined} />
      </div>
      {charts}
      <ConfusionTable confusion={confusion} caption={`Confusion matrix on the 30 held-out flowers at step ${point.step}`} />
      <ReadOut>
        <p>{readOutText(point, confusionText(confusion))}</p>
      </ReadOut>
      <p className="kit-widget__caption">
        Each step is one Adam update on all 120 training flowers. The test flowers are never trained on; they are only
        scored. The chapter's numbers are read at step {IRIS_DEFAULT_STEPS}. A new learning rate applies from the next
        step; the other settings start a new run at step 0. Reset returns to the same initial weights.
      </p>
      {exercises && (
        <>
          <ConfusedPairExercise confusion={run.checkpointConfusion} />
          <LeakExercise settings={settings} checkpoints={checkpoints} />
        </>
      )}
    </WidgetFrame>
  );
}

export function readOutText(p: IrisPoint, mixups: string): string {
  if (!Number.isFinite(p.trainLoss)) return `Step ${p.step}: the loss is not a number any more; training stopped.`;
  return `Step ${p.step}: training loss ${formatNumber(p.trainLoss)}, test loss ${formatNumber(p.testLoss)}; ` +
    `accuracy ${pct(p.trainAccuracy)} on the 120 training flowers and ${pct(p.testAccuracy)} on the 30 test flowers ` +
    `(${Math.round(p.testAccuracy * 30)} of 30 right; ${mixups}).`;
}

function DivergenceNotice(props: { d: IrisDivergence; lr: number; lowerTo: number; onLower(): void }) {
  const { d } = props;
  const why = d.reason === 'not-finite'
    ? `the loss became ${String(d.loss)}: a weight overflowed`
    : `the loss jumped to ${formatNumber(d.loss)}, more than ${IRIS_DIVERGENCE_FACTOR} times its starting ${formatNumber(d.startLoss)}`;
  return (
    <Notice tone="danger">
      <p>Training stopped at step {d.step}: {why}. With a learning rate of {formatNumber(props.lr)}, Adam's steps (each
        about the size of the rate) overshoot and the scores run away.</p>
      <button type="button" className="kit-button" onClick={props.onLower}>Lower the rate to {formatNumber(props.lowerTo)} and restart</button>
    </Notice>
  );
}
