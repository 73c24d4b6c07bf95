// The race on a 2-D surface: five engine optimizers walk from the same start, step for step, their paths
// drawn on the contour plot and their losses (above the minimum) on one chart.
import { useId, useRef, useState } from 'react';
import { SurfaceRace, type PathRacer, type Surface, type SurfacePoint } from '../../lab';
import { ContourPlot, Exercise, LiveLossChart, ReadOut, ResultsTable, formatNumber, type ExerciseState } from '../kit';
import { pathHistory } from './pathHistory';
import { RACER_LABELS, describe } from './racers';

/** A race ends after this many steps (plenty for every default to arrive). */
export const SURFACE_MAX_STEPS = 2000;
/** "Arrived": the loss is within this of the surface's lowest value. */
export const ARRIVAL_TOLERANCE = 0.01;
const SURFACE_COLUMNS = ['optimizer', 'settings', 'loss − min', 'arrived at step'];

export function useSurfaceRace(surface: Surface, start: SurfacePoint, racers: PathRacer[]) {
  const key = JSON.stringify([surface.id, surface.label, start, racers]);
  const ref = useRef<{ key: string; race: SurfaceRace } | null>(null);
  if (!ref.current || ref.current.key !== key) ref.current = { key, race: new SurfaceRace(surface, start, racers) };
  return ref.current.race;
}

export function SurfacePanel(props: {
  race: SurfaceRace;
  version: number;
  playing: boolean;
  onStartChange(p: SurfacePoint): void;
}) {
  const { race, playing } = props;
  const { surface } = race;
  const floor = surface.minima[0].value;
  const arrivals = race.arrivals(ARRIVAL_TOLERANCE);
  const paths = race.runs.map((r, i) => ({ name: RACER_LABELS[i], xs: r.xs, ys: r.ys, series: i + 1 }));
  const series = race.runs.map((r, i) => ({ name: RACER_LABELS[i], history: pathHistory(r, floor) }));
  const markers = [...surface.minima.map((m, i) => ({ x: m.x, y: m.y, label: i === 0 ? 'lowest minimum' : 'another minimum' })),
    ...surface.saddles.map((s) => ({ x: s.x, y: s.y, label: 'saddle point' }))];
  return (
    <>
      <ContourPlot value={surface.value} domain={surface.domain} floor={floor} paths={paths} start={race.start}
        onStartChange={playing ? undefined : props.onStartChange} markers={markers}
        label={`${surface.label} with the five optimizers' paths`} />
      <LiveLossChart height={160} logScale series={series} />
      <ReadOut live={!playing}>
        <ResultsTable label="Race results" columns={SURFACE_COLUMNS}
          caption={<>After {race.stepCount} steps: loss above the minimum (chart above, log scale) and the step at which each came within {ARRIVAL_TOLERANCE} of it</>}>
          {race.runs.map((r, i) => (
            <tr key={RACER_LABELS[i]}>
              <td>{RACER_LABELS[i]}</td>
              <td>{describe(race.racers[i])}</td>
              <td>{r.divergedAt !== null ? `diverged at step ${r.divergedAt}` : formatNumber(r.losses[r.losses.length - 1] - floor)}</td>
              <td>{arrivals[i] ?? '—'}</td>
            </tr>
          ))}
        </ResultsTable>
      </ReadOut>
    </>
  );
}

/** Predict first, then run: the reader names the optimizer they expect to arrive first; the race decides. */
export function PredictionExercise(props: { race: SurfaceRace }) {
  const { race } = props;
  const [prediction, setPrediction] = useState('');
  const id = useId();
  const winner = race.winner(ARRIVAL_TOLERANCE);
  const finished = winner !== null;
  const state: ExerciseState = !prediction || !finished ? 'unanswered' : prediction === winner ? 'correct' : 'wrong';
  return (
    <Exercise title="who arrives first?" state={state}
      solvedText={<>Right: {winner} came within {ARRIVAL_TOLERANCE} of the minimum first, at step {race.arrivals(ARRIVAL_TOLERANCE)[RACER_LABELS.indexOf(winner as typeof RACER_LABELS[number])]}.</>}
      wrongText={<>The race says {winner}. Look at the paths: where did your pick lose time? Press Reset, change your prediction and try another surface.</>}
      hint="Adaptive methods take steps of about η in every coordinate; momentum builds up speed along a long valley floor.">
      <p>Before you press Play, pick the optimizer you expect to come within {ARRIVAL_TOLERANCE} of the lowest minimum first on this surface.</p>
      <div className="kit-control optrace__predict">
        <label htmlFor={id}>My prediction</label>
        <select id={id} value={prediction} disabled={race.stepCount > 0} onChange={(e) => setPrediction(e.target.value)}>
          <option value="">(choose before the race starts)</option>
          {RACER_LABELS.map((l) => <option key={l} value={l}>{l}</option>)}
        </select>
      </div>
    </Exercise>
  );
}
