// Two schedules train the same network from the same weights: losses overlaid, and both η curves with
// the current step marked on each. A prediction (which ends lower?) is judged when the duel ends.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { SCHEDULE_LABELS, defaultScheduleOptions, scheduleCurve } from '../../lab';
import {
  CurveChart, Exercise, LiveLossChart, Notice, ParamControls, PlayControls, ReadOut, ResultsTable, RunOutcomeCells, UrlNotices,
  WidgetFrame, formatNumber, timeSlice, useAnimationFrame, useOnScreen, useParams, useReducedMotion, type ExerciseState,
  type ParamValues,
} from '../kit';
import { makeDuel } from './duel';
import { DUEL_PREFIX, DUEL_SPECS } from './params';
import './scheduleDuel.css';

const FRAME_BUDGET_MS = 10;
const PUBLISH_EVERY_MS = 120;
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
  const onScreen = useOnScreen(frameRef);
  const reduced = useReducedMotion();
  const [playing, setPlaying] = useState(false);
  const [, setVersion] = useState(0);
  const [fell, setFell] = useState<string | null>(null);
  const [prediction, setPrediction] = useState('');
  const predictId = useId();
  const last = useRef(0);
  const publish = () => { last.current = performance.now(); setVersion((v) => v + 1); };

  useEffect(() => { setPlaying(false); setFell(null); setPrediction(''); publish(); }, [duel]);

  const steps = duel.stepCount;
  const finished = steps >= total;
  const round = (): boolean => {
    if (duel.stepCount >= total) { setPlaying(false); return false; }
    const before = duel.racers.map((r) => !!r.run.diverged);
    duel.round();
    const newly = duel.racers.flatMap((r, i) => (r.run.diverged && !before[i] ? [r.spec.label] : []));
    if (newly.length) { setFell(`${newly.join(' and ')} diverged at step ${duel.stepCount}`); setPlaying(false); return false; }
    if (duel.stepCount >= total || duel.allDiverged) { setPlaying(false); return false; }
    return true;
  };
  useAnimationFrame(playing && onScreen, () => {
    timeSlice(round, values.speed, FRAME_BUDGET_MS);
    if (performance.now() - last.current > PUBLISH_EVERY_MS) publish();
  });
  useEffect(() => { if (!playing) publish(); }, [playing]); // on pause only: publish itself changes every render

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
        onPlayPause={() => { setFell(null); setPlaying((p) => !p); }}
        onStep={() => { setFell(null); round(); publish(); }}
        onReset={() => { setPlaying(false); setFell(null); duel.reset(); publish(); }} />
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
      <LiveLossChart height={170} logScale series={duel.racers.map((r) => ({ name: r.spec.label, history: r.run.history }))} />
      <CurveChart series={[{ name: `A: ${SCHEDULE_LABELS[a]}`, values: curves[0] }, { name: `B: ${SCHEDULE_LABELS[b]}`, values: curves[1] }]}
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
