// The optimizer race: SGD, momentum, RMSprop, Adam and AdamW from the same start, in lockstep, on a 2-D
// loss surface (paths on contours) or on a real small network (losses overlaid). Every setting is in
// the URL, so a reader can share an experiment; a racer that diverges pauses the race with a reason.
import { useEffect, useMemo, useRef, useState } from 'react';
import { surfaceOf, type SurfacePoint } from '../../lab';
import {
  Notice, ParamControls, PlayControls, UrlNotices, WidgetFrame, useParams, useReducedMotion, useTrainingLoop, type LiveChartHandle,
  type ParamValues,
} from '../kit';
import { NetworkPanel, NETWORK_MAX_STEPS, useNetworkRace } from './NetworkPanel';
import { OPTRACE_PREFIX, OPTRACE_SPECS, RECOMMENDED } from './params';
import { racersOf, RACER_LABELS } from './racers';
import { PredictionExercise, SurfacePanel, SURFACE_MAX_STEPS, useSurfaceRace } from './SurfacePanel';
import './optimizerRace.css';

/** How often the numbers (and the surface's SVG paths) update while playing. On the network the
 *  curves are the canvas chart, redrawn by the loop; each table update there evaluates five networks'
 *  accuracy on 200 points and re-renders the widget (40–80 ms of main thread at 6× CPU, measured), so
 *  four a second are plenty. */
const PUBLISH_EVERY_MS = { surface: 100, network: 250 };

interface Fall { who: string[]; step: number }

