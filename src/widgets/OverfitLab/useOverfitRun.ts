// Drives one OverfitRun from the lab's settings through the kit's training loop: keeps the run in step
// with the controls, trains on animation frames while playing (and on screen), repaints the boundary
// and the loss chart every frame, and publishes a snapshot for React a few times a second. The loop
// stops by itself at divergence or when early stopping ends the run.
import type { RefObject } from 'react';
import { OverfitRun, type OverfitChange, type OverfitSettings } from '../../lab';
import { useHeatmapRun } from '../kit';

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

const halt = (run: OverfitRun) => (run.diverged ? 'diverged' : run.stopped ? 'early stop' : null);

export function useOverfitRun(settings: OverfitSettings, stepsPerFrame: number, frameRef: RefObject<Element | null>) {
  const live = useHeatmapRun<OverfitSettings, OverfitChange, OverfitRun, OverfitSnapshot>(
    (s) => new OverfitRun(s), settings, stepsPerFrame, frameRef, { grid: GRID, snapshot: snapshotOf, halt },
  );
  const { run, loop, actions } = live;
  const { heatmap, chart, snapshot, lastChange } = live;
  return { run, heatmap, chart, snapshot, playing: loop.playing, lastChange, actions };
}
