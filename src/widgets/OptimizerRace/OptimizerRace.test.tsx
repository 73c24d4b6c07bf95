// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NetworkRace } from '../../lab';
import { formatNumber } from '../kit';
import { OptimizerRaceView as OptimizerRace } from './OptimizerRace';
import { frames, fakeAnimationFrames, slowLockstepSteps } from '../../../tests/support/fakeFrames';

beforeEach(fakeAnimationFrames);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

function rows(): string[][] {
  const table = screen.getByRole('table');
  return within(table).getAllByRole('row').slice(1).map((r) => Array.from(r.querySelectorAll('td')).map((c) => c.textContent ?? ''));
}

describe('OptimizerRace', () => {
  it('starts paused on Rosenbrock with five racers at one start, and no prediction solved', () => {
    const { container } = render(<OptimizerRace />);
    expect(rows().map((r) => r[0])).toEqual(['SGD', 'Momentum', 'RMSprop', 'Adam', 'AdamW']);
    frames(10);
    expect(screen.getByText(/After 0 steps/)).toBeTruthy();
    expect(container.querySelector('[data-exercise-state="correct"]')).toBeNull();
  });

  it('races in lockstep; the prediction is judged by the race', () => {
    const { container } = render(<OptimizerRace initial={{ speed: 50 }} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'My prediction' }), { target: { value: 'Momentum' } });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(60);
    const arrived = rows().map((r) => r[3]);
    expect(arrived[1]).not.toBe('—'); // momentum arrives on Rosenbrock with the recommended rates
    expect((screen.getByRole('combobox', { name: 'My prediction' }) as HTMLSelectElement).disabled).toBe(true);
    expect(container.querySelector('[data-exercise-state="correct"]')).not.toBeNull();
  });

  it('a rate far too large pauses the race and says who diverged', () => {
    render(<OptimizerRace initial={{ lrPlain: 1 }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(20);
    expect(screen.getByRole('alert').textContent).toMatch(/SGD and Momentum diverged at step \d+/);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('on the network, all five start from the same weights and train', () => {
    render(<OptimizerRace initial={{ mode: 'network', lrPlain: 0.3, lrAdaptive: 0.01 }} />);
    const fair = screen.getByTestId('fairness').textContent ?? '';
    expect(fair).toMatch(/Fair start: all five networks/);
    const prints = rows().map((r) => r[2]);
    expect(new Set(prints).size).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(screen.getByText(/After 1 steps/)).toBeTruthy();
  });

  it('on the network, a slow device trains racer by racer, and Pause completes the round', () => {
    // Each racer's step "takes" 4 ms of the faked clock, so a frame's training budget ends mid-round.
    const race = slowLockstepSteps<NetworkRace>(4);
    render(<OptimizerRace initial={{ mode: 'network', lrPlain: 0.3, lrAdaptive: 0.01, speed: 50 }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    let played = 0;
    do { frames(1); played++; } while (!race().midRound && played < 50);
    expect(race().midRound).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(race().midRound).toBe(false);
    const n = race().stepCount;
    expect(race().racers.map((r) => r.run.stepCount)).toEqual([n, n, n, n, n]);
    expect(screen.getByText(new RegExp(`After ${n} steps`))).toBeTruthy();
    const reference = new NetworkRace(race().network, race().racers.map((r) => r.spec));
    reference.rounds(n);
    expect(rows().map((r) => r[3])).toEqual(reference.racers.map((r) => formatNumber(r.run.loss)));
  });

  it('on the network, a racer that diverges mid-round stops the race, and the others complete the round', () => {
    const race = slowLockstepSteps<NetworkRace>(20); // one racer per frame: the loop stops right after RMSprop falls
    render(<OptimizerRace initial={{ mode: 'network', lrPlain: 0.3, lrAdaptive: 1, speed: 50 }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(20);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/RMSprop diverged at step 1\b/);
    expect(race().racers.map((r) => r.run.stepCount)).toEqual([1, 1, 1, 1, 1]);
    expect(rows().map((r) => r[3])).toEqual(['', '', 'diverged at step 1', '', ''].map((d, i) => d || formatNumber(race().racers[i].run.loss)));
  });

  it('a link that names only the network gets the network\'s rates', () => {
    window.history.replaceState(null, '', '/?optrace.mode=network');
    render(<OptimizerRace />);
    expect(screen.getByRole('slider', { name: 'η for SGD and momentum' }).getAttribute('aria-valuetext')).toBe('0.3');
    expect(screen.getByRole('slider', { name: 'η for RMSprop, Adam, AdamW' }).getAttribute('aria-valuetext')).toBe('0.01');
  });

  it('reads its settings from the link and reports malformed ones', () => {
    window.history.replaceState(null, '', '/?optrace.surface=beale&optrace.lrPlain=banana&optrace.x0=9&optrace.y0=9');
    render(<OptimizerRace />);
    expect((screen.getByRole('combobox', { name: 'Surface' }) as HTMLSelectElement).value).toBe('beale');
    expect(screen.getByText(/η for SGD and momentum: "banana" is not a number/)).toBeTruthy();
    expect(screen.getByText(/lies outside the picture/)).toBeTruthy();
  });
});
