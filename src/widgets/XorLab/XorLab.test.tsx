// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { XorLabView as XorLab } from './XorLab';
import { frames, setUpPlayingWidgetTests, stat, readOut } from '../../../tests/support/fakeFrames';

setUpPlayingWidgetTests();


describe('XorLab', () => {
  it('switching the loss to squared error starts a new run whose flat network costs ¼, not ln 2', () => {
    render(<XorLab initial={{ activation: 'none' }} />);
    expect(Number(stat('Loss'))).toBeGreaterThan(0.6); // cross-entropy of an untrained network, near ln 2
    fireEvent.change(screen.getByRole('combobox', { name: 'Loss' }), { target: { value: 'mse' } });
    expect(screen.getByText(/the seed or the loss changed, so training starts again from step 0/)).toBeTruthy();
    expect(Number(stat('Loss'))).toBeLessThan(0.3); // squared error of probabilities near ½
    expect(window.location.search).toContain('xor.loss=mse');
  });

  it('shows the untrained network and does not start by itself', () => {
    render(<XorLab />);
    for (const name of ['Activation', 'Optimizer', 'Data set']) expect(screen.getByRole('combobox', { name })).toBeTruthy();
    for (const name of ['Hidden units', 'Learning rate', 'Seed', 'Steps per frame']) expect(screen.getByRole('slider', { name })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Second hidden layer' })).toBeTruthy();
    expect(readOut()).toContain('Untrained network (step 0)');
    frames(30);
    expect(stat('Step')).toBe('0');
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(5); // header + the four truth-table rows
  });

  it('trains XOR to 100 % with ReLU after Play, and Reset returns to step 0', () => {
    render(<XorLab />);
    fireEvent.change(screen.getByRole('slider', { name: 'Steps per frame' }), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(40);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(Number(stat('Step'))).toBeGreaterThan(100);
    expect(stat('Accuracy')).toBe('100 %');
    expect(readOut()).toMatch(/Accuracy 100 % \(4 of 4 points\)/);
    const step = stat('Step');
    frames(10); // paused: nothing moves
    expect(stat('Step')).toBe(step);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(stat('Step')).toBe('0');
  });

  it('never reaches 100 % on XOR with no activation', () => {
    window.history.replaceState(null, '', '/?xor.activation=none&xor.speed=20');
    render(<XorLab />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(60);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(Number(stat('Step'))).toBeGreaterThan(500);
    expect(stat('Accuracy')).not.toBe('100 %');
  });

  it('keeps the weights when the activation changes mid-run and says so', () => {
    render(<XorLab />);
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Activation' }), { target: { value: 'tanh' } });
    expect(stat('Step')).toBe('2');
    expect(screen.getByText(/Activation is now tanh: the weights learnt so far are kept/)).toBeTruthy();
    // The note names the step of the change, and keeps naming it while the counter moves on.
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(stat('Step')).toBe('4');
    expect(screen.getByText(/Activation is now tanh/).textContent).toContain('the change came at step 2)');
    fireEvent.change(screen.getByRole('slider', { name: 'Hidden units' }), { target: { value: '6' } });
    expect(stat('Step')).toBe('0');
    expect(screen.getByText(/New network/)).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('xor.hidden')).toBe('6');
  });

  it('falls back to defaults with a visible notice for a malformed link', () => {
    window.history.replaceState(null, '', '/?xor.lr=banana&xor.hidden=99&xor.activation=relu');
    render(<XorLab />);
    const notice = screen.getByText(/could not be used/).closest('.kit-notice') as HTMLElement;
    expect(within(notice).getByText(/Learning rate: "banana" is not a number; using 0.03/)).toBeTruthy();
    expect(within(notice).getByText(/Hidden units: 99 is outside 1…16/)).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'Hidden units' }).getAttribute('aria-valuetext')).toBe('4');
  });

  it('pauses on divergence, names the step, and offers a lower learning rate', () => {
    window.history.replaceState(null, '', '/?xor.activation=sigmoid&xor.lr=10');
    render(<XorLab />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(5);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/Training diverged at step \d+/);
    expect(alert.textContent).toContain('With a learning rate of 10 each step overshoots');
    expect(screen.getByRole('button', { name: 'Play' })).toHaveProperty('disabled', true);
    expect(screen.getByText(/make sigmoid training stall or diverge/).parentElement!.textContent).toContain('✓ solved');
    fireEvent.click(screen.getByRole('button', { name: 'Lower the learning rate and reset' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(stat('Step')).toBe('0');
    expect(screen.getByRole('slider', { name: 'Learning rate' }).getAttribute('aria-valuetext')).toBe('1');
  });

  it('marks the two-unit exercise solved when H = 2 reaches 100 %', () => {
    window.history.replaceState(null, '', '/?xor.hidden=2&xor.activation=gelu&xor.speed=10');
    render(<XorLab />);
    const status = () => screen.getByText(/solve XOR with only 2 hidden units/).parentElement!.textContent;
    expect(status()).toContain('not solved yet');
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(40);
    expect(stat('Accuracy')).toBe('100 %');
    expect(status()).toContain('✓ solved');
  });

  it('draws one line per hidden unit, greys out dead ones with a count, and explains a stall', () => {
    window.history.replaceState(null, '', '/?xor.seed=4&xor.speed=50');
    const { container } = render(<XorLab />);
    expect(container.querySelectorAll('.xor-lab__unit')).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(40);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(Number(stat('Step'))).toBeGreaterThan(400);
    expect(stat('Dead units')).toBe('3 of 4');
    expect(container.querySelectorAll('.xor-lab__unit--dead')).toHaveLength(3);
    expect(readOut()).toContain('Dead hidden units: 3 of 4.');
    expect(screen.getByText(/Stalled\./).parentElement!.textContent).toContain('3 of 4 hidden units are dead');
    // The rescue: GELU keeps the weights, its slope is not 0 for negative inputs, and the run solves XOR.
    fireEvent.change(screen.getByRole('combobox', { name: 'Activation' }), { target: { value: 'gelu' } });
    expect(screen.queryByText(/Stalled\./)).toBeNull();
    expect(screen.queryByText('Dead units', { selector: '.kit-stat__label' })).toBeNull();
    for (let k = 0; k < 10 && stat('Accuracy') !== '100 %'; k++) fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(stat('Accuracy')).toBe('100 %');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show each hidden unit’s line' }));
    expect(container.querySelectorAll('.xor-lab__unit')).toHaveLength(0);
  });
});
