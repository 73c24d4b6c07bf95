// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RavineRaceView as RavineRace } from './RavineRace';
import { RavineRace as Model, raceToEnd, stabilityLimit } from './race';
import { frames, fakeAnimationFrames } from '../../../tests/support/fakeFrames';

beforeEach(fakeAnimationFrames);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

function rows(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const row of screen.getAllByRole('row').slice(1)) {
    const cells = Array.from(row.querySelectorAll('td')).map((c) => c.textContent ?? '');
    out[cells[0]] = cells.slice(1);
  }
  return out;
}

describe('ravine race model', () => {
  it('all three racers start from the same point and the defaults finish in the order Nesterov, momentum, SGD', () => {
    const race = raceToEnd({ lr: 0.5, mu: 0.9, kappa: 50, x0: -9, y0: 4 });
    for (const run of race.runs) expect([run.xs[0], run.ys[0]]).toEqual([-9, 4]);
    const [sgd, momentum, nesterov] = race.finishedAt as number[];
    expect(nesterov).toBeLessThan(momentum);
    expect(momentum).toBeLessThan(sgd);
    expect(race.winner()).toBe('nesterov');
  });

  it('the stability limits match what the engine does just below and just above them', () => {
    for (const mu of [0.5, 0.9]) {
      for (const racer of ['sgd', 'momentum', 'nesterov'] as const) {
        const limit = stabilityLimit(racer, 1, mu);
        const index = ['sgd', 'momentum', 'nesterov'].indexOf(racer);
        const below = new Model({ lr: limit * 0.98, mu, kappa: 2, x0: 0, y0: 4 });
        const above = new Model({ lr: limit * 1.02, mu, kappa: 2, x0: 0, y0: 4 });
        for (let k = 0; k < 2000; k++) { below.round(); above.round(); }
        expect(below.runs[index].divergedAt).toBeNull();
        expect(above.runs[index].divergedAt).not.toBeNull();
      }
    }
  });
});

describe('RavineRace widget', () => {
  it('waits for Play, then races step by step and names the winner', () => {
    render(<RavineRace />);
    frames(10);
    expect(screen.getByText(/After 0 steps/)).toBeTruthy();
    expect(screen.getByText(/Fair start: all three leave from the same point \(-9, 4\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(screen.getByText(/After 1 steps/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(30);
    expect(screen.getByText(/After 31 steps/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Run to the end' }));
    expect(rows()['Nesterov'][1]).toMatch(/reached it at step \d+/);
    expect(screen.getByText(/Nesterov reached the minimum first, at step/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByText(/After 0 steps/)).toBeTruthy();
  });

  it('moves the shared start with the arrow keys on the picture', () => {
    render(<RavineRace />);
    const plane = screen.getByRole('application', { name: /Contours of the ravine/ });
    fireEvent.keyDown(plane, { key: 'ArrowRight', shiftKey: true });
    expect(screen.getByText(/same point \(-4, 4\)/)).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'Start x' }).getAttribute('aria-valuetext')).toBe('-4');
    expect(screen.getByText(/^SGD: step 0 at \(-4, 4\)/)).toBeTruthy();
    expect(screen.getByText(/^Momentum \(heavy ball\): step 0 at \(-4, 4\)/)).toBeTruthy();
    expect(screen.getByText(/^Nesterov: step 0 at \(-4, 4\)/)).toBeTruthy();
  });

  it('pauses when a racer diverges and explains the stability limit', () => {
    render(<RavineRace initial={{ lr: 2.5, mu: 0.5 }} shareInUrl={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(200);
    expect(screen.getByRole('alert').textContent).toMatch(/Nesterov diverged at step \d+.*limit η < 1.5 for this bowl/);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy(); // paused
    fireEvent.click(screen.getByRole('button', { name: 'Play' })); // let the others go on
    frames(200);
    expect(screen.getByRole('alert').textContent).toMatch(/SGD diverged at step \d+.*limit η < 2 for this bowl/);
    expect(rows()['SGD'][1]).toMatch(/diverged at step/);
  });

  it('reads its settings from the link and reports malformed values, keeping defaults', () => {
    window.history.replaceState(null, '', '/?ravine.kappa=100&ravine.lr=abc&ravine.x0=99');
    render(<RavineRace />);
    expect(screen.getByRole('slider', { name: 'Condition number κ' }).getAttribute('aria-valuetext')).toBe('100');
    expect(screen.getByText(/"abc" is not a number/)).toBeTruthy();
    expect(screen.getByText(/99 is outside -10…10/)).toBeTruthy();
    expect(screen.getByText(/same point \(-9, 4\) with the same η = 0.5/)).toBeTruthy();
  });
});
