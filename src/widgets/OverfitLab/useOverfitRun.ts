// Drives one OverfitRun from the lab's settings through the kit's training loop: keeps the run in step
// with the controls, trains on animation frames while playing (and on screen), repaints the boundary
// and the loss chart every frame, and publishes a snapshot for React a few times a second. The loop
// stops by itself at divergence or when early stopping ends the run.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { OverfitRun, type OverfitChange, type OverfitSettings } from '../../lab';
import { useTrainingLoop, type HeatmapHandle, type LiveChartHandle } from '../kit';

export const GRID = 48;

export interface OverfitSnapshot {
  step: number;
  trainLoss: number;
  validationLoss: number;
  trainAccuracy: number;
  validationAccuracy: number;
  best: { step: number; loss: number };
  stopped: boolean;
  version: number;
}

function snapshotOf(run: OverfitRun, version: number): OverfitSnapshot {
  return {
    step: run.stepCount,
    trainLoss: run.trainLoss,
    validationLoss: run.validationLoss,
    trainAccuracy: run.accuracy('train'),
    validationAccuracy: run.accuracy('validation'),
    best: { ...run.best },
    stopped: run.stopped !== null,
    version,
  };
}

export function useOverfitRun(settings: OverfitSettings, stepsPerFrame: number, frameRef: RefObject<Element | null>) {
  const runRef = useRef<OverfitRun | null>(null);
  runRef.current ??= new OverfitRun(settings);
  const run = runRef.current;
  const heatmap = useRef<HeatmapHandle>(null);
  const chart = useRef<LiveChartHandle>(null);
  const grid = useRef(new Float64Array(GRID * GRID));
  const version = useRef(0);
  const [snapshot, setSnapshot] = useState(() => snapshotOf(run, 0));
  const [lastChange, setLastChange] = useState<OverfitChange[]>([]);

  /** The boundary now, and the loss chart at the next animation frame. */
  const paint = useCallback(() => {
    heatmap.current?.paint(run.evaluateGrid(GRID, grid.current));
    chart.current?.invalidate();
  }, [run]);
  const publish = useCallback(() => setSnapshot(snapshotOf(run, version.current)), [run]);

  const loop = useTrainingLoop({
    frameRef,
    step: () => {
      run.step();
      return !run.diverged && !run.stopped;
    },
    maxStepsPerFrame: stepsPerFrame,
    draw: paint,
    publish,
    check: () => (run.diverged ? 'diverged' : run.stopped ? 'early stop' : null),
  });

  useEffect(() => paint(), [paint]);

  useEffect(() => {
    const changes = run.update(settings);
    if (changes.length === 0) return;
    if (changes.includes('rebuilt')) {
      version.current++;
      loop.pause();
    }
    setLastChange(changes);
    paint();
    publish();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loop.pause is stable
  }, [run, settings, paint, publish]);

  const halted = run.diverged !== null || run.stopped !== null;
  const now = () => {
    paint();
    publish();
  };
  const actions = {
    playPause: () => (loop.playing || halted ? loop.pause() : loop.play()),
    step: () => {
      run.step();
      now();
    },
    reset: () => {
      loop.pause();
      run.reset();
      setLastChange([]);
      now();
    },
    lowerRateAndReset: (lr: number) => {
      run.update({ ...run.settings, lr });
      run.reset();
      setLastChange([]);
      now();
    },
  };

  return { run, heatmap, chart, snapshot, playing: loop.playing, lastChange, actions };
}
