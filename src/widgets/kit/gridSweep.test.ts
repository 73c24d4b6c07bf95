import { describe, expect, it } from 'vitest';
import { GridSweep } from './gridSweep';

describe('GridSweep (how much of a boundary picture to recompute per frame)', () => {
  it('starts with a few rows, then fits as many rows as the allowance holds', () => {
    const s = new GridSweep(64);
    expect(s.plan(4)).toBe(4); // no timing yet
    expect(s.done(4, 2)).toBe(false); // 0.5 ms a row
    expect(s.plan(4)).toBe(8);
    expect(s.row).toBe(4);
  });

  it('a cheap picture is finished in one frame, every frame (a fast machine sees no difference)', () => {
    const s = new GridSweep(64);
    s.done(4, 0.04); // 0.01 ms a row
    s.restart();
    let painted = 0;
    for (let frame = 0; frame < 10; frame++) {
      const n = s.plan(4);
      expect(n).toBe(64);
      if (s.done(n, n * 0.01)) painted++;
    }
    expect(painted).toBe(10);
  });

  it('an expensive picture is spread over frames: no frame does much more than its allowance', () => {
    const s = new GridSweep(48);
    const msPerRow = 0.9; // a 48-row grid costs 43 ms: more than two whole frames at 60 Hz
    let frames = 0, painted = 0, worst = 0;
    while (painted < 3) {
      const n = s.plan(4);
      worst = Math.max(worst, n * msPerRow);
      if (s.done(n, n * msPerRow)) painted++;
      frames++;
    }
    expect(worst).toBeLessThanOrEqual(4 + msPerRow); // the first 4 rows may overshoot once
    expect(frames / painted).toBeGreaterThan(8); // the picture refreshes every ~11 frames
    expect(frames / painted).toBeLessThan(14);
  });

  it('always makes progress, even when one row costs more than the allowance', () => {
    const s = new GridSweep(10);
    s.done(1, 50);
    expect(s.plan(4)).toBe(1);
  });

  it('never plans past the end of a sweep, then starts the next at row 0', () => {
    const s = new GridSweep(10);
    s.done(4, 0.4);
    expect(s.plan(100)).toBe(6);
    expect(s.done(6, 0.6)).toBe(true);
    expect(s.row).toBe(0);
    expect(s.sweeps).toBe(1);
  });

  it('follows a device that slows down (smoothed cost per row)', () => {
    const s = new GridSweep(64);
    s.done(4, 0.4); // 0.1 ms a row
    const fast = s.plan(4);
    for (let i = 0; i < 10; i++) s.done(s.plan(4), s.plan(4) * 1); // now 1 ms a row
    expect(s.plan(4)).toBeLessThan(fast);
    expect(s.plan(4)).toBeLessThanOrEqual(5);
  });

  it('rejects a grid with no rows', () => {
    expect(() => new GridSweep(0)).toThrow(/rows must be a positive integer/);
  });
});
