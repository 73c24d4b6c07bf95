// For component tests only: happy-dom fires requestAnimationFrame back to back, so widgets that play
// are tested with faked frames. Call fakeAnimationFrames() in a beforeEach, then frames(n).
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

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
