// Drives one lab run that draws a decision-boundary heatmap and a live loss chart, through the kit's
// training loop: keeps the run in step with the controls (a rebuild pauses and bumps the version),
// trains on animation frames while playing (and on screen), refreshes the heatmap (a band of rows
// per frame, as many as fit the frame's drawing allowance: GridSweep) and the chart, and publishes a
// snapshot for React a few times a second. Whenever playing stops, and after every step, reset or change, the whole
// heatmap is painted at once from the current weights. The loop stops by itself when `halt` names a
// reason (divergence, early stopping). Widgets add their own actions on top.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { GridSweep } from './gridSweep';
import type { HeatmapHandle } from './Heatmap';
import type { LiveChartHandle } from './LiveLossChart';
import { useTrainingLoop } from './useTrainingLoop';

/** What the hook needs of a run (the lab's TrainingRun and OverfitRun have it). */
export interface HeatmapRun<S, C extends string> {
  readonly settings: S;
  step(): void;
  /** Back to step 0 with the same initial weights. */
  reset(): void;
  /** Applies new settings; returns what changed ('rebuilt' when the network or data are new). */
  update(next: S): C[];
  /** Probability of class 1 over an n×n grid, written into `out`. */
  evaluateGrid(n: number, out: Float64Array<ArrayBuffer>): Float64Array;
  /** The same for `count` rows from row `from`, written at their place in `out`. */
  evaluateRows(n: number, from: number, count: number, out: Float64Array): void;
}

export interface HeatmapRunOptions<R, Snap> {
  /** Heatmap resolution (cells per side). */
  grid: number;
  /** The numbers React shows, taken from the run; `version` changes when the run is rebuilt. */
  snapshot: (run: R, version: number) => Snap;
  /** Why the run may not go on ('diverged', 'early stop'), or null while it may. */
  halt: (run: R) => string | null;
}

export function useHeatmapRun<S extends { lr: number }, C extends string, R extends HeatmapRun<S, C>, Snap>(
  create: (settings: S) => R,
  settings: S,
  stepsPerFrame: number,
  frameRef: RefObject<Element | null>,
  options: HeatmapRunOptions<R, Snap>,
) {
  const { grid: size, snapshot: snapshotOf, halt } = options;
  const runRef = useRef<R | null>(null);
  runRef.current ??= create(settings);
  const run = runRef.current;
  const heatmap = useRef<HeatmapHandle>(null);
  const chart = useRef<LiveChartHandle>(null);
  const grid = useRef<Float64Array<ArrayBuffer>>(new Float64Array(size * size));
  const version = useRef(0);
  const [snapshot, setSnapshot] = useState(() => snapshotOf(run, 0));
  const [lastChange, setLastChange] = useState<C[]>([]);

  const sweep = useRef<GridSweep | null>(null);
  if (sweep.current?.rows !== size) sweep.current = new GridSweep(size);

  /** The whole boundary now, and the loss chart at the next animation frame. */
  const paint = useCallback(() => {
    heatmap.current?.paint(run.evaluateGrid(size, grid.current));
    sweep.current!.restart();
    chart.current?.invalidate();
  }, [run, size]);
  /** While playing: the next band of rows of the boundary (painted when the last row is done). */
  const drawLive = useCallback((allowMs: number) => {
    const s = sweep.current!, from = s.row, start = performance.now();
    const count = s.plan(allowMs);
    run.evaluateRows(size, from, count, grid.current);
    if (s.done(count, performance.now() - start)) heatmap.current?.paint(grid.current);
    chart.current?.invalidate();
  }, [run, size]);
  const publish = useCallback(() => setSnapshot(snapshotOf(run, version.current)), [run, snapshotOf]);

  const loop = useTrainingLoop({
    frameRef,
    step: () => {
      run.step();
      return halt(run) === null;
    },
    maxStepsPerFrame: stepsPerFrame,
    draw: drawLive,
    settle: paint,
    publish,
    check: () => halt(run),
  });
  const { pause } = loop;

  // The static picture before anything runs: the untrained network's boundary.
  useEffect(() => paint(), [paint]);

  // Keep the run in step with the controls.
  useEffect(() => {
    const changes = run.update(settings);
    if (changes.length === 0) return;
    if (changes.includes('rebuilt' as C)) {
      version.current++;
      pause();
    }
    setLastChange(changes);
    paint();
    publish();
  }, [run, settings, paint, publish, pause]);

  /** Repaint and publish now (after a step or reset outside the loop). */
  const now = () => {
    paint();
    publish();
  };
  /** What every such widget's buttons do; a widget may add its own. */
  const actions = {
    playPause: () => (loop.playing || halt(run) !== null ? pause() : loop.play()),
    step: () => {
      run.step();
      now();
    },
    reset: () => {
      pause();
      run.reset();
      setLastChange([]);
      now();
    },
    /** Applies a lower learning rate and restarts from the same initial weights. */
    lowerRateAndReset: (lr: number) => {
      run.update({ ...run.settings, lr });
      run.reset();
      setLastChange([]);
      now();
    },
  };

  return { run, heatmap, chart, grid, snapshot, loop, version, lastChange, setLastChange, paint, publish, now, actions };
}
