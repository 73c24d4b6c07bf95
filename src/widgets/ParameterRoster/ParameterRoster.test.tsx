// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ParameterRosterView as ParameterRoster } from './ParameterRoster';
import { RosterRun, TRUE_VALUES } from './roster';
import { frames, fakeAnimationFrames } from '../../../tests/support/fakeFrames';

beforeEach(fakeAnimationFrames);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

const cell = (param: string, column: number) => {
  const row = document.querySelector(`tr[data-param="${param}"]`)!;
  return row.querySelectorAll('td')[column].textContent;
};

describe('roster model', () => {
  it('learns a = 0.5, b = −1, c = 2 with nothing frozen', () => {
    const run = new RosterRun(0.1);
    for (let k = 0; k < 2000; k++) run.step();
    const [a, b, c] = run.rows();
    expect(a.value).toBeCloseTo(TRUE_VALUES.a, 6);
    expect(b.value).toBeCloseTo(TRUE_VALUES.b, 6);
    expect(c.value).toBeCloseTo(TRUE_VALUES.c, 6);
    expect(run.loss).toBeLessThan(1e-10);
  });

  it('a frozen parameter keeps its value, gets no gradient, and the others compensate', () => {
    const run = new RosterRun(0.1, ['c']);
    for (let k = 0; k < 2000; k++) run.step();
    const [a, b, c] = run.rows();
    expect(c.value).toBe(0);
    expect(c.grad).toBeNull();
    expect(run.params.c.grad).toBeNull();
    expect(b.value).toBeCloseTo(-1, 6); // x is odd, x² and 1 are even: b is unaffected
    expect(a.value).toBeGreaterThan(0.5); // a leans up to make up for the missing bias
    expect(run.loss).toBeGreaterThan(0.1);
  });
});

describe('ParameterRoster widget', () => {
  it('waits at step 0, then moves all three parameters on Step', () => {
    render(<ParameterRoster />);
    frames(30);
    expect(screen.getByText(/after step 0/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(screen.getByText(/after step 1/)).toBeTruthy();
    for (const p of ['a', 'b', 'c']) expect(cell(p, 2)).not.toBe('0.0000');
  });

  it('freezing b keeps it still while a and c move; its gradient reads "not computed"', () => {
    render(<ParameterRoster />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Freeze b (weight of x)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(120);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(cell('b', 0)).toBe('0.0000');
    expect(cell('b', 1)).toBe('not computed');
    expect(cell('b', 2)).toBe('0.0000');
    expect(cell('a', 0)).not.toBe('0.0000');
    expect(cell('c', 0)).not.toBe('0.0000');
    expect(within(document.querySelector('tr[data-param="b"]') as HTMLElement).getByText(/frozen/)).toBeTruthy();
  });

  it('with everything frozen there is nothing to learn, and it says so', () => {
    render(<ParameterRoster initial={{ freezeA: true, freezeB: true, freezeC: true }} />);
    expect(screen.getByText(/Every parameter is frozen/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Play' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('a rate that is too large stops with an explanation instead of showing garbage', () => {
    render(<ParameterRoster initial={{ lr: 0.3 }} />);
    for (let k = 0; k < 400 && !screen.queryByRole('alert'); k++) fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(screen.getByRole('alert').textContent).toMatch(/η = 0.3 is too large/);
  });
});
