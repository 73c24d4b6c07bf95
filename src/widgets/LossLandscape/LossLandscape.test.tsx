// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DOMAIN, dataset, lossAt, lossGrid, shade, snap } from './landscape';
import { LossLandscape } from './index';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('loss computations', () => {
  it('lossAt gives the worked example and its MAE', () => {
    expect(lossAt(dataset('two'), 0.5, 10).loss).toBe(11794);
    expect(lossAt(dataset('two'), 0.5, 10, 'mae').loss).toBe(87);
    expect(lossAt(dataset('six'), 1.8, 32).loss).toBeLessThan(1e-20);
  });
  it('the grid holds the loss of each cell’s centre, for both losses and data sets', () => {
    const n = 9;
    for (const kind of ['mse', 'mae'] as const) {
      for (const name of ['two', 'six'] as const) {
        const grid = lossGrid(dataset(name), kind, DOMAIN, n);
        expect(grid.length).toBe(n * n);
        for (const [row, col] of [[0, 0], [4, 4], [8, 2], [3, 7]]) {
          const w = DOMAIN.wMin + ((col + 0.5) / n) * (DOMAIN.wMax - DOMAIN.wMin);
          const b = DOMAIN.bMax - ((row + 0.5) / n) * (DOMAIN.bMax - DOMAIN.bMin);
          expect(grid[row * n + col]).toBeCloseTo(lossAt(dataset(name), w, b, kind).loss, 6);
        }
      }
    }
  });
  it('shades on a banded log scale from 0 to 1', () => {
    expect(shade(0, 1e5)).toBe(0);
    expect(shade(1e5, 1e5)).toBe(1);
    expect(shade(100, 1e5)).toBeLessThan(shade(1000, 1e5));
    expect(shade(100, 1e5) * 12).toBe(Math.round(shade(100, 1e5) * 12));
  });
  it('snaps dragged values onto the slider grid inside the domain', () => {
    expect(snap(1.8049, 31.8)).toEqual({ w: 1.8, b: 32 });
    expect(snap(99, -999)).toEqual({ w: DOMAIN.wMax, b: DOMAIN.bMin });
  });
});

describe('<LossLandscape>', () => {
  it('shows the worked example, follows the sliders, and solves at the minimum', () => {
    render(<LossLandscape exercise />);
    expect(screen.getByText(/Their squares: 484, 23104; mean 11794\./)).toBeTruthy();
    fireEvent.change(screen.getByRole('slider', { name: 'Weight w' }), { target: { value: '1.8' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Bias b' }), { target: { value: '32' } });
    expect(screen.getByText(/Errors y − ŷ: 0, 0\./)).toBeTruthy();
    expect(screen.getByText('✓ solved')).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('ll.w')).toBe('1.8');
  });
  it('switches to the absolute loss', () => {
    render(<LossLandscape />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Loss' }), { target: { value: 'mae' } });
    expect(screen.getByText(/Their sizes: 22, 152; mean 87\./)).toBeTruthy();
    expect(screen.getByRole('img', { name: /^MAE for every w/ })).toBeTruthy();
  });
});

describe('gradient descent on the landscape (chapter 7)', () => {
  it('draws a path from the point and says where it ends; standardised η = 0.5 lands in one step', () => {
    const { container } = render(<LossLandscape descent shareInUrl={false} initial={{ data: 'six' }} />);
    const path = container.querySelector('.ll-map__path');
    expect(path?.getAttribute('points')?.split(' ').length).toBe(101);
    expect(container.querySelector('.ll__descent')?.textContent).toContain('100 steps at η = 0.00025');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Standardise the inputs' }));
    fireEvent.change(screen.getByRole('slider', { name: 'Learning rate η' }), { target: { value: String(Math.log10(0.5)) } });
    expect(container.querySelector('.ll__descent')?.textContent).toContain('on standardised inputs: it ends at w = 1.8, b = 32 with MSE 0');
  });
  it('says so when the descent diverges, and NaN does not break the picture', () => {
    const { container } = render(<LossLandscape descent shareInUrl={false} initial={{ data: 'six' }} />);
    fireEvent.change(screen.getByRole('slider', { name: 'Learning rate η' }), { target: { value: '-2' } });
    expect(container.querySelector('.ll__descent')?.textContent).toMatch(/diverges: the loss stops being a finite number after \d+ steps/);
    expect(container.querySelector('.ll-map__path')?.getAttribute('points')).not.toContain('NaN');
  });
  it('chapter 4 places it without descent: no path, no extra controls', () => {
    const { container } = render(<LossLandscape />);
    expect(container.querySelector('.ll-map__path')).toBeNull();
    expect(screen.queryByRole('slider', { name: 'Learning rate η' })).toBeNull();
  });
});
