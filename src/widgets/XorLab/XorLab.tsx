// The XOR lab: a 2 → H (→ H) → 1 network trained live in the page. The reader picks the activation,
// the width, the learning rate, the optimizer, the seed and the data, presses Play and watches the
// decision boundary bend (or fail to) while the loss falls (or stalls).
import { useEffect, useMemo, useRef, useState } from 'react';
import { LR_MIN, adoptReaderActivationFrom } from '../../lab';
import {
  DivergenceNotice, Exercise, Heatmap, LiveLossChart, Notice, ParamControls, UrlNotices, PlayControls, ReadOut, ShadeKey, Stat,
  ViewOption, WidgetFrame, formatNumber, formatPercent, useParams, type LabeledPoint, type ParamValues,
} from '../kit';
import { XOR_PREFIX, XOR_SPECS, runSettingsOf } from './params';
import { useLabRun, GRID } from './useLabRun';
import { PredictionsTable, changeText, readOutText } from './parts';
import { UnitLines } from './UnitLines';
import { hiddenUnits, isStalled, stallText, type LossSample } from './units';
import './xorLab.css';

export interface XorLabProps {
  /** Settings to start from (the URL, when shared, wins). */
  initial?: Partial<ParamValues<typeof XOR_SPECS>>;
  /** Keep the settings in the page's URL (prefix "xor") so an experiment can be shared. Default true. */
  shareInUrl?: boolean;
}

