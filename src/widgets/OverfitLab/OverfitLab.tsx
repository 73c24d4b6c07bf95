// The overfit lab: a 2 → 32 → 32 → 1 network trained on 40 noisy points and measured on 200 it never
// sees. The reader switches on dropout, a weight penalty or early stopping, presses Play and watches
// the two losses part (or not) while the decision boundary goes wiggly (or stays smooth).
import { useEffect, useMemo, useRef, useState } from 'react';
import { OVERFIT_LR_MIN } from '../../lab';
import {
  DivergenceNotice, Exercise, Heatmap, LiveLossChart, ParamControls, PlayControls, ReadOut, ShadeKey, Stat, UrlNotices, ViewOption,
  WidgetFrame, formatNumber, formatPercent, useParams, type LabeledPoint, type ParamValues,
} from '../kit';
import { OVERFIT_PREFIX, OVERFIT_SPECS, overfitSettingsOf, type OverfitValues } from './params';
import { GRID, useOverfitRun, type OverfitSnapshot } from './useOverfitRun';
import { StoppedNotice, changeText, readOutText } from './parts';
import './overfitLab.css';

/** The second exercise's bar: a validation loss this low at step GOAL_STEP needs a regularizer. */
export const GOAL_STEP = 1000;
export const GOAL_LOSS = 0.4;

export interface OverfitLabProps {
  initial?: Partial<ParamValues<typeof OVERFIT_SPECS>>;
  shareInUrl?: boolean;
}

export function OverfitLabView({ initial, shareInUrl = true }: OverfitLabProps) {
  const { store, values, notices, dismissNotices } = useParams(OVERFIT_SPECS, { prefix: OVERFIT_PREFIX, shareInUrl, initial });
  const settings = useMemo(() => overfitSettingsOf(values), [values]);
  const frameRef = useRef<HTMLElement>(null);
  const { run, heatmap, chart, snapshot, playing, lastChange, actions } = useOverfitRun(settings, values.speed, frameRef);
  const [showValidation, setShowValidation] = useState(false);
  const [logScale, setLogScale] = useState(false);
  const { train, validation } = run.data;
  const points: LabeledPoint[] = useMemo(() => {
    const d = showValidation ? validation : train;
    return Array.from({ length: d.n }, (_, i) => ({ x: d.inputs[2 * i], y: d.inputs[2 * i + 1], label: d.targets[i] }));
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- the data changes exactly when the version does
  }, [snapshot.version, showValidation, train, validation]);
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- read once per change
  const changeStep = useMemo(() => run.stepCount, [lastChange]);
  const solved = useSolvedExercises(values, snapshot);
  const lowerTo = Math.max(OVERFIT_LR_MIN, Number((values.lr / 10).toPrecision(2)));

  const controls = useMemo(() => <div className="kit-lab__controls"><ParamControls specs={OVERFIT_SPECS} store={store} /></div>, [store]);
  const picture = useMemo(() => (
    <Heatmap resolution={GRID} domain={train.domain} points={points} handleRef={heatmap}
      label={`Decision boundary of the network with the ${showValidation ? 'validation' : 'training'} points; numbers in the read-out below`} />
  ), [train, points, heatmap, showValidation]);
  const lossChart = useMemo(() => (
    <LiveLossChart handleRef={chart} logScale={logScale} height={170}
      series={[{ name: 'training loss', history: run.trainHistory }, { name: 'validation loss', history: run.validationHistory }]} />
  ), [chart, logScale, run]);

  return (
    <WidgetFrame title="Overfit lab" frameRef={frameRef} className="overfit-lab">
      <UrlNotices notices={notices} onDismiss={dismissNotices} />
      <div className="kit-lab__body">
        {controls}
        <div className="kit-lab__main">
          <PlayControls playing={playing} onPlayPause={actions.playPause} onStep={actions.step} onReset={actions.reset}
            disabled={run.diverged !== null || run.stopped !== null} />
          {run.stopped && <StoppedNotice s={run.stopped} />}
          {run.diverged && (
            <DivergenceNotice d={run.diverged} lossName="training loss" lr={values.lr} lowerTo={lowerTo} onLower={() => {
              actions.lowerRateAndReset(lowerTo);
              store.getState().set('lr', lowerTo);
            }} />
          )}
          <p className="kit-lab__change" role="status">{changeText(lastChange, settings, changeStep)}</p>
          <div className="kit-lab__views">
            <figure className="kit-lab__figure">
              {picture}
              <figcaption className="kit-help">
                <ShadeKey /> Dots: the {showValidation ? '200 validation' : '40 training'} points.
              </figcaption>
              <ViewOption checked={showValidation} onChange={setShowValidation}>Show the validation points instead</ViewOption>
            </figure>
            <div className="kit-stats overfit-lab__stats">
              <Stat label="Step" value={snapshot.step} />
              <Stat label="Training loss" value={formatNumber(snapshot.trainLoss)} />
              <Stat label="Validation loss" value={formatNumber(snapshot.validationLoss)} />
              <Stat label="Gap" value={formatNumber(snapshot.validationLoss - snapshot.trainLoss)} />
              <Stat label="Training accuracy" value={formatPercent(snapshot.trainAccuracy)} />
              <Stat label="Validation accuracy" value={formatPercent(snapshot.validationAccuracy)} />
              <Stat label="Best validation" value={`${formatNumber(snapshot.best.loss)} (step ${snapshot.best.step})`} />
            </div>
          </div>
          <div className="overfit-lab__chart">
            {lossChart}
            <ViewOption checked={logScale} onChange={setLogScale}>Log-scale loss axis</ViewOption>
          </div>
          <ReadOut><p>{readOutText(snapshot)}</p></ReadOut>
          <p className="kit-widget__caption">
            Both losses are measured in evaluation mode (dropout off) after every step. Mid-run changes keep the weights:
            a new p applies from the next step, a new λ restarts the optimizer's running averages. A new seed draws new
            points and new weights. Reset goes back to the same initial weights and the same dropout masks.
          </p>
        </div>
      </div>
      <Exercise title="overfit on purpose" solved={solved.overfit}
        hint={<p>Switch every regularizer off (p = 0, λ = 0, no early stopping), press Play and wait a few hundred steps.</p>}
        solvedText="The training loss keeps falling while the validation loss climbs: the network is learning the noise of its 40 points.">
        <p>With no regularization at all, train until the validation loss is at least twice its lowest value so far.</p>
      </Exercise>
      <Exercise title="keep it general" solved={solved.general}
        hint={<p>Try the weight penalty: λ = 1 with AdamW, or a much smaller λ such as 0.01 in the L2 form. Dropout alone only delays the climb here.</p>}
        solvedText="The penalty keeps the weights small, so the network cannot grow the huge, confident values that fitting each noisy point needs.">
        <p>Reach step {GOAL_STEP} without early stopping and with a validation loss below {GOAL_LOSS}.</p>
      </Exercise>
    </WidgetFrame>
  );
}

function useSolvedExercises(v: OverfitValues, s: OverfitSnapshot) {
  const [solved, setSolved] = useState({ overfit: false, general: false });
  const overfit = v.dropout === 0 && v.decay === 0 && !v.earlyStop && s.step > 0 && s.validationLoss >= 2 * s.best.loss;
  const general = !v.earlyStop && !s.stopped && s.step >= GOAL_STEP && s.validationLoss < GOAL_LOSS;
  useEffect(() => {
    if ((overfit && !solved.overfit) || (general && !solved.general)) setSolved((x) => ({ overfit: x.overfit || overfit, general: x.general || general }));
  }, [overfit, general, solved]);
  return solved;
}
