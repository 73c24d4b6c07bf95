import { describe, expect, it } from 'vitest';
import { FrameBudget } from './frameBudget';

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
