// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Trainer } from './index';
import { frames, fakeAnimationFrames } from '../../../tests/support/fakeFrames';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

const stat = (label: string) => screen.getByText(label).nextElementSibling!.textContent;

describe('Trainer', () => {
  it('Step runs one gradient-descent step and moves w and b', () => {
    render(<Trainer />);
    expect(stat('step')).toBe('0');
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(stat('step')).toBe('1');
    expect(Number(stat('w (°F per °C)'))).toBeGreaterThan(0);
  });

  it('plays with animation frames and pauses with an explanation when it diverges', () => {
    fakeAnimationFrames();
    window.history.replaceState(null, '', '/?fit.lr=0.01&fit.stepsPerFrame=200');
    render(<Trainer />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    for (let i = 0; i < 30 && !screen.queryByRole('alert'); i++) frames(1);
    expect(screen.getByRole('alert').textContent).toMatch(/Training diverged at step \d+/);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lower the learning rate and reset' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(new URLSearchParams(window.location.search).get('fit.lr')).toBe('0.001');
  });

  it('falls back to defaults with a notice for a malformed link', () => {
    window.history.replaceState(null, '', '/?fit.lr=fast&fit.data=weather');
    render(<Trainer />);
    expect(screen.getByText(/Learning rate: "fast" is not a number; using 0.0015/)).toBeTruthy();
    expect(screen.getByText(/Data: "weather" is not one of noisy, six/)).toBeTruthy();
  });
});
