// Drives one TrainingRun from the lab's settings with the kit's training loop: keeps the run in step
// with the controls, trains on animation frames while playing (and visible), repaints the boundary
// and the loss chart every frame, and publishes a snapshot (loss, accuracy, predictions) for React a
// few times a second. Pause is exact; divergence stops the loop.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { TrainingRun, type RunSettings, type SettingsChange } from '../../lab';
import { useTrainingLoop, type HeatmapHandle, type LiveChartHandle } from '../kit';

export const GRID = 64;

export interface LabSnapshot {
  step: number;
  loss: number;
  accuracy: number;
  predictions: number[];
  /** Changes each time the run is rebuilt (new data, new network): points and table follow it. */
  version: number;
}

function snapshotOf(run: TrainingRun, version: number): LabSnapshot {
  return { step: run.stepCount, loss: run.loss, accuracy: run.accuracy(), predictions: Array.from(run.predictions()), version };
}

export function useLabRun(settings: RunSettings, stepsPerFrame: number, frameRef: RefObject<Element | null>) {
  const runRef = useRef<TrainingRun | null>(null);
  runRef.current ??= new TrainingRun(settings);
  const run = runRef.current;
  const heatmap = useRef<HeatmapHandle>(null);
  const chart = useRef<LiveChartHandle>(null);
  const grid = useRef(new Float64Array(GRID * GRID));
  const version = useRef(0);
  const [snapshot, setSnapshot] = useState(() => snapshotOf(run, 0));
  const [lastChange, setLastChange] = useState<SettingsChange[]>([]);

  const paint = useCallback(() => {
    heatmap.current?.paint(run.evaluateGrid(GRID, grid.current));
    chart.current?.invalidate();
  }, [run]);
  const publish = useCallback(() => setSnapshot(snapshotOf(run, version.current)), [run]);

  const loop = useTrainingLoop({
    frameRef,
    step: () => { run.step(); return !run.diverged; },
    maxStepsPerFrame: stepsPerFrame,
    draw: paint,
    publish,
    check: () => (run.diverged ? 'diverged' : null),
  });
  const { pause } = loop;

  // The static picture before anything runs: the untrained network's boundary.
  useEffect(() => paint(), [paint]);

  // Keep the run in step with the controls (see TrainingRun.update for what each change does).
  useEffect(() => {
    const changes = run.update(settings);
    if (changes.length === 0) return;
    if (changes.includes('rebuilt')) {
      version.current++;
      pause();
    }
    setLastChange(changes);
    paint();
    publish();
  }, [run, settings, paint, publish, pause]);

  const actions = {
    playPause: () => (loop.playing || run.diverged ? pause() : loop.play()),
    step: () => {
      run.step();
      paint();
      publish();
    },
    reset: () => {
      pause();
      run.reset();
      setLastChange([]);
      paint();
      publish();
    },
    /** Moves to the next seed; returns it so the caller can put it in the controls (and the URL). */
    newWeights: (): number => {
      pause();
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

  return { run, heatmap, chart, grid, snapshot, playing: loop.playing, onScreen: !loop.waiting, lastChange, actions, paint };
}
