// The parameter roster: a three-parameter model trained by the engine's SGD, one row per parameter
// with its value, its gradient and how far the last step moved it. Freeze a parameter and it keeps
// its value while the others keep moving (and work harder to make up for it).
import { useEffect, useRef, useState } from 'react';
import {
  Notice, ParamControl, PlayControls, ReadOut, Stat, UrlNotices, WidgetFrame, formatNumber, timeSlice,
  useAnimationFrame, useOnScreen, useParams, type ParamValues,
} from '../kit';
import { ROSTER_PREFIX, ROSTER_SPECS } from './params';
import { ROSTER_NAMES, ROSTER_ROLES, RosterRun, type RosterName } from './roster';
import './parameterRoster.css';

const FREEZE_KEY = { a: 'freezeA', b: 'freezeB', c: 'freezeC' } as const satisfies Record<RosterName, keyof typeof ROSTER_SPECS>;
/**
 * Steps per second while playing: slow enough to read the numbers change. (The kit's useTrainingLoop
 * trains at least one step every frame, about 60 a second, which is too fast to follow here.)
 */
const STEPS_PER_SECOND = 12;
const MAX_STEPS = 5000;

export function ParameterRosterView(props: { initial?: Partial<ParamValues<typeof ROSTER_SPECS>>; shareInUrl?: boolean }) {
  const { store, values, notices, dismissNotices } = useParams(ROSTER_SPECS, {
    prefix: ROSTER_PREFIX, shareInUrl: props.shareInUrl ?? false, initial: props.initial,
  });
  const frozenNow = () => ROSTER_NAMES.filter((n) => store.getState().values[FREEZE_KEY[n]]);
  const runRef = useRef<RosterRun | null>(null);
  runRef.current ??= new RosterRun(values.lr, frozenNow());
  const run = runRef.current;
  const frameRef = useRef<HTMLElement>(null);
  const onScreen = useOnScreen(frameRef);
  const [playing, setPlaying] = useState(false);
  const [diverged, setDiverged] = useState<number | null>(null);
  const [, setVersion] = useState(0);
  const redraw = () => setVersion((v) => v + 1);
  const carry = useRef(0);

  // Settings apply to the run in progress: a new rate from the next step, freezing at once.
  useEffect(() => {
    run.optimizer.lr = values.lr;
    for (const n of ROSTER_NAMES) run.setFrozen(n, values[FREEZE_KEY[n]]);
    redraw();
  }, [run, values]);

  const stepOnce = (): boolean => {
    run.step();
    if (!Number.isFinite(run.loss) || run.loss > 1e8) {
      setDiverged(run.steps);
      setPlaying(false);
      return false;
    }
    if (run.steps >= MAX_STEPS) { setPlaying(false); return false; }
    return true;
  };

  useAnimationFrame(playing && onScreen, (dt) => {
    carry.current += (dt / 1000) * STEPS_PER_SECOND;
    const n = Math.floor(carry.current);
    if (n === 0) return;
    carry.current -= n;
    timeSlice(stepOnce, n, 8);
    redraw();
  });

  const reset = () => {
    setPlaying(false);
    setDiverged(null);
    runRef.current = new RosterRun(values.lr, frozenNow());
    redraw();
  };

  const rows = run.rows();
  const nothingToLearn = !run.canLearn;

  return (
    <WidgetFrame title="Parameter roster" frameRef={frameRef} className="roster">
      <UrlNotices notices={notices} onDismiss={dismissNotices} />
      <p className="kit-help roster__model">
        Model ŷ = a·x² + b·x + c, trained by <code>SGD</code> on nine points of y = 0.5x² − x + 2 (x from −2 to 2), mean squared error, starting from a = b = c = 0.
      </p>
      <div className="roster__controls">
        <ParamControl specs={ROSTER_SPECS} name="lr" store={store} />
        <fieldset className="roster__freeze">
          <legend>Freeze (requiresGrad = false)</legend>
          {ROSTER_NAMES.map((n) => <ParamControl key={n} specs={ROSTER_SPECS} name={FREEZE_KEY[n]} store={store} />)}
        </fieldset>
      </div>
      <PlayControls playing={playing} disabled={nothingToLearn || diverged !== null}
        onPlayPause={() => setPlaying((p) => !p)}
        onStep={() => { stepOnce(); redraw(); }}
        onReset={reset} />
      {nothingToLearn && <Notice tone="info">Every parameter is frozen, so there is nothing for the optimizer to move. Unfreeze one to train.</Notice>}
      {diverged !== null && (
        <Notice tone="danger">
          The loss stopped being a usable number at step {diverged}: η = {formatNumber(values.lr)} is too large for this model (each step overshoots
          by more than it corrects). Lower η and press Reset.
        </Notice>
      )}
      <ReadOut live={!playing}>
        <div className="kit-stats">
          <Stat label="Step" value={run.steps} />
          <Stat label="Loss" value={formatNumber(run.loss)} tone={diverged !== null ? 'danger' : undefined} />
        </div>
        <div className="roster__scroll">
          <table className="kit-table roster__table">
            <caption>The optimizer’s roster after step {run.steps} (last move: how far the last step changed the value)</caption>
            <thead>
              <tr><th scope="col">parameter</th><th scope="col">value</th><th scope="col">gradient</th><th scope="col">last move</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.name} className={r.frozen ? 'roster__row--frozen' : undefined} data-param={r.name}>
                  <th scope="row">{r.name} <span className="kit-help roster__role">{ROSTER_ROLES[r.name]}{r.frozen ? ', frozen' : ''}</span></th>
                  <td>{fixed(r.value)}</td>
                  <td className={r.grad === null ? 'roster__notcomputed' : undefined}>{r.grad === null ? (r.frozen ? 'not computed' : '–') : fixed(r.grad)}</td>
                  <td>{fixed(r.change)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ReadOut>
    </WidgetFrame>
  );
}

/** Four decimals, so small moves are visible and a frozen 0 reads as exactly 0. */
function fixed(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const s = v.toFixed(4);
  return s === '-0.0000' ? '0.0000' : s;
}
