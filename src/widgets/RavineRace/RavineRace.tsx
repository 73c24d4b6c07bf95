// The ravine race: SGD, heavy-ball momentum and Nesterov descend the same ill-conditioned bowl from
// the same start, one step each per round, their paths drawn as they go. The reader sets the start by
// clicking the contours (or with the arrow keys, or the two sliders), and η, μ and κ with sliders.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  ContourPlot, Notice, ParamControls, PlayControls, ReadOut, UrlNotices, WidgetFrame, formatNumber,
  useParams, useReducedMotion, useTrainingLoop, type ParamValues,
} from '../kit';
import { RAVINE_PREFIX, RAVINE_SPECS } from './params';
import { FINISH_LOSS, MAX_STEPS, RACERS, RACER_LABELS, RavineRace, stabilityLimit, type Racer } from './race';
import './ravineRace.css';

export function RavineRaceView(props: { initial?: Partial<ParamValues<typeof RAVINE_SPECS>>; shareInUrl?: boolean }) {
  const { store, values, notices, dismissNotices } = useParams(RAVINE_SPECS, {
    prefix: RAVINE_PREFIX, shareInUrl: props.shareInUrl ?? true, initial: props.initial,
  });
  const { lr, mu, kappa, x0, y0, speed } = values;
  const [generation, setGeneration] = useState(0); // Reset: a fresh race with the same settings
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- `generation` is a dependency on purpose: Reset bumps it to build a fresh race with the same settings.
  const race = useMemo(() => new RavineRace({ lr, mu, kappa, x0, y0 }), [lr, mu, kappa, x0, y0, generation]);
  const frameRef = useRef<HTMLElement>(null);
  const reducedMotion = useReducedMotion();
  const [, setVersion] = useState(0);
  const [diverged, setDiverged] = useState<Racer[]>([]);
  /** Racers that diverged during the current frame, reported by check() (which pauses the loop). */
  const fresh = useRef<Racer[]>([]);
  const redraw = () => setVersion((v) => v + 1);

  const round = (): boolean => {
    fresh.current.push(...race.round());
    return fresh.current.length === 0 && !race.over;
  };
  const loop = useTrainingLoop<'diverged' | 'over'>({
    frameRef,
    step: round,
    maxStepsPerFrame: speed,
    draw: redraw, // the paths grow every frame
    publish: redraw,
    check: () => {
      if (fresh.current.length) {
        const now = fresh.current;
        fresh.current = [];
        setDiverged((d) => [...d, ...now]);
        return 'diverged'; // divergence pauses the race, with an explanation below
      }
      return race.over ? 'over' : null;
    },
  });
  const { playing, pause } = loop;

  // A new race (any setting changed, or Reset) starts paused, with no divergence notice.
  useEffect(() => {
    pause();
    fresh.current = [];
    setDiverged([]);
  }, [race, pause]);

  const advance = () => {
    round();
    if (fresh.current.length) {
      const now = fresh.current;
      fresh.current = [];
      setDiverged((d) => [...d, ...now]);
    }
    redraw();
  };

  const runToEnd = () => {
    pause();
    while (!race.over) fresh.current.push(...race.round());
    advance();
  };

  // Memoised: the per-frame redraws while playing skip the six sliders.
  const controls = useMemo(() => <ParamControls specs={RAVINE_SPECS} store={store} />, [store]);
  const surface = race.surface;
  const setStart = (p: { x: number; y: number }) => {
    const { values: v, replace } = store.getState();
    replace({ ...v, x0: clampTo(RAVINE_SPECS.x0, p.x), y0: clampTo(RAVINE_SPECS.y0, p.y) });
  };
  const paths = race.runs.map((run, i) => ({ name: RACER_LABELS[RACERS[i]], xs: run.xs, ys: run.ys, series: i + 1 }));
  const winner = race.winner();

  return (
    <WidgetFrame title="Ravine race: SGD, momentum and Nesterov" frameRef={frameRef} className="ravine">
      <UrlNotices notices={notices} onDismiss={dismissNotices} />
      <div className="ravine__main">
          <div className="ravine__buttons">
            <PlayControls playing={playing} disabled={race.over}
              onPlayPause={loop.toggle}
              onStep={advance}
              onReset={() => setGeneration((g) => g + 1)} />
            <button type="button" className="kit-button" onClick={runToEnd} disabled={race.over}>Run to the end</button>
          </div>
          <p className="kit-help ravine__fair">
            Fair start: all three leave from the same point ({formatNumber(x0)}, {formatNumber(y0)}) with the same η = {formatNumber(lr)};
            the momentum methods share μ = {formatNumber(mu)}. Nothing is random.
            {reducedMotion && ' Reduced motion is on: nothing moves until you press Play, Step or Run to the end.'}
          </p>
          <ContourPlot
            value={surface.value} domain={surface.domain} floor={0}
            label={`Contours of the ravine f(x, y) = ½(x²/κ + y²) with κ = ${kappa}; minimum at (0, 0)`}
            start={{ x: x0, y: y0 }} onStartChange={setStart}
            markers={[{ x: 0, y: 0, label: 'minimum (0, 0)' }]}
            paths={paths} axes={['x (along the ravine)', 'y (across)']} resolution={100} clickDecimals={1} />
          {diverged.length > 0 && (
            <Notice tone="danger" onDismiss={() => setDiverged([])}>
              {diverged.map((r) => (
                <p key={r}>
                  <strong>{RACER_LABELS[r]} diverged</strong> at step {race.runs[RACERS.indexOf(r)].divergedAt}: its steps across the ravine grew
                  instead of shrinking. With η = {formatNumber(lr)}{r === 'sgd' ? '' : ` and μ = ${formatNumber(mu)}`} it is above its stability
                  limit η &lt; {formatNumber(stabilityLimit(r, race.lambdaMax, mu))} for this bowl. The race is paused; lower η (or μ) to try again,
                  or press Play to let the others finish.
                </p>
              ))}
            </Notice>
          )}
          <div className="ravine__controls">
            {controls}
          </div>
          <p className="kit-help ravine__limits">
            Stable rates on this bowl (λ<sub>max</sub> = {formatNumber(race.lambdaMax)}): SGD η &lt; {formatNumber(stabilityLimit('sgd', race.lambdaMax, mu))},
            momentum η &lt; {formatNumber(stabilityLimit('momentum', race.lambdaMax, mu))},
            Nesterov η &lt; {formatNumber(stabilityLimit('nesterov', race.lambdaMax, mu))}.
          </p>
          <ReadOut live={!playing}>
            <div className="ravine__scroll">
            <table className="kit-table ravine__table">
              <caption>After {race.steps} steps. A racer reaches the minimum when its loss drops below {formatNumber(FINISH_LOSS)}; the race stops at {MAX_STEPS} steps. Positions are in the legend under the picture.</caption>
              <thead><tr><th scope="col">optimizer</th><th scope="col">loss</th><th scope="col">status</th></tr></thead>
              <tbody>
                {race.runs.map((run, i) => {
                  const k = run.steps, done = race.finishedAt[i];
                  return (
                    <tr key={RACERS[i]}>
                      <td>{RACER_LABELS[RACERS[i]]}</td>
                      <td>{formatNumber(run.losses[k])}</td>
                      <td>{run.divergedAt !== null ? `diverged at step ${run.divergedAt}` : done !== null ? `reached it at step ${done}` : 'on its way'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            </div>
            {race.over && (
              <p className="ravine__verdict">
                {winner ? `${RACER_LABELS[winner]} reached the minimum first, at step ${race.finishedAt[RACERS.indexOf(winner)]}.` : 'Nobody reached the minimum.'}
              </p>
            )}
          </ReadOut>
      </div>
    </WidgetFrame>
  );
}

function clampTo(spec: { min: number; max: number }, v: number): number {
  return Math.min(spec.max, Math.max(spec.min, v));
}
