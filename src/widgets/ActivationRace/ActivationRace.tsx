// The activation race: ReLU, sigmoid, tanh, GELU and no activation, each a copy of the same network
// (same data, same initial weights, same batch order), trained in lockstep. Small boundary pictures,
// one overlaid loss chart and a table make the only difference, the activation, plain to see.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ACTIVATION_LABELS, RACE_ACTIVATIONS, Race, gridPoints } from '../../lab';
import {
  Heatmap, LossChart, Notice, ParamControls, PlayControls, ReadOut, WidgetFrame, formatNumber, timeSlice,
  useAnimationFrame, useOnScreen, useParams, type HeatmapHandle, type LabeledPoint, type ParamValues,
} from '../kit';
import { RACE_PREFIX, RACE_SPECS, raceSettingsOf } from './params';
import './activationRace.css';

const GRID = 40;
const FRAME_BUDGET_MS = 8;
const SNAPSHOT_EVERY_MS = 200;

interface RaceRow { name: string; loss: number; accuracy: number; losses: number[]; diverged: boolean }
interface RaceSnapshot { step: number; rows: RaceRow[]; version: number }

function snapshotOf(race: Race, version: number): RaceSnapshot {
  return {
    step: race.stepCount,
    version,
    rows: race.runs.map((r, i) => ({
      name: ACTIVATION_LABELS[RACE_ACTIVATIONS[i]], loss: r.loss, accuracy: r.accuracy(), losses: r.losses.slice(), diverged: !!r.diverged,
    })),
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
  const grid = useRef({ out: new Float64Array(GRID * GRID), points: gridPoints(GRID, race.runs[0].data.domain) });
  const version = useRef(0);
  const lastSnapshot = useRef(0);
  const [playing, setPlaying] = useState(false);
  const [snapshot, setSnapshot] = useState(() => snapshotOf(race, 0));

  const paint = useCallback(() => {
    race.runs.forEach((run, i) => maps.current[i]?.paint(run.evaluateGrid(GRID, grid.current.out, grid.current.points)));
  }, [race]);
  const publish = useCallback(() => {
    lastSnapshot.current = performance.now();
    setSnapshot(snapshotOf(race, version.current));
  }, [race]);

  useEffect(() => paint(), [paint]);
  useEffect(() => {
    const before = race.runs[0].data;
    race.update(settings);
    if (race.runs[0].data !== before) {
      version.current++;
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
    if (performance.now() - lastSnapshot.current > SNAPSHOT_EVERY_MS) publish();
  });

  const data = race.runs[0].data;
  const points: LabeledPoint[] = useMemo(
    () => Array.from({ length: data.n }, (_, i) => ({ x: data.inputs[2 * i], y: data.inputs[2 * i + 1], label: data.targets[i] })),
    [data],
  );
  const series = snapshot.rows.map((r) => ({ name: r.name, steps: range(r.losses.length), losses: r.losses }));

  return (
    <WidgetFrame title="Activation race" frameRef={frameRef} className="race">
      {notices.length > 0 && (
        <Notice tone="warn" onDismiss={dismissNotices}>
          <p>Some settings in the link could not be used:</p>
          <ul>{notices.map((n) => <li key={n}>{n}</li>)}</ul>
        </Notice>
      )}
      <div className="kit-layout">
        <ParamControls specs={RACE_SPECS} store={store} />
        <div className="race__main">
          <PlayControls playing={playing} onPlayPause={() => setPlaying((p) => !p)}
            onStep={() => { race.round(); paint(); publish(); }}
            onReset={() => { setPlaying(false); race.reset(); paint(); publish(); }} />
          <p className="kit-help race__note">
            Five copies of one network: same data, same initial weights, same order of batches. Only the activation differs.
          </p>
          <ul className="race__maps">
            {RACE_ACTIVATIONS.map((a, i) => (
              <li key={a} className="race__map">
                <Heatmap resolution={GRID} domain={data.domain} points={points} label={`Decision boundary with ${ACTIVATION_LABELS[a]}`}
                  handleRef={(h: HeatmapHandle | null) => { maps.current[i] = h; }} />
                <span className="race__name">{ACTIVATION_LABELS[a]}</span>
              </li>
            ))}
          </ul>
          <LossChart series={series} height={200} logScale />
          <ReadOut live={!playing}>
            <table className="kit-table race__table">
              <caption>After {snapshot.step} steps (loss axis above is logarithmic)</caption>
              <thead><tr><th scope="col">activation</th><th scope="col">loss</th><th scope="col">accuracy</th></tr></thead>
              <tbody>
                {snapshot.rows.map((r) => (
                  <tr key={r.name}>
                    <td>{r.name}</td>
                    <td>{r.diverged ? 'diverged' : r.losses.length ? formatNumber(r.loss) : '—'}</td>
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

let steps = new Int32Array(0);
function range(n: number): Int32Array {
  if (steps.length < n) {
    steps = new Int32Array(Math.max(n, 2 * steps.length, 1024));
    for (let i = 0; i < steps.length; i++) steps[i] = i;
  }
  return steps.subarray(0, n);
}
