// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OverfitLabView as OverfitLab } from './OverfitLab';
import { frames, setUpPlayingWidgetTests, stat, readOut } from '../../../tests/support/fakeFrames';

setUpPlayingWidgetTests();


describe('OverfitLab', () => {
  it('shows the untrained network with its controls and does not start by itself', () => {
    render(<OverfitLab />);
    for (const name of ['Dropout p', 'Weight penalty λ', 'Learning rate', 'Seed', 'Steps per frame']) expect(screen.getByRole('slider', { name })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Penalty applied as' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Early stopping' })).toBeTruthy();
    expect(readOut()).toContain('Untrained network (step 0)');
    frames(20);
    expect(stat('Step')).toBe('0');
    for (const e of document.querySelectorAll('.kit-exercise')) expect(e.getAttribute('data-exercise-state')).toBe('unanswered');
  });

  it('Play trains: the training loss falls below the validation loss; the overfit exercise gets solved', () => {
    window.history.replaceState(null, '', '/?overfit.speed=30');
    render(<OverfitLab />);
    const start = Number(stat('Training loss'));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(10);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(Number(stat('Step'))).toBeGreaterThanOrEqual(300);
    expect(Number(stat('Training loss'))).toBeLessThan(start);
    expect(Number(stat('Validation loss'))).toBeGreaterThan(Number(stat('Training loss')));
    expect(screen.getByText(/overfit on purpose/).parentElement!.textContent).toContain('✓ solved');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(stat('Step')).toBe('0');
  }, 120_000); // 300 training steps: slow on a busy machine

  it('early stopping ends the run, names the best step, and restores its validation loss', () => {
    window.history.replaceState(null, '', '/?overfit.speed=50&overfit.earlyStop=true');
    render(<OverfitLab />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(4);
    const notice = screen.getByText(/Early stopping at step/).closest('.kit-notice') as HTMLElement;
    const best = /back at the weights of\s+step (\d+)/.exec(notice.textContent!)![1];
    expect(stat('Best validation')).toContain(`(step ${best})`);
    expect(stat('Validation loss')).toBe(stat('Best validation').split(' ')[0]);
    expect(screen.getByRole('button', { name: 'Play' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Early stopping' }));
    expect(screen.queryByText(/Early stopping at step/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Play' })).toHaveProperty('disabled', false);
  }, 120_000);

  it('keeps the weights when dropout changes mid-run and says so; a new seed starts again', () => {
    render(<OverfitLab />);
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    fireEvent.change(screen.getByRole('slider', { name: 'Dropout p' }), { target: { value: '0.5' } });
    expect(stat('Step')).toBe('2');
    expect(screen.getByText(/Dropout p = 0.5 from step 2 on/)).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('overfit.dropout')).toBe('0.5');
    fireEvent.change(screen.getByRole('slider', { name: 'Seed' }), { target: { value: '6' } });
    expect(stat('Step')).toBe('0');
    expect(screen.getByText(/New seed/)).toBeTruthy();
  });

  it('falls back to defaults with a visible notice for a malformed link', () => {
    window.history.replaceState(null, '', '/?overfit.dropout=2&overfit.decay=lots&overfit.decayMode=l1');
    render(<OverfitLab />);
    const notice = screen.getByText(/could not be used/).closest('.kit-notice') as HTMLElement;
    expect(within(notice).getAllByRole('listitem')).toHaveLength(3);
    expect(notice.textContent).toMatch(/Dropout p/);
    expect(notice.textContent).toMatch(/Weight penalty λ/);
    expect(screen.getByRole('slider', { name: 'Dropout p' }).getAttribute('aria-valuetext')).toBe('0');
  });

  it('pauses on divergence with an explanation and offers a lower learning rate', () => {
    window.history.replaceState(null, '', '/?overfit.lr=1&overfit.speed=20');
    render(<OverfitLab />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(30);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/Training diverged at step \d+/);
    fireEvent.click(screen.getByRole('button', { name: 'Lower the learning rate and reset' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(stat('Step')).toBe('0');
    expect(screen.getByRole('slider', { name: 'Learning rate' }).getAttribute('aria-valuetext')).toBe('0.1');
  });
});
