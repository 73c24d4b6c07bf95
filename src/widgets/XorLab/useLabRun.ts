// Drives one TrainingRun from the lab's settings: keeps the run in step with the controls, trains in
// time-sliced chunks on animation frames while playing (and visible), repaints the boundary every
// frame, and publishes a throttled snapshot (loss, accuracy, predictions) for React to render.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { TrainingRun, type RunSettings, type SettingsChange } from '../../lab';
import { timeSlice, useAnimationFrame, useOnScreen, type HeatmapHandle } from '../kit';

export const GRID = 64;
/** Work budget per animation frame, in ms: training stops for the frame once it is spent. */
export const FRAME_BUDGET_MS = 10;
/** How often the numbers and the loss chart are re-rendered while playing (the heatmap: every frame). */
const SNAPSHOT_EVERY_MS = 150;
const CHART_EVERY_MS = 250;

export interface LabSnapshot {
  step: number;
  loss: number;
  accuracy: number;
  predictions: number[];
  losses: number[];
  /** Changes each time the run is rebuilt (new data, new network): points and table follow it. */
  version: number;
}

/** `losses` is copied only when `chart` is set, so the chart re-renders only then. */
function snapshotOf(run: TrainingRun, version: number, prev: LabSnapshot | null, chart: boolean): LabSnapshot {
  return {
    step: run.stepCount,
    loss: run.loss,
    accuracy: run.accuracy(),
    predictions: Array.from(run.predictions()),
    losses: chart || !prev ? run.losses.slice() : prev.losses,
    version,
  };
}

export function useLabRun(settings: RunSettings, stepsPerFrame: number, frameRef: RefObject<Element | null>) {
  const runRef = useRef<TrainingRun | null>(null);
  runRef.current ??= new TrainingRun(settings);
  const run = runRef.current;
  const heatmap = useRef<HeatmapHandle>(null);
  const grid = useRef(new Float64Array(GRID * GRID));
  const version = useRef(0);
  const lastSnapshot = useRef(0);
  const lastChart = useRef(0);
  const [snapshot, setSnapshot] = useState(() => snapshotOf(run, 0, null, true));
  const [playing, setPlaying] = useState(false);
  const [lastChange, setLastChange] = useState<SettingsChange[]>([]);
  const onScreen = useOnScreen(frameRef);

  const paint = useCallback(() => {
    heatmap.current?.paint(run.evaluateGrid(GRID, grid.current));
  }, [run]);

  /** Publishes the numbers; the chart too when `chart` is true or it is due. */
  const publish = useCallback((chart = true) => {
    const now = performance.now();
    lastSnapshot.current = now;
    const withChart = chart || now - lastChart.current > CHART_EVERY_MS;
    if (withChart) lastChart.current = now;
    setSnapshot((prev) => snapshotOf(run, version.current, prev, withChart));
  }, [run]);

  // The static picture before anything runs: the untrained network's boundary.
  useEffect(() => paint(), [paint]);

  // Keep the run in step with the controls (see TrainingRun.update for what each change does).
  useEffect(() => {
    const changes = run.update(settings);
    if (changes.length === 0) return;
    if (changes.includes('rebuilt')) {
      version.current++;
      setPlaying(false);
    }
    setLastChange(changes);
    paint();
    publish();
  }, [run, settings, paint, publish]);

  const frame = useCallback(() => {
    timeSlice(() => {
      run.step();
      return !run.diverged;
    }, stepsPerFrame, FRAME_BUDGET_MS);
    paint();
    if (run.diverged) {
      setPlaying(false);
      publish();
    } else if (performance.now() - lastSnapshot.current > SNAPSHOT_EVERY_MS) publish(false);
  }, [run, stepsPerFrame, paint, publish]);

  useAnimationFrame(playing && onScreen && !run.diverged, frame);

  // When playing stops (pause, divergence, scrolled away), show exactly where the run is.
  useEffect(() => {
    if (!playing) publish();
  }, [playing, publish]);

  const actions = {
    playPause: () => setPlaying((p) => !p && !run.diverged),
    step: () => {
      run.step();
      paint();
      publish();
    },
    reset: () => {
      setPlaying(false);
      run.reset();
      setLastChange([]);
      paint();
      publish();
    },
    /** Moves to the next seed; returns it so the caller can put it in the controls (and the URL). */
    newWeights: (): number => {
      setPlaying(false);
      const seed = run.newWeights();
      version.current++;
      setLastChange(['rebuilt']);
      paint();
      publish();
      return seed;
    },
    /** Applies a lower learning rate and restarts from the same initial weights. */
    lowerRateAndReset: (lr: number) => {
      run.update({ ...run.settings, lr });
      run.reset();
      setLastChange([]);
      paint();
      publish();
    },
  };

  return { run, heatmap, grid, snapshot, playing, onScreen, lastChange, actions, paint };
}
