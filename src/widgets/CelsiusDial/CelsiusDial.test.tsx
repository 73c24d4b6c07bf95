// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { linear, tensor } from '../../engine';
import { batchFor, celsiusToFahrenheit } from './celsius';
import { formatCell } from '../kit';
import { CelsiusDial } from './index';

afterEach(cleanup);

describe('celsiusToFahrenheit', () => {
  it('computes every step with the engine, with the shapes the chapter names', () => {
    const s = celsiusToFahrenheit([0, 100]);
    expect(s.x.shape).toEqual([2, 1]);
    expect(s.w.shape).toEqual([1, 1]);
    expect(s.wT.shape).toEqual([1, 1]);
    expect(s.xw.shape).toEqual([2, 1]);
    expect(s.b.shape).toEqual([1]);
    expect(s.f.shape).toEqual([2, 1]);
    expect(Array.from(s.xw.data)).toEqual([0, 180]);
    expect(Array.from(s.f.data)).toEqual([32, 212]);
  });
  it('agrees with the engine’s fused linear op', () => {
    const cs = [-40, 0, 37, 100];
    const s = celsiusToFahrenheit(cs);
    const fused = linear(tensor(cs.map((c) => [c])), tensor([[1.8]]), tensor([32]));
    expect(Array.from(s.f.data)).toEqual(Array.from(fused.data));
  });
  it('makes a batch of three ten degrees apart', () => {
    expect(batchFor(5, 'one')).toEqual([5]);
    expect(batchFor(5, 'three')).toEqual([5, 15, 25]);
  });
  it('formats cells compactly', () => {
    expect(formatCell(77)).toBe('77');
    expect(formatCell(78.80000000000001)).toBe('78.8');
    expect(formatCell(1e-7)).toBe('1.00e-7');
  });
});

describe('<CelsiusDial>', () => {
  it('follows the slider and solves the exercise at −40', () => {
    render(<CelsiusDial exercise />);
    expect(screen.getByText('25 °C → 77 °F')).toBeTruthy();
    const slider = screen.getByRole('slider', { name: 'Temperature C' });
    fireEvent.change(slider, { target: { value: '100' } });
    expect(screen.getByText('100 °C → 212 °F')).toBeTruthy();
    expect(screen.getByText('not solved yet')).toBeTruthy();
    fireEvent.change(slider, { target: { value: '-40' } });
    expect(screen.getByText('✓ solved')).toBeTruthy();
  });
  it('shows the batch shapes when three inputs are chosen', () => {
    render(<CelsiusDial />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Inputs' }), { target: { value: 'three' } });
    expect(screen.getAllByText('shape [3,1]')).toHaveLength(3);
    expect(screen.getByText('shape [1]')).toBeTruthy();
  });
});