export function XorLabView({ initial, shareInUrl = true }: XorLabProps) {
  // A shared link may carry the reader's own formula (§12.8): adopt it before the first step, so
  // "yours" means the link's formula even if the formula box further down has not loaded yet.
  useState(() => shareInUrl && typeof window !== 'undefined' && adoptReaderActivationFrom(window.location.search));
  const { store, values, notices, dismissNotices } = useParams(XOR_SPECS, { prefix: XOR_PREFIX, shareInUrl, initial });
  const settings = useMemo(() => runSettingsOf(values), [values]);
  const frameRef = useRef<HTMLElement>(null);
  const { run, heatmap, chart: chartRef, snapshot, playing, lastChange, actions } = useLabRun(settings, values.speed, frameRef);
  const [logScale, setLogScale] = useState(false);
  const data = run.data;
  const points: LabeledPoint[] = useMemo(
    () => Array.from({ length: data.n }, (_, i) => ({ x: data.inputs[2 * i], y: data.inputs[2 * i + 1], label: data.targets[i] })),
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- the data changes exactly when the version does
    [snapshot.version, data],
  );
  // The step at which the last change came: fixed when the change happens, not the live counter.
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- read once per change
  const changeStep = useMemo(() => run.stepCount, [lastChange]);
  // Each hidden unit's line and whether it is dead, with the weights of the latest snapshot.
  const units = useMemo(
    () => hiddenUnits(run),
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- the weights change exactly when a snapshot or a change is published
    [run, snapshot, lastChange],
  );
  const [showUnits, setShowUnits] = useState(true);
  const deadCount = units.filter((u) => u.dead).length;
  const stalled = useStall(snapshot.step, snapshot.loss, snapshot.accuracy, `${snapshot.version}:${changeStep}:${lastChange.join()}`);
  const solved = useSolvedExercises(values, snapshot.step, snapshot.loss, snapshot.accuracy, run.diverged !== null);
  const lowerTo = Math.max(LR_MIN, Number((values.lr / 10).toPrecision(2)));
  const accTone = snapshot.accuracy === 1 ? 'ok' : undefined;
  // Elements that do not change while training are memoised, so the frequent re-renders of the
  // numbers skip them (the heatmap canvas itself is painted imperatively every frame).
  const controls = useMemo(() => <div className="kit-lab__controls"><ParamControls specs={XOR_SPECS} store={store} /></div>, [store]);
  const picture = useMemo(() => (
    <Heatmap resolution={GRID} domain={data.domain} points={points} handleRef={heatmap}
      label={`Decision boundary of the network over the ${data.n === 4 ? 'XOR truth table' : 'data set'}; details in the read-out below`} />
  ), [data, points, heatmap]);
  const chart = useMemo(
    () => <LiveLossChart series={[{ name: 'loss', history: run.history }]} logScale={logScale} height={170} handleRef={chartRef} />,
    [run, logScale, chartRef],
  );

  return (
    <WidgetFrame title="XOR lab" frameRef={frameRef} className="xor-lab">
      <UrlNotices notices={notices} onDismiss={dismissNotices} />
      <div className="kit-lab__body">
        {controls}
        <div className="kit-lab__main">
          <PlayControls
            playing={playing}
            onPlayPause={actions.playPause}
            onStep={actions.step}
            onReset={actions.reset}
            onNewWeights={() => store.getState().set('seed', actions.newWeights())}
            disabled={run.diverged !== null}
          />
          {run.diverged && (
            <DivergenceNotice d={run.diverged} lr={values.lr} lowerTo={lowerTo} onLower={() => {
              actions.lowerRateAndReset(lowerTo);
              store.getState().set('lr', lowerTo);
            }} />
          )}
          <p className="kit-lab__change" role="status">{changeText(lastChange, settings, changeStep)}</p>
          {stalled && !run.diverged && (
            <Notice tone="warn"><p><strong>Stalled.</strong> {stallText(settings.activation, snapshot.loss, units, data.n === 4)}</p></Notice>
          )}
          <div className="kit-lab__views">
            <figure className="kit-lab__figure">
              <div className="xor-lab__map">
                {picture}
                {showUnits && <UnitLines units={units} domain={data.domain} />}
              </div>
              <figcaption className="kit-help">
                <ShadeKey /> Dots: the data, coloured by target.
                {showUnits && ' Lines: where each first-layer hidden unit’s input w·x + b is 0 (for ReLU, where it switches on); grey dashed: a dead unit.'}
              </figcaption>
              <ViewOption checked={showUnits} onChange={setShowUnits}>Show each hidden unit’s line</ViewOption>
            </figure>
            <div>
              <div className="kit-stats">
                <Stat label="Step" value={snapshot.step} />
                <Stat label="Loss" value={formatNumber(snapshot.loss)} />
                <Stat label="Accuracy" value={formatPercent(snapshot.accuracy)} tone={accTone} />
                {settings.activation === 'relu' && (
                  <Stat label="Dead units" value={`${deadCount} of ${units.length}`} tone={deadCount > 0 ? 'warn' : undefined} />
                )}
              </div>
              {data.n <= 4 && <PredictionsTable data={data} predictions={snapshot.predictions} />}
            </div>
          </div>
          <div className="xor-lab__chart">
            {chart}
            <ViewOption checked={logScale} onChange={setLogScale}>Log-scale loss axis</ViewOption>
          </div>
          <ReadOut>
            <p>
              {readOutText(snapshot.step, snapshot.loss, snapshot.accuracy, data, snapshot.predictions)}
              {settings.activation === 'relu' ? ` Dead hidden units: ${deadCount} of ${units.length}.` : ''}
            </p>
          </ReadOut>
          <p className="kit-widget__caption">
            Mid-run changes: a new learning rate or optimizer applies from the next step; a new activation keeps the
            weights learnt so far and training carries on with the new function. Hidden units, the second layer, the seed
            and the data set build a new network at step 0. Reset goes back to the same initial weights; New weights moves
            to the next seed.
          </p>
        </div>
      </div>
      <Exercise title="solve XOR with only 2 hidden units" solved={solved.two}
        hint={<p>Set Hidden units to 2 on the XOR truth table and try GELU or tanh first. With ReLU it needs lucky weights: if one of the two units dies (grey line), only one line is left, so try New weights.</p>}
        solvedText="Two bent lines are enough: the picture shows them, one per hidden unit, cutting off the two XOR corners.">
        <p>Reach 100 % accuracy on the XOR truth table with one hidden layer of 2 units.</p>
      </Exercise>
      <Exercise title="make sigmoid training stall or diverge" solved={solved.stall}
        hint={<p>Choose sigmoid, then try a very small learning rate and wait 1 000 steps, or a very large one.</p>}
        solvedText="A tiny rate takes steps too small to get anywhere in 1 000 steps. A huge one can drive the sigmoid units deep into their flat tails, where every point ends at 50 % and the loss settles at ln 2, or make the loss blow up.">
        <p>With the sigmoid activation, pick a learning rate at which the loss stays above 0.5 for 1 000 steps, or blows up.</p>
      </Exercise>
    </WidgetFrame>
  );
}

/** Whether the run has stalled (see isStalled), from the snapshots it publishes; `key` starts a fresh record. */
function useStall(step: number, loss: number, accuracy: number, key: string): boolean {
  const record = useRef<{ key: string; samples: LossSample[] }>({ key, samples: [] });
  const r = record.current;
  if (r.key !== key || (r.samples.length > 0 && step < r.samples[r.samples.length - 1].step)) {
    record.current = { key, samples: [] };
  }
  const samples = record.current.samples;
  if (samples.length === 0 || samples[samples.length - 1].step !== step) {
    samples.push({ step, loss });
    if (samples.length > 4000) samples.splice(0, samples.length - 2000);
  }
  return isStalled(samples, accuracy);
}

function useSolvedExercises(v: ParamValues<typeof XOR_SPECS>, step: number, loss: number, accuracy: number, diverged: boolean) {
  const [solved, setSolved] = useState({ two: false, stall: false });
  const two = v.data === 'xor' && v.hidden === 2 && !v.second && step > 0 && accuracy === 1;
  const stall = v.activation === 'sigmoid' && (diverged || (step >= 1000 && loss > 0.5));
  useEffect(() => {
    if ((two && !solved.two) || (stall && !solved.stall)) setSolved((s) => ({ two: s.two || two, stall: s.stall || stall }));
  }, [two, stall, solved]);
  return solved;
}
