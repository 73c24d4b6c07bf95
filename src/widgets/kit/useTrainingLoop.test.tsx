// @vitest-environment happy-dom
// The kit's training loop with faked animation frames and a faked clock: each training step "takes"
// 1 ms and drawing takes whatever the test says, so the adaptive budget can be watched frame by frame.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { frames, fakeAnimationFrames } from '../../../tests/support/fakeFrames';
import { useTrainingLoop } from './useTrainingLoop';

const perFrame: number[] = [];
/** The drawing allowance the loop handed `draw` in each frame. */
const drawAllowed: number[] = [];
let drawMs = 0, total = 0, published = 0, stopAt = Infinity;
/** What the loop called, in order, apart from steps and frames: 'settle@<total>' and 'publish@<total>'. */
const calls: string[] = [];

function Loop() {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(0);
  const loop = useTrainingLoop({
    frameRef: ref,
    step: () => { total++; perFrame[perFrame.length - 1]++; vi.advanceTimersByTime(1); return total < stopAt; },
    maxStepsPerFrame: 1000,
    draw: (allowMs) => { perFrame.push(0); drawAllowed.push(allowMs); if (drawMs) vi.advanceTimersByTime(drawMs); },
    settle: () => { calls.push(`settle@${total}`); },
    publish: () => { published++; calls.push(`publish@${total}`); setShown(total); },
    check: () => (total >= stopAt ? 'diverged' : null),
  });
  return (
    <div ref={ref}>
      <button type="button" onClick={loop.toggle}>{loop.playing ? 'Pause' : 'Play'}</button>
      <output>{shown}</output>
      <span>{loop.stopped ?? 'running'}</span>
    </div>
  );
}

beforeEach(() => {
  fakeAnimationFrames();
  perFrame.length = 0;
  perFrame.push(0);
  drawAllowed.length = 0;
  drawMs = 0; total = 0; published = 0; stopAt = Infinity;
  calls.length = 0;
});
afterEach(() => { cleanup(); vi.useRealTimers(); });

describe('useTrainingLoop', () => {
  it('a slow frame lowers the next frame\'s training; fast frames let it grow back', () => {
    render(<Loop />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(40);
    const fast = perFrame[perFrame.length - 2];
    expect(fast).toBeGreaterThanOrEqual(8); // cheap drawing: most of the frame trains
    expect(drawAllowed[drawAllowed.length - 1]).toBeCloseTo(1000 / 60 / 4, 6); // a quarter of the frame to draw
    drawMs = 30; // painting suddenly costs 30 ms a frame (a phone at DPR 3)
    frames(2);
    const afterSlow = perFrame[perFrame.length - 2];
    expect(afterSlow).toBeLessThan(fast);
    frames(10);
    expect(perFrame[perFrame.length - 2]).toBeLessThanOrEqual(2); // at the floor while painting overruns
    expect(drawAllowed[drawAllowed.length - 1]).toBeLessThanOrEqual(2); // and drawing in parts gets as little
    drawMs = 0;
    frames(40);
    expect(perFrame[perFrame.length - 2]).toBeGreaterThan(afterSlow);
  });

  it('publishes a few times a second, not every frame, and exactly at Pause', () => {
    render(<Loop />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    const before = published;
    frames(60); // about one second
    expect(published - before).toBeGreaterThan(2);
    expect(published - before).toBeLessThan(15);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    const at = total;
    expect(Number(document.querySelector('output')!.textContent)).toBe(at);
    frames(10);
    expect(total).toBe(at); // nothing trains after Pause
  });

  it('stops by itself when check() gives a reason, and says which', () => {
    stopAt = 25;
    render(<Loop />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(10);
    expect(total).toBe(25);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    expect(screen.getByText('diverged')).toBeTruthy();
  });

  it('settles the pictures exactly once whenever playing stops, just before the last publish', () => {
    render(<Loop />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(20);
    calls.length = 0;
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(calls).toEqual([`settle@${total}`, `publish@${total}`]);
    frames(5);
    expect(calls).toHaveLength(2);
    stopAt = total + 7; // a stop reason also settles
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    calls.length = 0;
    frames(10);
    expect(calls.slice(-2)).toEqual([`settle@${stopAt}`, `publish@${stopAt}`]);
    expect(calls.filter((c) => c.startsWith('settle'))).toHaveLength(1);
  });
});
