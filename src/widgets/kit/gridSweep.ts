// How much of a decision-boundary picture to recompute in one animation frame. Evaluating a network
// over every cell of its grid (64×64 points through the network, or five 40×40 grids for a race) can
// take longer than a whole frame on a slow phone. While training plays, the picture is therefore
// refreshed a band of rows at a time, as many rows as fit in the frame's drawing allowance (measured,
// not guessed; the training loop gives the allowance, smaller while frames run late), and painted
// when its last row is done: a fast machine still redraws it every frame, a slow one every few
// frames, and no frame is held up by a full grid. (Rows of one sweep may come
// from networks a few training steps apart; when training stops, widgets paint the whole grid at once
// from the final weights.) Pure arithmetic, no DOM: unit-tested with made-up timings.

export interface GridSweepOptions {
  /** Rows evaluated in a frame before any timing is known. Default 4. */
  firstRows?: number;
  /** Weight of the newest timing in the running cost per row (0..1]. Default 0.3. */
  smoothing?: number;
}

export class GridSweep {
  /** Rows of one full picture (for several pictures evaluated in turn: their rows one after another). */
  readonly rows: number;
  /** The next row to evaluate. */
  row = 0;
  /** Running cost of one row in ms (0 until measured). */
  msPerRow = 0;
  /** Full pictures completed since construction (or the last restart). */
  sweeps = 0;
  private readonly firstRows: number;
  private readonly smoothing: number;

  constructor(rows: number, o: GridSweepOptions = {}) {
    if (!Number.isInteger(rows) || rows < 1) throw new Error(`GridSweep: rows must be a positive integer, got ${rows}`);
    this.rows = rows;
    this.firstRows = o.firstRows ?? 4;
    this.smoothing = o.smoothing ?? 0.3;
  }

  /** How many rows to evaluate now, within `allowMs`: at least 1, at most the rows left in this sweep. */
  plan(allowMs: number): number {
    const left = this.rows - this.row;
    if (!(this.msPerRow > 0)) return Math.min(left, this.firstRows);
    return Math.max(1, Math.min(left, Math.floor(allowMs / this.msPerRow)));
  }

  /** Records that `count` rows (from `row`) took `ms`. Returns true when that completed a picture;
   *  the next call to plan() then starts the next sweep at row 0. */
  done(count: number, ms: number): boolean {
    if (count > 0 && ms >= 0) {
      const perRow = ms / count;
      this.msPerRow = this.msPerRow > 0 ? this.msPerRow + this.smoothing * (perRow - this.msPerRow) : perRow;
    }
    this.row += count;
    if (this.row < this.rows) return false;
    this.row = 0;
    this.sweeps++;
    return true;
  }

  /** Start the next sweep from row 0 (after the whole picture was painted at once). Timing is kept. */
  restart(): void {
    this.row = 0;
  }
}
