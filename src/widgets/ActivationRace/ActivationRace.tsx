// The activation race: ReLU, sigmoid, tanh, GELU and no activation (and, on request, the reader's own formula), each a copy of the same network
// (same data, same initial weights, same batch order), trained in lockstep. Small boundary pictures,
// one overlaid loss chart and a table make the only difference, the activation, plain to see.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Race, adoptReaderActivationFrom, gridPoints } from '../../lab';
import {
  GridSweep, Heatmap, LiveLossChart, activationLabel, ParamControls, PlayControls, ReadOut, UrlNotices, WidgetFrame, formatNumber,
  useParams, useTrainingLoop, type HeatmapHandle, type UseParams, type LabeledPoint, type LiveChartHandle, type ParamValues,
} from '../kit';
import { RACE_PREFIX, RACE_SPECS, raceSettingsOf } from './params';
import { RacePrediction } from './RacePrediction';
import './activationRace.css';

const GRID = 40;

interface RaceRow { name: string; loss: number; accuracy: number; diverged: boolean }
interface RaceSnapshot { step: number; rows: RaceRow[] }

function snapshotOf(race: Race): RaceSnapshot {
  return {
    step: race.stepCount,
    rows: race.runs.map((r, i) => ({ name: activationLabel(race.activations[i]), loss: r.loss, accuracy: r.accuracy(), diverged: !!r.diverged })),
  };
}

const COUNT_WORDS = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six'];

export function ActivationRaceView(props: { initial?: Partial<ParamValues<typeof RACE_SPECS>>; shareInUrl?: boolean }) {
  const shareInUrl = props.shareInUrl ?? true;
  // A shared link may carry the reader's own formula (§12.8): adopt it before the first round.
  useState(() => shareInUrl && typeof window !== 'undefined' && adoptReaderActivationFrom(window.location.search));
  const params = useParams(RACE_SPECS, { prefix: RACE_PREFIX, shareInUrl, initial: props.initial });
  // Adding or removing the sixth network changes who races: a new race, from step 0.
  return <RaceBody key={params.values.yours ? 'six' : 'five'} {...params} />;
}

function RaceBody({ store, values, notices, dismissNotices }: UseParams<typeof RACE_SPECS>) {
  const settings = useMemo(() => raceSettingsOf(values), [values]);
  const raceRef = useRef<Race | null>(null);
  raceRef.current ??= new Race(settings);
  const race = raceRef.current;
  const frameRef = useRef<HTMLElement>(null);
  const maps = useRef<(HeatmapHandle | null)[]>([]);
  // One output buffer per picture: a heatmap keeps the array it last painted and repaints it when the
  // theme changes, so the five must not share one.
  const grid = useRef({ outs: race.runs.map(() => new Float64Array(GRID * GRID)), points: gridPoints(GRID, race.runs[0].data.domain) });
  const chartRef = useRef<LiveChartHandle>(null);
  const [snapshot, setSnapshot] = useState(() => snapshotOf(race));

  // While playing, the five pictures are refreshed a band of rows per frame, one network after the
  // other, as many rows as fit the frame (GridSweep); each picture is painted when its last row is
  // done. Whenever playing stops, and after a step or reset, all five are painted whole at once.
  const sweep = useRef<GridSweep | null>(null);
  if (sweep.current?.rows !== race.runs.length * GRID) sweep.current = new GridSweep(race.runs.length * GRID);
  const paint = useCallback(() => {
    race.runs.forEach((run, i) => maps.current[i]?.paint(run.evaluateGrid(GRID, grid.current.outs[i], grid.current.points)));
    sweep.current!.restart();
    chartRef.current?.invalidate();
  }, [race]);
  const drawLive = useCallback((allowMs: number) => {
    const s = sweep.current!, start = performance.now();
    let left = s.plan(allowMs), row = s.row, done = 0;
    while (left > 0) { // bands never cross from one network's grid into the next
      const i = Math.floor(row / GRID), from = row % GRID, count = Math.min(left, GRID - from);
      race.runs[i].evaluateRows(GRID, from, count, grid.current.outs[i], grid.current.points);
      if (from + count === GRID) maps.current[i]?.paint(grid.current.outs[i]);
      row += count;
      done += count;
      left -= count;
    }
    s.done(done, performance.now() - start);
    chartRef.current?.invalidate();
  }, [race]);
  const publish = useCallback(() => setSnapshot(snapshotOf(race)), [race]);
  // Rounds of one step of each network, trained network by network (a frame on a slow phone must fit
  // one network's step, not a whole round); when playing stops the round in progress is completed.
  // The pictures follow every frame, the table a few times a second.
  const loop = useTrainingLoop({
    frameRef,
    step: () => { race.stepNext(); },
    maxStepsPerFrame: values.speed * race.runs.length,
    draw: drawLive,
    settle: () => { race.finishRound(); paint(); },
    publish,
  });
  const { playing, pause } = loop;

  useEffect(() => paint(), [paint]);
  useEffect(() => {
    const before = race.runs[0].data;
    race.update(settings);
    if (race.runs[0].data !== before) {
      grid.current.points = gridPoints(GRID, race.runs[0].data.domain);
      pause();
    }
    paint();
    publish();
  }, [race, settings, paint, publish, pause]);

  const data = race.runs[0].data;
  const points: LabeledPoint[] = useMemo(
    () => Array.from({ length: data.n }, (_, i) => ({ x: data.inputs[2 * i], y: data.inputs[2 * i + 1], label: data.targets[i] })),
    [data],
  );
  // Memoised: the frequent table updates skip the controls, the pictures' dots and the chart.
  const controls = useMemo(() => <div className="race__controls"><ParamControls specs={RACE_SPECS} store={store} /></div>, [store]);
  const pictures = useMemo(() => (
    <ul className="race__maps">
      {race.activations.map((a, i) => (
        <li key={a} className="race__map">
          <Heatmap resolution={GRID} domain={data.domain} points={points} label={`Decision boundary with ${activationLabel(a)}`}
            handleRef={(h: HeatmapHandle | null) => { maps.current[i] = h; }} />
          <span className="race__name">{activationLabel(a)}</span>
        </li>
      ))}
    </ul>
  ), [race, data, points]);
  const chart = useMemo(() => (
    <LiveLossChart height={180} logScale handleRef={chartRef}
      series={race.runs.map((r, i) => ({ name: activationLabel(race.activations[i]), history: r.history }))} />
  ), [race]);

  return (
    <WidgetFrame title="Activation race" frameRef={frameRef} className="race">
      <UrlNotices notices={notices} onDismiss={dismissNotices} />
      <div className="race__body">
        {controls}
        <div className="race__main">
          <PlayControls playing={playing} onPlayPause={loop.toggle}
            onStep={() => { race.round(); paint(); publish(); }}
            onReset={() => { pause(); race.reset(); paint(); publish(); }} />
          <p className="kit-help race__note">
            {COUNT_WORDS[race.runs.length]} copies of one network: same data, same initial weights, same order of batches. Only the activation differs.
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
          <RacePrediction key={race.runs[0].data.name + values.seed} race={race} step={snapshot.step} />
        </div>
      </div>
    </WidgetFrame>
  );
}
