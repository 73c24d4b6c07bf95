// Drives one IrisRun from the trainer's settings with the kit's training loop: trains on animation
// frames while playing (and visible), redraws the two live charts every frame, and publishes the
// numbers and the confusion matrix a few times a second. Pause is exact; divergence stops the loop.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { IRIS_DEFAULT_STEPS, IrisRun, type Confusion, type IrisPoint, type IrisSettings } from '../../lab';
import { useTrainingLoop, type LiveChartHandle } from '../kit';

export interface IrisSnapshot {
  point: IrisPoint;
  confusion: Confusion;
  /** Changes each time the run is rebuilt. */
  version: number;
}

/** Test accuracy reached at the checkpoint step, per settings (for the predict-then-run exercises). */
export type Checkpoints = Record<string, number>;

export function checkpointKey(s: IrisSettings): string {
  return `${s.seed}|${s.hidden}|${s.lr}|${s.scaling}`;
}

export function useIrisRun(settings: IrisSettings, stepsPerFrame: number, frameRef: RefObject<Element | null>) {
  const runRef = useRef<IrisRun | null>(null);
  runRef.current ??= new IrisRun(settings);
  const run = runRef.current;
  const lossChart = useRef<LiveChartHandle>(null);
  const accChart = useRef<LiveChartHandle>(null);
  const version = useRef(0);
  const snapshotOf = useCallback((): IrisSnapshot => ({ point: run.latest, confusion: run.testConfusion(), version: version.current }), [run]);
  const [snapshot, setSnapshot] = useState(snapshotOf);
  const [checkpoints, setCheckpoints] = useState<Checkpoints>({});
  const [rebuilt, setRebuilt] = useState(false);

  const draw = useCallback(() => {
    lossChart.current?.invalidate();
    accChart.current?.invalidate();
  }, []);
  const publish = useCallback(() => {
    setSnapshot(snapshotOf());
    if (run.stepCount >= IRIS_DEFAULT_STEPS && !run.diverged) {
      const key = checkpointKey(run.settings);
      setCheckpoints((c) => (key in c ? c : { ...c, [key]: run.checkpointAccuracy ?? run.latest.testAccuracy }));
    }
  }, [run, snapshotOf]);

  const loop = useTrainingLoop({
    frameRef,
    step: () => {
      run.step();
      return !run.diverged;
    },
    maxStepsPerFrame: stepsPerFrame,
    draw,
    publish,
    check: () => (run.diverged ? 'diverged' : null),
  });
  const { pause } = loop;

  useEffect(() => {
    const change = run.update(settings);
    if (change === null) return;
    if (change === 'rebuilt') {
      version.current++;
      pause();
    }
    setRebuilt(change === 'rebuilt');
    draw();
    publish();
  }, [run, settings, draw, publish, pause]);

  const refresh = () => {
    draw();
    publish();
  };
  const actions = {
    playPause: () => (loop.playing || run.diverged ? pause() : loop.play()),
    step: () => {
      run.step();
      refresh();
    },
    reset: () => {
      pause();
      run.reset();
      setRebuilt(false);
      refresh();
    },
    lowerRateAndReset: (lr: number) => {
      run.update({ ...run.settings, lr });
      run.reset();
      refresh();
    },
  };

  return { run, lossChart, accChart, snapshot, checkpoints, rebuilt, playing: loop.playing, actions };
}
