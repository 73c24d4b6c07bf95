// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NormDuelView as NormDuel } from './NormDuel';
import { frames, setUpPlayingWidgetTests, stat } from '../../../tests/support/fakeFrames';

setUpPlayingWidgetTests();

describe('NormDuel', () => {
  it('shows both untrained networks, a gradient row per layer, and does not start by itself', () => {
    render(<NormDuel />);
    expect(screen.getByRole('combobox', { name: 'Normalization' })).toBeTruthy();
    for (const name of ['Hidden layers', 'Initial weight gain', 'Learning rate', 'Seed', 'Steps per frame']) expect(screen.getByRole('slider', { name })).toBeTruthy();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(1 + 9); // header + 8 hidden + output
    frames(10);
    expect(stat('Step')).toBe('0');
    expect(document.querySelector('.kit-readout')!.textContent).toContain('Untrained networks (step 0)');
  });

  it('Play trains both in lockstep; the normalized loss falls below the plain one; Reset goes back', () => {
    window.history.replaceState(null, '', '/?norm.speed=20');
    render(<NormDuel />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(8);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(Number(stat('Step'))).toBeGreaterThanOrEqual(100);
    expect(Number(stat('Loss with LayerNorm'))).toBeLessThan(Number(stat('Plain loss')));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(stat('Step')).toBe('0');
  }, 120_000);

  it('switches to BatchNorm1d (a new pair of networks) and keeps it in the URL; a malformed link gives a notice', () => {
    window.history.replaceState(null, '', '/?norm.depth=40&norm.gain=x');
    render(<NormDuel />);
    expect(screen.getByText(/could not be used/)).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'Hidden layers' }).getAttribute('aria-valuetext')).toBe('8');
    fireEvent.change(screen.getByRole('combobox', { name: 'Normalization' }), { target: { value: 'batch' } });
    expect(stat('Loss with BatchNorm1d')).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('norm.norm')).toBe('batch');
  });
});
