// The one play loop every live widget uses (the XOR lab, the race, every lab to come). While the
// reader has pressed Play and the widget is on screen in a visible tab, each animation frame
//   1. trains for a slice of time that adapts to how long whole frames take (FrameBudget), capped
//      at `maxStepsPerFrame` steps;
//   2. calls `draw` with the frame's drawing allowance (heatmaps, live charts: pictures follow every
//      frame; one refreshed in parts refreshes fewer rows per frame while frames run late);
//   3. every `snapshotEveryMs` calls `publish`, where the widget sets its React state (numbers,
//      tables) — React re-renders a few times a second, not every frame (up to 3× less often while
//      frames run slow, FrameBudget.publishEveryMs);
//   4. asks `check` whether to stop (divergence, a stall); a reason pauses the loop and is returned
//      by the hook as `stopped`.
// Pause is exact: the loop is stopped in the commit that sets `playing` to false, and `publish` runs
// once more so the numbers show exactly where the run stopped.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { FrameBudget, type FrameBudgetOptions } from './frameBudget';
import { useAnimationFrame, useOnScreen } from './motion';

export interface TrainingLoopOptions<Reason = string> {
  /** The widget's outer element: the loop pauses while it is off screen (or the tab is hidden). */
  frameRef: RefObject<Element | null>;
  /** One unit of training (a step, a race round). Return false to end this frame's training early. */
  step: () => boolean | void;
  /** The most steps per frame (the reader's "speed"); the time budget usually ends a frame first. */
  maxStepsPerFrame: number;
  /** Repaint the pictures; called every frame while playing, after training. It may refresh an
   *  expensive picture in parts over several frames (the kit's GridSweep), using about `allowMs` of
   *  this frame (FrameBudget.drawMs: less while frames run late): `settle` then completes it. */
  draw?: (allowMs: number) => void;
  /** Paint the pictures whole and exactly, from the final weights; called once whenever playing
   *  stops (Pause, a stop reason, off screen), before `publish`. */
  settle?: () => void;
  /** Set React state from the model; called every `snapshotEveryMs` while playing and whenever play stops. */
  publish: () => void;
  /** A reason to stop (e.g. diverged, stalled), or null to go on; checked after every frame. */
  check?: () => Reason | null;
  /** Default 200 ms. */
  snapshotEveryMs?: number;
  budget?: FrameBudgetOptions;
}

export interface TrainingLoop<Reason = string> {
  playing: boolean;
  /** True while playing but paused because the widget is off screen or the tab hidden. */
  waiting: boolean;
  /** Why the loop last stopped by itself (from `check`); cleared by play(). */
  stopped: Reason | null;
  play(): void;
  pause(): void;
  toggle(): void;
  /** Training time per frame the budget currently allows, in ms (for benchmarks and tests). */
  budgetMs(): number;
}

export function useTrainingLoop<Reason = string>(o: TrainingLoopOptions<Reason>): TrainingLoop<Reason> {
  const [playing, setPlaying] = useState(false);
  const [stopped, setStopped] = useState<Reason | null>(null);
  const onScreen = useOnScreen(o.frameRef);
  const opts = useRef(o);
  opts.current = o;
  const budget = useRef<FrameBudget | null>(null);
  budget.current ??= new FrameBudget(o.budget);
  const frameStart = useRef(0);
  const trained = useRef(0);
  const lastPublish = useRef(0);

  const running = playing && onScreen;
  useAnimationFrame(running, () => {
    const { step, maxStepsPerFrame, draw, publish, check, snapshotEveryMs = 200 } = opts.current;
    const start = performance.now();
    // The whole last frame: from its start to this one's (training, drawing, React, the browser).
    const allowed = budget.current!.next(frameStart.current ? start - frameStart.current : 0, trained.current);
    frameStart.current = start;
    let done = 0;
    while (done < maxStepsPerFrame) {
      done++;
      if (step() === false) break;
      if (performance.now() - start >= allowed) break;
    }
    trained.current = performance.now() - start;
    draw?.(budget.current!.drawMs);
    const reason = check?.() ?? null;
    if (reason !== null) {
      setStopped(() => reason);
      setPlaying(false);
      return;
    }
    if (performance.now() - lastPublish.current >= budget.current!.publishEveryMs(snapshotEveryMs)) {
      lastPublish.current = performance.now();
      publish();
    }
  });

  // A new run of frames starts without evidence about the previous frame.
  useEffect(() => {
    if (running) frameStart.current = 0;
  }, [running]);

  // When playing stops (Pause, a stop reason, scrolled away), show exactly where the run is, in the
  // same commit that turns Pause back into Play: the numbers beside the Play button are final the
  // moment it shows (a passive effect ran a frame later, after a throttled phone had painted the
  // button with the numbers of the last publish).
  const wasRunning = useRef(false);
  useLayoutEffect(() => {
    if (running) {
      wasRunning.current = true;
      return;
    }
    if (!wasRunning.current) return;
    wasRunning.current = false;
    opts.current.settle?.();
    opts.current.publish();
  }, [running]);
  // Before the first Play, the same once after mount.
  useEffect(() => {
    opts.current.settle?.();
    opts.current.publish();
  }, []);

  const play = useCallback(() => {
    setStopped(null);
    setPlaying(true);
  }, []);
  const pause = useCallback(() => setPlaying(false), []);
  const toggle = useCallback(() => {
    setPlaying((p) => {
      if (!p) setStopped(null);
      return !p;
    });
  }, []);
  const budgetMs = useCallback(() => budget.current!.trainMs, []);
  return { playing, waiting: playing && !onScreen, stopped, play, pause, toggle, budgetMs };
}
