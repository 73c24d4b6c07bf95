// How much of the next animation frame training may use, adapted to how long whole frames really
// take (training + painting + React + the browser's own work), measured from one frame's start to
// the next. A frame that overran the display's interval cuts the training slice at once
// (multiplicatively) and remembers the level that overran; frames on time let it grow back slowly
// (additively), up to just below that level, which itself creeps up again so the budget can follow
// a device that gets faster (a cooler phone, a closed tab). So a slow phone trains
// fewer steps per frame instead of dropping frames, and a fast machine gets the most training the
// frame rate allows. Pure arithmetic, no DOM: unit-tested with made-up frame times.

/** The most of a frame that drawing pictures may use: a quarter of the display's frame interval. */
export const DRAW_SHARE = 0.25;

export interface FrameBudgetOptions {
  /** The display's frame interval in ms (60 Hz: 16.7). */
  frameMs?: number;
  /** Training slice to start with, and its floor and ceiling, in ms. */
  startMs?: number;
  minMs?: number;
  maxMs?: number;
}

export class FrameBudget {
  readonly frameMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** Training time allowed in the next frame, in ms. */
  trainMs: number;
  /** Running average of whole frames in ms (the display's interval until frames are measured). */
  frameAvgMs: number;
  /** Below the last level at which a frame overran; growth stops here. */
  private ceiling = Infinity;

  constructor(o: FrameBudgetOptions = {}) {
    this.frameMs = o.frameMs ?? 1000 / 60;
    this.minMs = o.minMs ?? 1;
    this.maxMs = o.maxMs ?? 12;
    this.trainMs = Math.min(this.maxMs, Math.max(this.minMs, o.startMs ?? 6));
    this.frameAvgMs = this.frameMs;
  }

  /**
   * Time the next frame may spend redrawing pictures in parts (the kit's GridSweep), in ms: a quarter
   * of the frame interval while frames are on time, and no more than training gets while they run
   * late. On a device where the browser's own work already fills the frame, the pictures then refresh
   * fewer rows per frame (a band is at least one row) instead of making every frame later, and keep
   * pace with training, which slows the same way.
   */
  get drawMs(): number {
    return Math.min(this.frameMs * DRAW_SHARE, this.trainMs);
  }

  /**
   * How long to wait between two React updates of a widget's numbers, given the wait it asks for on a
   * device that keeps up: the same while frames are on time, up to three times longer while they are
   * slow (each update costs a render, layout and paint that a slow device feels most).
   */
  publishEveryMs(baseMs: number): number {
    return baseMs * Math.min(3, Math.max(1, this.frameAvgMs / (this.frameMs * 1.1)));
  }

  /**
   * Records the last frame: `frameMs` from its start to this frame's start, of which `trainedMs` was
   * training. Returns the training budget for the frame about to run.
   */
  next(frameMs: number, trainedMs: number): number {
    if (!(frameMs > 0) || frameMs > 250) return this.trainMs; // first frame, or back from a pause: no evidence
    this.frameAvgMs += 0.1 * (frameMs - this.frameAvgMs);
    const late = frameMs > this.frameMs * 1.25;
    if (late) {
      // Everything but training took frameMs − trainedMs; aim the next frame at the interval, and
      // never cut by less than a third so a run of slow frames converges fast.
      const room = this.frameMs * 0.9 - (frameMs - trainedMs);
      this.ceiling = Math.max(this.minMs, this.trainMs * 0.9);
      this.trainMs = Math.max(this.minMs, Math.min(this.trainMs * 0.67, room));
    } else {
      this.ceiling += 0.02;
      this.trainMs = Math.min(this.maxMs, this.ceiling, this.trainMs + 0.5);
    }
    return this.trainMs;
  }
}
