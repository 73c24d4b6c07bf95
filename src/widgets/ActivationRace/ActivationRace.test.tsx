// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Race } from '../../lab';
import { defaults, formatNumber } from '../kit';
import { ActivationRaceView as ActivationRace } from './ActivationRace';
import { RACE_SPECS, raceSettingsOf } from './params';
import { frames, fakeAnimationFrames, slowLockstepSteps } from '../../../tests/support/fakeFrames';

beforeEach(fakeAnimationFrames);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

function table(): Record<string, { loss: string; accuracy: string }> {
  const out: Record<string, { loss: string; accuracy: string }> = {};
  for (const row of screen.getAllByRole('row').slice(1)) {
    const [name, loss, accuracy] = Array.from(row.querySelectorAll('td')).map((c) => c.textContent ?? '');
    out[name] = { loss, accuracy };
  }
  return out;
}

describe('ActivationRace', () => {
  it('predict first: the race judges the locked-in prediction after 500 rounds, and Reset opens it again', () => {
    const { container } = render(<ActivationRace initial={{ speed: 50 }} />);
    const exercise = () => container.querySelector('.kit-exercise')!;
    expect(exercise().getAttribute('data-exercise-state')).toBe('unanswered');
    fireEvent.click(screen.getByRole('checkbox', { name: 'none (identity)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lock in my prediction' }));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(15);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    vi.advanceTimersByTime(500); // the table's (throttled) update
    expect(exercise().getAttribute('data-exercise-state')).toBe('wrong'); // sigmoid is stuck too
    expect(exercise().textContent).toContain('still wrong after 500 rounds, sigmoid, none (identity); you picked none (identity)');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(exercise().getAttribute('data-exercise-state')).toBe('unanswered');
    fireEvent.click(screen.getByRole('checkbox', { name: 'sigmoid' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lock in my prediction' }));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(15);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    vi.advanceTimersByTime(500);
    expect(exercise().getAttribute('data-exercise-state')).toBe('correct');
  });

  it('on request adds a sixth network that uses the reader\'s formula, in a new race from step 0', () => {
    window.history.replaceState(null, '', '/?own.formula=tanh(2*x)');
    render(<ActivationRace />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Add a sixth network with your formula (§12.8)' }));
    expect(Object.keys(table())).toEqual(['ReLU', 'sigmoid', 'tanh', 'GELU', 'none (identity)', 'yours (your formula, §12.8)']);
    expect(screen.getAllByRole('img', { name: /Decision boundary with/ })).toHaveLength(6);
    expect(screen.getByText(/^Six copies of one network/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(screen.getByText(/After 1 steps/)).toBeTruthy();
    expect(table()['yours (your formula, §12.8)'].loss).not.toBe(table()['tanh'].loss);
  });

  it('shows five networks, one picture each, and waits for Play', () => {
    render(<ActivationRace />);
    expect(Object.keys(table())).toEqual(['ReLU', 'sigmoid', 'tanh', 'GELU', 'none (identity)']);
    expect(screen.getAllByRole('img', { name: /Decision boundary with/ })).toHaveLength(5);
    frames(20);
    expect(screen.getByText(/After 0 steps/)).toBeTruthy();
  });

  it('trains all five in lockstep: ReLU solves XOR, no activation does not', () => {
    render(<ActivationRace />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(150);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByText(/After 300 steps/)).toBeTruthy();
    const t = table();
    expect(t.ReLU.accuracy).toBe('100 %');
    expect(t['none (identity)'].accuracy).not.toBe('100 %');
    expect(Number(t.ReLU.loss)).toBeLessThan(Number(t['none (identity)'].loss));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByText(/After 0 steps/)).toBeTruthy();
  });

  it('on a slow device trains network by network, and Pause completes the round: the table shows whole rounds', () => {
    // Each network's step "takes" 4 ms of the faked clock, so a frame's training budget ends mid-round.
    const race = slowLockstepSteps<Race>(4);
    render(<ActivationRace initial={{ speed: 50 }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    let played = 0;
    do { frames(1); played++; } while (!race().midRound && played < 50);
    expect(race().midRound).toBe(true);
    expect(new Set(race().runs.map((r) => r.stepCount)).size).toBe(2); // some networks one step ahead
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(race().midRound).toBe(false);
    const n = race().runs[0].stepCount;
    for (const run of race().runs) expect(run.stepCount).toBe(n);
    expect(screen.getByText(new RegExp(`After ${n} steps`))).toBeTruthy();
    const reference = new Race(raceSettingsOf(defaults(RACE_SPECS)));
    reference.rounds(n);
    const t = table();
    Object.values(t).forEach((row, i) => expect(row.loss).toBe(formatNumber(reference.runs[i].loss)));
  });

  it('reads its settings from the link and reports malformed ones', () => {
    window.history.replaceState(null, '', '/?race.data=moons&race.seed=7&race.optimizer=rmsprop');
    render(<ActivationRace />);
    expect((screen.getByRole('combobox', { name: 'Data set' }) as HTMLSelectElement).value).toBe('moons');
    expect(screen.getByRole('slider', { name: 'Seed' }).getAttribute('aria-valuetext')).toBe('7');
    expect(screen.getByText(/Optimizer: "rmsprop" is not one of sgd, momentum, adam; using Adam/)).toBeTruthy();
  });
});
