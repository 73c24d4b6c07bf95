// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OwnActivation } from '.';
import { readerActivation, setReaderActivation } from '../../lab';
import { pathOf, yBand } from './CurvePlot';

afterEach(() => {
  cleanup();
  act(() => setReaderActivation(null));
  window.history.replaceState(null, '', '/');
});

const readOut = (c: HTMLElement) => c.querySelector('.kit-readout')!.textContent!;

describe('<OwnActivation />', () => {
  it('starts from x·σ(βx) with β = 1, plots f and the derived f′, and shares it with the labs', async () => {
    const { container } = render(<OwnActivation />);
    const box = await screen.findByRole('textbox', { name: 'Formula for f(x)' });
    expect((box as HTMLInputElement).value).toBe('x * sigmoid(beta * x)');
    expect(screen.getByRole('slider', { name: 'Parameter β' })).toBeTruthy();
    expect(readOut(container)).toContain('at 0, f = 0 and f′ = 0.5');
    expect(container.querySelectorAll('.own-act__plot path')).toHaveLength(2);
    expect(readerActivation()?.formula).toBe('x * sigmoid(beta * x)');
  });

  it('points at a mistake, keeps the labs on the last working formula, and recovers', async () => {
    const { container } = render(<OwnActivation />);
    const box = await screen.findByRole('textbox', { name: 'Formula for f(x)' });
    fireEvent.change(box, { target: { value: 'x * (1 + ' } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('x * (1 + \n         ^ expected a number, x, a function or "(" but found the end of the formula');
    expect(alert.textContent).toContain('The labs keep training with your last working formula, f(x) = x * sigmoid(beta * x).');
    expect(readerActivation()?.formula).toBe('x * sigmoid(beta * x)');
    fireEvent.change(box, { target: { value: 'tanh(2 * x)' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(readOut(container)).toContain('f′ = 2');
    expect(readerActivation()?.formula).toBe('tanh(2 * x)');
    expect(screen.queryByRole('slider', { name: /Parameter/ })).toBeNull();
  });

  it('flags a formula that is NaN somewhere on the plotted range before any lab trains with it', async () => {
    render(<OwnActivation />);
    const box = await screen.findByRole('textbox', { name: 'Formula for f(x)' });
    fireEvent.change(box, { target: { value: 'log(x)' } });
    expect(screen.getByRole('alert').textContent).toMatch(/f\(-5\) = NaN: the formula is not finite everywhere/);
    expect(readerActivation()?.formula).toBe('x * sigmoid(beta * x)');
  });

  it('reads a shared formula from the link, and a malformed one falls back with a notice', async () => {
    window.history.replaceState(null, '', '/?own.formula=k%20*%20relu(x)&own.p1=2');
    const first = render(<OwnActivation />);
    await screen.findByRole('textbox', { name: 'Formula for f(x)' });
    expect(readOut(first.container)).toContain('f(x) = k * relu(x) with k = 2.');
    first.unmount();
    window.history.replaceState(null, '', '/?own.formula=alert(1)');
    render(<OwnActivation />);
    await screen.findByRole('textbox', { name: 'Formula for f(x)' });
    expect(screen.getByText(/Formula for f\(x\): "alert\(1\)": unknown function "alert"/)).toBeTruthy();
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe('x * sigmoid(beta * x)');
  });
});

describe('the curve plot', () => {
  it('breaks the line where values are not finite', () => {
    const xs = Float64Array.from([0, 1, 2, 3]);
    expect(pathOf(xs, Float64Array.from([0, NaN, 2, 3]), (x) => x, (y) => y)).toBe('M0.0,0.0M2.0,2.0L3.0,3.0');
  });

  it('includes 0 and clips to ±6', () => {
    const c = { xs: new Float64Array(2), f: Float64Array.from([2, 50]), df: Float64Array.from([0.5, 1]) };
    expect(yBand(c)).toEqual([0, 6]);
  });
});
