// Two schedules train the same network from the same weights: losses overlaid, and both η curves with
// the current step marked on each. A prediction (which ends lower?) is judged when the duel ends.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { SCHEDULE_LABELS, defaultScheduleOptions, scheduleCurve } from '../../lab';
import {
  CurveChart, Exercise, LiveLossChart, Notice, ParamControls, PlayControls, ReadOut, ResultsTable, RunOutcomeCells, UrlNotices,
  WidgetFrame, formatNumber, useParams, useReducedMotion, useTrainingLoop, type ExerciseState, type LiveChartHandle,
  type ParamValues,
} from '../kit';
import { makeDuel } from './duel';
import { DUEL_PREFIX, DUEL_SPECS } from './params';
import './scheduleDuel.css';

/** How often the table and the η markers update while playing: each update evaluates both networks'
 *  accuracy on 200 points and re-renders the widget; the loss curves are the canvas chart, redrawn by
 *  the loop. */
const PUBLISH_EVERY_MS = 200;
const DUEL_COLUMNS = ['schedule', 'η now', 'loss', 'accuracy'];

export function ScheduleDuelView(props: { initial?: Partial<ParamValues<typeof DUEL_SPECS>>; shareInUrl?: boolean }) {
  const { store, values, notices, dismissNotices } = useParams(DUEL_SPECS, { prefix: DUEL_PREFIX, shareInUrl: props.shareInUrl ?? true, initial: props.initial });
  const { a, b, optimizer, lr, total, seed } = values;
  const duel = useMemo(() => makeDuel({ a, b, optimizer, lr, total, seed }), [a, b, optimizer, lr, total, seed]);
  const curves = useMemo(() => {
    const o = defaultScheduleOptions(lr, total);
    return [scheduleCurve(a, o, total + 1), scheduleCurve(b, o, total + 1)];
  }, [a, b, lr, total]);
  const frameRef = useRef<HTMLElement>(null);
  const reduced = useReducedMotion();
  const [, setVersion] = useState(0);
  const [fell, setFell] = useState<string | null>(null);
  const [prediction, setPrediction] = useState('');
  const predictId = useId();
  const chart = useRef<LiveChartHandle>(null);
  /** A racer that diverged in the round just run (the loop stops on it). */
  const fellNow = useRef<string | null>(null);
  const publish = () => setVersion((v) => v + 1);

  const steps = duel.stepCount;
  const finished = steps >= total;
  /** Racers that diverge while `train` runs. */
  const fallenIn = (train: () => void): string[] => {
    const before = duel.racers.map((r) => !!r.run.diverged);
    train();
    return duel.racers.flatMap((r, i) => (r.run.diverged && !before[i] ? [r.spec.label] : []));
  };
  /** Who diverged at the step the notice names. */
  const fellWho = useRef<string[]>([]);
  const fallen = (who: string[], joining = false) => {
    fellWho.current = joining ? [...fellWho.current, ...who] : who;
    fellNow.current = `${fellWho.current.join(' and ')} diverged at step ${duel.stepCount}`;
    setFell(fellNow.current);
  };
  /** A whole round, or (`part`, while playing) only the next racer's step of it: one network's step
   *  is what an animation frame must fit on a slow phone. */
  const advance = (part: boolean): boolean => {
    if (duel.stepCount >= total && !duel.midRound) return false;
    const newly = fallenIn(() => (part ? duel.stepNext() : duel.round()));
    if (newly.length) {
      fallen(newly);
      return false;
    }
    return duel.stepCount < total && !duel.allDiverged;
  };
  const round = () => advance(false);
  /** When playing stops: the racers complete the round in progress, so both stand at the same step. */
  const finishRound = () => {
    if (!duel.midRound) return;
    const newly = fallenIn(() => duel.finishRound());
    if (newly.length) fallen(newly, fellNow.current !== null);
  };
  // The kit's loop: training per frame adapts to how long whole frames take, the loss chart redraws
  // from the runs' bounded histories, and the table and η markers update a few times a second.
  const loop = useTrainingLoop({
    frameRef,
    step: () => advance(true),
    maxStepsPerFrame: values.speed * duel.racers.length,
    draw: () => chart.current?.invalidate(),
    settle: () => { finishRound(); chart.current?.invalidate(); },
    publish,
    check: () => (fellNow.current ? 'diverged' : duel.stepCount >= total || duel.allDiverged ? 'finished' : null),
    snapshotEveryMs: PUBLISH_EVERY_MS,
  });
  const { playing, pause } = loop;
  const play = () => { fellNow.current = null; setFell(null); loop.play(); };

  useEffect(() => { pause(); fellNow.current = null; setFell(null); setPrediction(''); publish(); }, [duel, pause]);
  const lossSeries = useMemo(() => duel.racers.map((r) => ({ name: r.spec.label, history: r.run.history })), [duel]);
  const curveSeries = useMemo(() => [{ name: `A: ${SCHEDULE_LABELS[a]}`, values: curves[0] }, { name: `B: ${SCHEDULE_LABELS[b]}`, values: curves[1] }], [a, b, curves]);

  const [ra, rb] = duel.racers;
  const lossOf = (r: typeof ra) => (r.run.diverged ? Infinity : r.run.loss);
  const winner = finished ? (lossOf(ra) <= lossOf(rb) ? 'a' : 'b') : null;
  const state: ExerciseState = !prediction || !winner ? 'unanswered' : prediction === winner ? 'correct' : 'wrong';
  const t = Math.min(steps, total);
  const controls = useMemo(() => <div className="duel__controls"><ParamControls specs={DUEL_SPECS} store={store} /></div>, [store]);

  return (
    <WidgetFrame title="Schedule duel" frameRef={frameRef} className="duel">
      <UrlNotices notices={notices} onDismiss={dismissNotices} />
      {controls}
      <PlayControls playing={playing} disabled={finished && !playing}
        onPlayPause={() => (playing ? pause() : play())}
        onStep={() => { fellNow.current = null; setFell(null); round(); chart.current?.invalidate(); publish(); }}
        onReset={() => { pause(); fellNow.current = null; setFell(null); duel.reset(); chart.current?.invalidate(); publish(); }} />
      {reduced && steps === 0 && <p className="kit-help">Reduced motion is on: nothing moves until you press Play or Step.</p>}
      {finished && <p className="kit-help">The duel is over after {total} steps. Reset to run it again.</p>}
      {fell && (
        <Notice tone="danger" onDismiss={() => setFell(null)}>
          <p><strong>{fell}</strong>: its loss grew past ten times its start or stopped being a number. Its peak rate is too large for this network while its schedule keeps η high; press Play to let the other go on, or lower η and Reset.</p>
        </Notice>
      )}
      <p className="kit-help duel__note">
        Same network (2 → 16 → 16 → 1, tanh, two spirals), same initial weights and batch order (seed {seed}), same optimizer and peak rate; only the schedule differs.
      </p>
      <LiveLossChart height={170} logScale series={lossSeries} handleRef={chart} />
      <CurveChart series={curveSeries}
        markers={[{ series: 0, x: t }, { series: 1, x: t }]} yLabel="η (dots: the rate of the next step)" xLabel="step →" height={110} />
      <ReadOut live={!playing}>
        <ResultsTable label="Duel results" columns={DUEL_COLUMNS} caption={<>After {steps} of {total} steps (loss: binary cross-entropy over all 200 points)</>}>
          {duel.racers.map((r) => (
            <tr key={r.spec.label}>
              <td>{r.spec.label}</td>
              <td>{formatNumber(r.lr)}</td>
              <RunOutcomeCells run={r.run} />
            </tr>
          ))}
        </ResultsTable>
      </ReadOut>
      <Exercise title="which ends lower?" state={state}
        solvedText={<>Right: {winner === 'a' ? ra.spec.label : rb.spec.label} ends with the lower loss.</>}
        wrongText={<>The duel says {winner === 'a' ? ra.spec.label : rb.spec.label}. Look at the η curves next to the losses: where did the other lose ground?</>}
        hint="A large constant rate keeps the weights bouncing at the end; a decaying one lets them settle.">
        <p>Before you press Play, predict which schedule will have the lower loss after the last step.</p>
        <div className="kit-control duel__predict">
          <label htmlFor={predictId}>My prediction</label>
          <select id={predictId} value={prediction} disabled={steps > 0} onChange={(e) => setPrediction(e.target.value)}>
            <option value="">(choose before the duel starts)</option>
            <option value="a">{ra.spec.label}</option>
            <option value="b">{rb.spec.label}</option>
          </select>
        </div>
      </Exercise>
    </WidgetFrame>
  );
}
