// The activation race: ReLU, sigmoid, tanh, GELU and no activation, each a copy of the same network
// (same data, same initial weights, same batch order), trained in lockstep. Small boundary pictures,
// one overlaid loss chart and a table make the only difference, the activation, plain to see.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { RACE_ACTIVATIONS, Race, gridPoints } from '../../lab';
import {
  Heatmap, Notice, activationLabel, ParamControls, PlayControls, ReadOut, WidgetFrame, formatNumber, timeSlice,
  useAnimationFrame, useOnScreen, useParams, type HeatmapHandle, type LabeledPoint, type ParamValues,
} from '../kit';
import { RACE_PREFIX, RACE_SPECS, raceSettingsOf } from './params';
import { LiveLossChart } from '../kit/LiveLossChart';
import './activationRace.css';

const GRID = 40;
const FRAME_BUDGET_MS = 10;
/** Table every 200 ms, chart every 400 ms while playing; the pictures are painted every frame. */
const SNAPSHOT_EVERY_MS = 200;
const CHART_EVERY_MS = 400;
/** Points per chart line (the histories are thinned before they are copied). */
const CHART_POINTS = 300;

interface RaceRow { name: string; loss: number; accuracy: number; diverged: boolean }
interface RaceSnapshot { step: number; rows: RaceRow[]; losses: { steps: number[]; losses: number[] }[] }

/** The loss histories are copied only when `chart` is set, so the chart re-renders only then. */
function snapshotOf(race: Race, prev: RaceSnapshot | null, chart: boolean): RaceSnapshot {
  return {
    step: race.stepCount,
    rows: race.runs.map((r, i) => ({ name: activationLabel(RACE_ACTIVATIONS[i]), loss: r.loss, accuracy: r.accuracy(), diverged: !!r.diverged })),
    losses: chart || !prev ? race.runs.map((r) => thin(r.losses, CHART_POINTS)) : prev.losses,
  };
}

export function ActivationRaceView(props: { initial?: Partial<ParamValues<typeof RACE_SPECS>>; shareInUrl?: boolean }) {
  const { store, values, notices, dismissNotices } = useParams(RACE_SPECS, { prefix: RACE_PREFIX, shareInUrl: props.shareInUrl ?? true, initial: props.initial });
  const settings = useMemo(() => raceSettingsOf(values), [values]);
  const raceRef = useRef<Race | null>(null);
  raceRef.current ??= new Race(settings);
  const race = raceRef.current;
  const frameRef = useRef<HTMLElement>(null);
  const onScreen = useOnScreen(frameRef);
  const maps = useRef<(HeatmapHandle | null)[]>([]);
  // One output buffer per picture: a heatmap keeps the array it last painted and repaints it when the
  // theme changes, so the five must not share one.
  const grid = useRef({ outs: race.runs.map(() => new Float64Array(GRID * GRID)), points: gridPoints(GRID, race.runs[0].data.domain) });
  const lastSnapshot = useRef(0);
  const lastChart = useRef(0);
  const [playing, setPlaying] = useState(false);
  const [snapshot, setSnapshot] = useState(() => snapshotOf(race, null, true));

  const paint = useCallback(() => {
    race.runs.forEach((run, i) => maps.current[i]?.paint(run.evaluateGrid(GRID, grid.current.outs[i], grid.current.points)));
  }, [race]);
  const publish = useCallback((chart = true) => {
    const now = performance.now();
    lastSnapshot.current = now;
    const withChart = chart || now - lastChart.current > CHART_EVERY_MS;
    if (withChart) lastChart.current = now;
    setSnapshot((prev) => snapshotOf(race, prev, withChart));
  }, [race]);

  useEffect(() => paint(), [paint]);
  useEffect(() => {
    const before = race.runs[0].data;
    race.update(settings);
    if (race.runs[0].data !== before) {
      grid.current.points = gridPoints(GRID, race.runs[0].data.domain);
      setPlaying(false);
    }
    paint();
    publish();
  }, [race, settings, paint, publish]);
  useEffect(() => {
    if (!playing) publish();
  }, [playing, publish]);

  useAnimationFrame(playing && onScreen, () => {
    timeSlice(() => race.round(), values.speed, FRAME_BUDGET_MS); // rounds: one step of each network
    paint();
    if (performance.now() - lastSnapshot.current > SNAPSHOT_EVERY_MS) publish(false);
  });

  const data = race.runs[0].data;
  const points: LabeledPoint[] = useMemo(
    () => Array.from({ length: data.n }, (_, i) => ({ x: data.inputs[2 * i], y: data.inputs[2 * i + 1], label: data.targets[i] })),
    [data],
  );
  // Memoised: the frequent table updates skip the controls, the pictures' dots and the chart.
  const controls = useMemo(() => <div className="race__controls"><ParamControls specs={RACE_SPECS} store={store} /></div>, [store]);
  const pictures = useMemo(() => (
    <ul className="race__maps">
      {RACE_ACTIVATIONS.map((a, i) => (
        <li key={a} className="race__map">
          <Heatmap resolution={GRID} domain={data.domain} points={points} label={`Decision boundary with ${activationLabel(a)}`}
            handleRef={(h: HeatmapHandle | null) => { maps.current[i] = h; }} />
          <span className="race__name">{activationLabel(a)}</span>
        </li>
      ))}
    </ul>
  ), [data, points]);
  const chart = useMemo(() => (
    <LiveLossChart height={180} logScale
      series={snapshot.losses.map((l, i) => ({ name: activationLabel(RACE_ACTIVATIONS[i]), steps: l.steps, losses: l.losses }))} />
  ), [snapshot.losses]);

  return (
    <WidgetFrame title="Activation race" frameRef={frameRef} className="race">
      {notices.length > 0 && (
        <Notice tone="warn" onDismiss={dismissNotices}>
          <p>Some settings in the link could not be used:</p>
          <ul>{notices.map((n) => <li key={n}>{n}</li>)}</ul>
        </Notice>
      )}
      <div className="race__body">
        {controls}
        <div className="race__main">
          <PlayControls playing={playing} onPlayPause={() => setPlaying((p) => !p)}
            onStep={() => { race.round(); paint(); publish(); }}
            onReset={() => { setPlaying(false); race.reset(); paint(); publish(); }} />
          <p className="kit-help race__note">
            Five copies of one network: same data, same initial weights, same order of batches. Only the activation differs.
          </p>
          {pictures}
          {chart}
          <ReadOut live={!playing}>
            <table className="kit-table race__table">
              <caption>After {snapshot.step} steps (loss axis above is logarithmic)</caption>
              <thead><tr><th scope="col">activation</th><th scope="col">loss</th><th scope="col">accuracy</th></tr></thead>
              <tbody>
                {snapshot.rows.map((r) => (
                  <tr key={r.name}>
                    <td>{r.name}</td>
                    <td>{r.diverged ? 'diverged' : formatNumber(r.loss)}</td>
                    <td>{Math.round(r.accuracy * 1000) / 10} %</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ReadOut>
        </div>
      </div>
    </WidgetFrame>
  );
}

/** At most about `max` evenly spread points of a loss history (always with the first and the last). */
function thin(history: readonly number[], max: number): { steps: number[]; losses: number[] } {
  const stride = Math.max(1, Math.ceil(history.length / max));
  const steps: number[] = [], losses: number[] = [];
  for (let i = 0; i < history.length; i += stride) {
    steps.push(i);
    losses.push(history[i]);
  }
  if ((history.length - 1) % stride !== 0) {
    steps.push(history.length - 1);
    losses.push(history[history.length - 1]);
  }
  return { steps, losses };
}
