// Drives one TrainingRun from the lab's settings with the kit's training loop: keeps the run in step
// with the controls, trains on animation frames while playing (and visible), repaints the boundary
// and the loss chart every frame, and publishes a snapshot (loss, accuracy, predictions) for React a
// few times a second. Pause is exact; divergence stops the loop.
import type { RefObject } from 'react';
import { TrainingRun, type RunSettings, type SettingsChange } from '../../lab';
import { useHeatmapRun } from '../kit';

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

const halt = (run: TrainingRun) => (run.diverged ? 'diverged' : null);

export function useLabRun(settings: RunSettings, stepsPerFrame: number, frameRef: RefObject<Element | null>) {
  const live = useHeatmapRun<RunSettings, SettingsChange, TrainingRun, LabSnapshot>(
    (s) => new TrainingRun(s), settings, stepsPerFrame, frameRef, { grid: GRID, snapshot: snapshotOf, halt },
  );
  const { run, loop, version, setLastChange, now } = live;

  const actions = {
    ...live.actions,
    /** Moves to the next seed; returns it so the caller can put it in the controls (and the URL). */
    newWeights: (): number => {
      loop.pause();
      const seed = run.newWeights();
      version.current++;
      setLastChange(['rebuilt']);
      now();
      return seed;
    },
  };

  const { heatmap, chart, grid, snapshot, lastChange, paint } = live;
  return { run, heatmap, chart, grid, snapshot, playing: loop.playing, onScreen: !loop.waiting, lastChange, actions, paint };
}