export function OptimizerRaceView(props: { initial?: Partial<ParamValues<typeof OPTRACE_SPECS>>; shareInUrl?: boolean }) {
  const { store, values, notices, dismissNotices } = useParams(OPTRACE_SPECS, { prefix: OPTRACE_PREFIX, shareInUrl: props.shareInUrl ?? true, initial: props.initial });
  const surface = useMemo(() => surfaceOf(values.surface), [values.surface]);
  const inside = (p: SurfacePoint) => p.x >= surface.domain.xMin && p.x <= surface.domain.xMax && p.y >= surface.domain.yMin && p.y <= surface.domain.yMax;
  const wanted = { x: values.x0, y: values.y0 };
  const startOk = inside(wanted);
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- `wanted` is rebuilt from x0 and y0 each render
  const start = useMemo(() => (startOk ? wanted : surface.defaultStart), [startOk, values.x0, values.y0, surface]);
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- the only values racersOf reads
  const racers = useMemo(() => racersOf(values), [values.lrPlain, values.lrAdaptive, values.momentum, values.weightDecay]);
  const surfaceRace = useSurfaceRace(surface, start, racers);
  const networkRace = useNetworkRace(values.seed, racers);
  const network = values.mode === 'network';

  const frameRef = useRef<HTMLElement>(null);
  const reduced = useReducedMotion();
  const [version, setVersion] = useState(0);
  const [fall, setFall] = useState<Fall | null>(null);
  /** Racers that diverged in the round just run (the loop stops on them). */
  const fallNow = useRef<Fall | null>(null);
  const chart = useRef<LiveChartHandle>(null);
  const publish = () => setVersion((v) => v + 1);

  // A link that names a surface or the network but not the rates (or the start) gets the ones that suit it.
  // (The link is read during the first render: the URL-sync effect rewrites it with every value before effects run.)
  const [bootQuery] = useState(() => (typeof window === 'undefined' ? '' : window.location.search));
  useEffect(() => {
    if (!(props.shareInUrl ?? true)) return;
    const q = new URLSearchParams(bootQuery);
    const has = (k: keyof typeof OPTRACE_SPECS) => q.has(`${OPTRACE_PREFIX}.${k}`) || props.initial?.[k] !== undefined;
    const st = store.getState(), v = st.values;
    const rec = RECOMMENDED[v.mode === 'network' ? 'network' : v.surface];
    if (!has('lrPlain')) st.set('lrPlain', rec.lrPlain);
    if (!has('lrAdaptive')) st.set('lrAdaptive', rec.lrAdaptive);
    if (!has('x0') && !has('y0')) {
      const s0 = surfaceOf(v.surface).defaultStart;
      st.set('x0', s0.x);
      st.set('y0', s0.y);
    }
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- once, on mount: fills in the recommended values the URL does not give
  }, []);

  // Switching surface or mode: the rates and start that make a good race there.
  const prev = useRef({ surface: values.surface, mode: values.mode });
  useEffect(() => {
    const p = prev.current;
    prev.current = { surface: values.surface, mode: values.mode };
    if (p.surface === values.surface && p.mode === values.mode) return;
    const rec = RECOMMENDED[values.mode === 'network' ? 'network' : values.surface];
    const st = store.getState();
    st.set('lrPlain', rec.lrPlain);
    st.set('lrAdaptive', rec.lrAdaptive);
    if (p.surface !== values.surface) {
      st.set('x0', surface.defaultStart.x);
      st.set('y0', surface.defaultStart.y);
    }
  }, [values.surface, values.mode, surface, store]);


  const maxSteps = network ? NETWORK_MAX_STEPS : SURFACE_MAX_STEPS;
  const stepCount = network ? networkRace.stepCount : surfaceRace.stepCount;

  /** Network racers that diverge while `train` runs. */
  const fallenIn = (train: () => void): string[] => {
    const before = networkRace.racers.map((r) => !!r.run.diverged);
    train();
    return networkRace.racers.flatMap((r, i) => (r.run.diverged && !before[i] ? [RACER_LABELS[i]] : []));
  };
  /** A whole round (`part` false), or on the network only the next racer's step of it (`part`: one
   *  network's step is what an animation frame must fit on a slow phone, not five). */
  const advance = (part: boolean): boolean => {
    const fell = network ? fallenIn(() => (part ? networkRace.stepNext() : networkRace.round())) : surfaceRace.round();
    const steps = network ? networkRace.stepCount : surfaceRace.stepCount;
    if (fell.length) {
      fallNow.current = { who: fell, step: steps };
      setFall(fallNow.current);
      return false;
    }
    return !over();
  };
  const round = () => advance(false);
  /** When playing stops: the network racers complete the round in progress, so all stand at the same
   *  step; one that diverges in it joins the notice. */
  const finishRound = () => {
    if (!network || !networkRace.midRound) return;
    const fell = fallenIn(() => networkRace.finishRound());
    if (!fell.length) return;
    fallNow.current = { who: [...(fallNow.current?.who ?? []), ...fell], step: networkRace.stepCount };
    setFall(fallNow.current);
  };
  const over = () => {
    const steps = network ? networkRace.stepCount : surfaceRace.stepCount;
    return steps >= maxSteps || (network ? networkRace.allDiverged : surfaceRace.runs.every((r) => r.divergedAt !== null));
  };

  // The kit's loop: training per frame (network: racer by racer) adapts to how long whole frames take; the network's loss chart
  // redraws from the runs' bounded histories; paths, tables and numbers update a few times a second.
  const loop = useTrainingLoop({
    frameRef,
    step: () => advance(true),
    maxStepsPerFrame: network ? values.speed * networkRace.racers.length : values.speed,
    draw: () => chart.current?.invalidate(),
    settle: () => { finishRound(); chart.current?.invalidate(); },
    publish,
    check: () => (fallNow.current ? 'diverged' : over() ? 'finished' : null),
    snapshotEveryMs: PUBLISH_EVERY_MS[network ? 'network' : 'surface'],
  });
  const { playing, pause } = loop;
  const clearFall = () => { fallNow.current = null; setFall(null); };
  // Any new race (settings changed) starts paused, with no divergence pending.
  useEffect(() => { pause(); fallNow.current = null; setFall(null); }, [surfaceRace, networkRace, network, pause]);

  const reset = () => {
    pause();
    clearFall();
    if (network) networkRace.reset(); else surfaceRace.reset();
    chart.current?.invalidate();
    publish();
  };
  const onStartChange = (p: SurfacePoint) => {
    const st = store.getState();
    st.set('x0', Number(p.x.toFixed(2)));
    st.set('y0', Number(p.y.toFixed(2)));
  };

  const controls = useMemo(() => (
    <div className="optrace__controls">
      <ParamControls specs={OPTRACE_SPECS} store={store}
        only={network ? ['mode', 'lrPlain', 'lrAdaptive', 'momentum', 'weightDecay', 'seed', 'speed'] : ['mode', 'surface', 'lrPlain', 'lrAdaptive', 'momentum', 'weightDecay', 'speed']} />
    </div>
  ), [store, network]);

  return (
    <WidgetFrame title="Optimizer race" frameRef={frameRef} className="optrace">
      <UrlNotices notices={notices} onDismiss={dismissNotices} />
      {!network && !startOk && (
        <Notice tone="warn">
          The start ({values.x0}, {values.y0}) lies outside the picture of the {surface.label} surface; the race starts from its default start ({surface.defaultStart.x}, {surface.defaultStart.y}) instead.
        </Notice>
      )}
      <div className="optrace__body">
        {controls}
        <div className="optrace__main">
          <PlayControls playing={playing}
            onPlayPause={() => { if (playing) { pause(); return; } if (stepCount >= maxSteps) return; clearFall(); loop.play(); }}
            onStep={() => { clearFall(); round(); chart.current?.invalidate(); publish(); }}
            onReset={reset} disabled={stepCount >= maxSteps && !playing} />
          {stepCount >= maxSteps && <p className="kit-help">The race is over after {maxSteps} steps. Reset to run it again.</p>}
          {reduced && stepCount === 0 && <p className="kit-help">Reduced motion is on: nothing moves until you press Play or Step.</p>}
          {fall && (
            <Notice tone="danger" onDismiss={clearFall}>
              <p>
                <strong>{fall.who.join(' and ')} diverged at step {fall.step}</strong>
                {network
                  ? ': its loss grew past ten times its starting value or stopped being a number. Its learning rate is too large for this network; the others are paused with it.'
                  : ': its point left the finite numbers or ran far off the picture. Its steps overshoot: near a minimum, plain gradient descent is stable only for η < 2/λ_max, and momentum and adaptive rules have limits of their own.'}
              </p>
              <p>Press Play to let the others go on, or lower the learning rate and Reset.</p>
            </Notice>
          )}
          {network
            ? <NetworkPanel race={networkRace} version={version} playing={playing} chartRef={chart} />
            : <SurfacePanel race={surfaceRace} version={version} playing={playing} onStartChange={onStartChange} />}
          <p className="kit-help optrace__note">
            {network
              ? 'Same network, same initial weights, same data and batch order; only the optimizer differs. The fingerprint column proves the shared start.'
              : 'Every path starts at the ring. Click the picture (or focus it and use the arrow keys) to move the start; changing any setting restarts the race.'}
          </p>
          {!network && <PredictionExercise key={`${surfaceRace.surface.id}-${start.x}-${start.y}`} race={surfaceRace} />}
        </div>
      </div>
    </WidgetFrame>
  );
}
