// For component tests only: happy-dom fires requestAnimationFrame back to back, so widgets that play
// are tested with faked frames. Call fakeAnimationFrames() in a beforeEach, then frames(n).
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { Lockstep } from '../../src/lab';

export function fakeAnimationFrames(): void {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
}

/** Advances `n` animation frames, each inside act() so React commits what the frame changed. */
export function frames(n: number): void {
  for (let i = 0; i < n; i++) act(() => { vi.advanceTimersToNextFrame(); });
}

/** For a playing widget's component tests: faked frames before each test; after each, unmount, real
 *  timers again and a clean URL (widgets write their settings into it). */
export function setUpPlayingWidgetTests(): void {
  beforeEach(fakeAnimationFrames);
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    window.history.replaceState(null, '', '/');
  });
}

/** The value shown beside a kit Stat's label. */
export const stat = (label: string) => screen.getByText(label, { selector: '.kit-stat__label' }).nextElementSibling!.textContent!;
/** The text of the widget's read-out (the kit's ReadOut). */
export const readOut = () => document.querySelector('.kit-readout')!.textContent!;

/** A slow device for the races and the duel: each learner's step "takes" `ms` of the faked clock, so a
 *  frame's training budget can end mid-round. Returns a getter for the race (or duel) that stepped last. */
export function slowLockstepSteps<T extends Lockstep>(ms: number): () => T {
  const stepNext = Lockstep.prototype.stepNext;
  let last: Lockstep | null = null;
  vi.spyOn(Lockstep.prototype, 'stepNext').mockImplementation(function (this: Lockstep) {
    last = this;
    vi.advanceTimersByTime(ms);
    return stepNext.call(this);
  });
  return () => {
    if (!last) throw new Error('slowLockstepSteps: nothing has stepped yet');
    return last as T;
  };
}
