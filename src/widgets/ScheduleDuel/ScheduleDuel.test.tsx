// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NetworkRace } from '../../lab';
import { ScheduleDuelView as Duel } from './ScheduleDuel';
import { frames, fakeAnimationFrames, slowLockstepSteps } from '../../../tests/support/fakeFrames';

beforeEach(fakeAnimationFrames);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});
const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1).map((r) => Array.from(r.querySelectorAll('td')).map((c) => c.textContent ?? ''));

describe('ScheduleDuel', () => {
  it('waits for Play; both start at the same loss; the prediction is not solved at load', () => {
    const { container } = render(<Duel />);
    frames(5);
    expect(screen.getByText(/After 0 of 1000 steps/)).toBeTruthy();
    const [a, b] = rows();
    expect(a[0]).toBe('A: constant');
    expect(b[0]).toBe('B: cosine annealing');
    expect(a[2]).toBe(b[2]);
    expect(container.querySelector('[data-exercise-state="correct"]')).toBeNull();
  });

  it('the cosine schedule lowers η as it steps; the constant one does not', () => {
    render(<Duel initial={{ total: 100 }} />);
    for (let i = 0; i < 50; i++) fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    const [a, b] = rows();
    expect(a[1]).toBe('0.3');
    expect(Number(b[1])).toBeCloseTo(0.15, 6); // halfway through a cosine from 0.3 to 0
  });

  it('on a slow device trains racer by racer; Pause completes the round, and a racer that falls in it joins the notice', () => {
    // Each racer's step "takes" 20 ms of the faked clock: one racer per frame.
    const duel = slowLockstepSteps<NetworkRace>(20);
    render(<Duel initial={{ total: 100, speed: 50 }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(5);
    expect(duel().midRound).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(duel().racers.map((r) => r.run.stepCount)).toEqual([3, 3]);
    expect(screen.getByText(/After 3 of 100 steps/)).toBeTruthy();
    cleanup();
    window.history.replaceState(null, '', '/'); // the first duel's settings are in the link
    // Adam at the largest peak rate fells both at step 2: A in its frame (which stops the loop), B
    // when the stop completes the round.
    render(<Duel initial={{ total: 100, speed: 50, lr: 3, optimizer: 'adam' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(5);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    expect(screen.getByText(/^A: constant and B: cosine annealing diverged at step 2$/)).toBeTruthy();
  });

  it('a duel to the end judges the prediction', () => {
    const { container } = render(<Duel initial={{ total: 100, speed: 50 }} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'My prediction' }), { target: { value: 'b' } });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(40);
    expect(screen.getByText(/After 100 of 100 steps/)).toBeTruthy();
    expect(container.querySelector('[data-exercise-state="unanswered"]')).toBeNull();
  });
});
