// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BiasCorrectionLensView as Lens } from './BiasCorrectionLens';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const summary = () => document.querySelector('.lens__summary')?.textContent ?? '';

describe('BiasCorrectionLens', () => {
  it('shows 20 steps; with the correction the first step is η, whatever the gradient size', () => {
    render(<Lens />);
    expect(screen.getAllByRole('row')).toHaveLength(21);
    expect(summary()).toMatch(/step 1 moves θ by 0\.001, which is 1 × η/);
    fireEvent.change(screen.getByRole('slider', { name: 'Gradient size g' }), { target: { value: '3' } }); // g = 1000
    expect(summary()).toMatch(/step 1 moves θ by 0\.001, which is 1 × η/);
  });

  it('without the correction the first step is 3.16 η and the largest of the twenty is step 12', () => {
    render(<Lens />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Bias correction' }));
    expect(summary()).toMatch(/which is 3\.16 × η; the largest of the first 20 steps is step 12, at 6\.57 × η/);
  });

  it('rejects a malformed link value with a notice', () => {
    window.history.replaceState(null, '', '/?lens.beta2=0.5&lens.scale=1e9');
    render(<Lens />);
    expect(screen.getByText(/β₂: "0.5" is not one of/)).toBeTruthy();
    expect(screen.getByText(/Gradient size g: 1e9 is outside/)).toBeTruthy();
  });
});
