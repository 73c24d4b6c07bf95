// For component tests only: happy-dom fires requestAnimationFrame back to back, so widgets that play
// are tested with faked frames. Call fakeAnimationFrames() in a beforeEach, then frames(n).
import { act } from '@testing-library/react';
import { vi } from 'vitest';

export function fakeAnimationFrames(): void {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
}

/** Advances `n` animation frames, each inside act() so React commits what the frame changed. */
export function frames(n: number): void {
  for (let i = 0; i < n; i++) act(() => { vi.advanceTimersToNextFrame(); });
}
