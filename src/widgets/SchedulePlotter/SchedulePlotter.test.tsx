// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SchedulePlotterView as Plotter } from './SchedulePlotter';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});
const readout = () => document.querySelector('.plotter__readout')?.textContent ?? '';

describe('SchedulePlotter', () => {
  it('cosine from 0.1 over 1000 steps: half the peak at step 500, 0 at the end', () => {
    render(<Plotter />);
    expect(readout()).toMatch(/η at step 500 is 0\.05 \(0\.5 × the peak rate\)/);
    expect(readout()).toMatch(/first falls to half of that at step 500/);
    expect(document.querySelector('.plotter__formula .katex')).not.toBeNull();
  });

  it('shows only the chosen schedule\'s knobs, and follows them', () => {
    render(<Plotter />);
    expect(screen.queryByRole('slider', { name: 'Step decay factor γ' })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Schedule' }), { target: { value: 'step' } });
    expect(screen.getByRole('slider', { name: 'Step decay factor γ' })).toBeTruthy();
    expect(readout()).toMatch(/η at step 500 is 0\.01 \(0\.1 × the peak rate\)/); // 0.1 · 0.1^⌊500/300⌋
  });

  it('warns when the warm-up outlasts the run, and rejects bad links', () => {
    window.history.replaceState(null, '', '/?plot.schedule=warmupCosine&plot.warmup=900&plot.total=500&plot.lr=-1');
    render(<Plotter />);
    expect(screen.getByText(/The warm-up \(900 steps\) must end before the run does/)).toBeTruthy();
    expect(screen.getByText(/Peak rate η: -1 is outside/)).toBeTruthy();
  });
});
