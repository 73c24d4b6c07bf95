import { describe, expect, it } from 'vitest';
import { DRAW_SHARE, FrameBudget } from './frameBudget';

describe('FrameBudget (training time per animation frame)', () => {
  it('a slow frame lowers the next frame\'s training', () => {
    const b = new FrameBudget({ startMs: 8 });
    const before = b.trainMs;
    const next = b.next(40, 8); // the whole frame took 40 ms, 8 of them training
    expect(next).toBeLessThan(before);
    expect(next).toBeLessThanOrEqual(before * 0.67);
  });

  it('when painting alone overruns the frame, training falls to its floor instead of adding to it', () => {
    const b = new FrameBudget({ startMs: 8, minMs: 1 });
    for (let i = 0; i < 10; i++) b.next(35, b.trainMs); // 20+ ms of drawing every frame
    expect(b.trainMs).toBe(1);
  });

  it('frames on time let training grow back slowly, up to its ceiling', () => {
    const b = new FrameBudget({ startMs: 2, maxMs: 10 });
    expect(b.next(16.7, 2)).toBe(2.5);
    for (let i = 0; i < 100; i++) b.next(16.7, b.trainMs);
    expect(b.trainMs).toBe(10);
  });

  it('settles where whole frames fit the display interval (a simulated slow device)', () => {
    // A device where drawing and React take 9 ms and a frame lasts max(16.7, work) ms.
    const b = new FrameBudget({ startMs: 12, maxMs: 12 });
    const frames: number[] = [];
    for (let i = 0; i < 200; i++) {
      const work = 9 + b.trainMs;
      frames.push(Math.max(1000 / 60, work));
      b.next(Math.max(1000 / 60, work), b.trainMs);
    }
    const late = frames.slice(100).filter((f) => f > 1000 / 60 * 1.25).length;
    expect(late).toBeLessThanOrEqual(3); // nearly every frame on time once adapted (an occasional probe)
    expect(b.trainMs).toBeGreaterThan(3); // and training still gets most of the room left
  });

  it('ignores the first frame and frames after a pause (no evidence about the work)', () => {
    const b = new FrameBudget({ startMs: 5 });
    expect(b.next(0, 0)).toBe(5);
    expect(b.next(5000, 5)).toBe(5);
  });
});

describe('FrameBudget.publishEveryMs (how often React shows the numbers)', () => {
  it('keeps the asked-for wait while frames are on time', () => {
    const b = new FrameBudget();
    expect(b.publishEveryMs(200)).toBe(200);
    for (let i = 0; i < 50; i++) b.next(16.7, b.trainMs);
    expect(b.publishEveryMs(200)).toBe(200);
  });

  it('waits longer while frames are slow, at most three times as long, and recovers', () => {
    const b = new FrameBudget();
    for (let i = 0; i < 60; i++) b.next(33.4, 1); // 30 frames a second
    expect(b.publishEveryMs(200)).toBeGreaterThan(340);
    expect(b.publishEveryMs(200)).toBeLessThan(380);
    for (let i = 0; i < 60; i++) b.next(120, 1); // 8 frames a second
    expect(b.publishEveryMs(200)).toBe(600);
    for (let i = 0; i < 80; i++) b.next(16.7, 1);
    expect(b.publishEveryMs(200)).toBe(200);
  });
});

describe('FrameBudget.drawMs (time for pictures refreshed in parts)', () => {
  it('is a quarter of the frame while frames are on time', () => {
    const b = new FrameBudget();
    for (let i = 0; i < 30; i++) b.next(16.7, b.trainMs);
    expect(b.drawMs).toBeCloseTo((1000 / 60) * DRAW_SHARE, 9);
  });

  it('shrinks with training while frames run late, and grows back with it', () => {
    const b = new FrameBudget({ minMs: 1 });
    for (let i = 0; i < 10; i++) b.next(35, b.trainMs); // the browser's own work overruns every frame
    expect(b.drawMs).toBe(1);
    for (let i = 0; i < 50; i++) b.next(16.7, b.trainMs);
    expect(b.drawMs).toBeGreaterThan(1);
    for (let i = 0; i < 400; i++) b.next(16.7, b.trainMs); // training's ceiling creeps back up
    expect(b.drawMs).toBeCloseTo((1000 / 60) * DRAW_SHARE, 9);
  });
});
