// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ActivationExplorerView as ActivationExplorer } from './ActivationExplorer';
import { activationCurve, describeRegions, flatRegions, probeActivation } from './curves';
import { isGeluValley } from './ActivationExplorer';

afterEach(cleanup);

describe('curves from the engine', () => {
  it('the slope from backward matches a finite difference for every activation', () => {
    for (const name of ['none', 'relu', 'leakyRelu', 'sigmoid', 'tanh', 'gelu', 'elu', 'softplus', 'silu'] as const) {
      for (const x of [-2.3, -0.7, 0.4, 1.9]) {
        const h = 1e-6;
        const fd = (probeActivation(name, x + h).f - probeActivation(name, x - h).f) / (2 * h);
        expect(probeActivation(name, x).df, `${name} at ${x}`).toBeCloseTo(fd, 5);
      }
    }
  });

  it('tells dead, saturated tails, turning points and small slopes apart', () => {
    const relu = flatRegions(activationCurve('relu'));
    expect(relu).toEqual([{ from: -5, to: 0, kind: 'dead' }]);
    const sig = flatRegions(activationCurve('sigmoid'));
    expect(sig).toHaveLength(2);
    expect(sig.every((r) => r.kind === 'saturated')).toBe(true);
    expect(sig[0].to).toBeCloseTo(-2.9, 6);
    expect(flatRegions(activationCurve('none'))).toEqual([]);
    expect(describeRegions(relu)).toContain('dead (slope exactly 0) from x = −5 to 0');
    // Leaky ReLU's negative side: a small slope, not saturation (it is the remedy for dead units).
    expect(flatRegions(activationCurve('leakyRelu'))).toEqual([{ from: -5, to: 0, kind: 'small' }]);
    // GELU's and SiLU's minima are turning points; their far left sides are saturated tails.
    for (const [name, at] of [['gelu', -0.75], ['silu', -1.3]] as const) {
      const regions = flatRegions(activationCurve(name));
      const inner = regions.find((r) => r.from <= at && r.to >= at)!;
      expect(inner.kind, name).toBe('turning');
      expect(regions[0].from).toBe(-5);
      expect(regions[0].kind, name).toBe('saturated');
    }
  });

  it('the GELU exercise accepts only a negative, flat point of GELU', () => {
    const at = probeActivation('gelu', -0.75);
    expect(isGeluValley('gelu', at.f, at.df)).toBe(true);
    const far = probeActivation('gelu', -4);
    expect(far.f).toBeLessThan(0);
    expect(Math.abs(far.df)).toBeLessThan(0.02);
    expect(isGeluValley('gelu', far.f, far.df)).toBe(false); // flat and negative, but the asymptote, not the valley
    expect(isGeluValley('silu', -0.2, 0)).toBe(false);
  });
});

describe('<ActivationExplorer />', () => {
  it('switching activation and moving the probe updates the read-out, formula and chart', async () => {
    const { container } = render(<ActivationExplorer />);
    const select = (await screen.findByRole('combobox', { name: 'Activation' })) as HTMLSelectElement;
    const probe = screen.getByRole('slider', { name: 'Probe x' });
    const live = () => container.querySelector('[aria-live="polite"]')!.textContent!;
    expect(live()).toContain('ReLU at x = 1: f(x) = 1, slope f′(x) = 1.');
    const path = () => container.querySelector('.kit-curve__line')?.getAttribute('points') ?? '';
    const reluPath = path();
    expect(reluPath.length).toBeGreaterThan(50);
    fireEvent.change(select, { target: { value: 'sigmoid' } });
    fireEvent.change(probe, { target: { value: '0' } });
    expect(live()).toContain('sigmoid at x = 0: f(x) = 0.5, slope f′(x) = 0.25.');
    expect(container.querySelectorAll('.act-explorer__formula .katex-display')).toHaveLength(2);
    expect(container.querySelector('.act-explorer__formula')!.textContent).toContain('σ');
    expect(path()).not.toBe(reluPath);
    // The probe is a dashed line at its x (−5 … 5 across the plot), the flat tails are shaded bands.
    const mark = () => Number(container.querySelector('.kit-curve__xmark')!.getAttribute('x1'));
    expect(mark()).toBeCloseTo(500, 6);
    expect(container.querySelectorAll('.kit-curve__band').length).toBeGreaterThanOrEqual(2);
    fireEvent.change(probe, { target: { value: '-4' } });
    expect(live()).toContain('saturated');
    expect(mark()).toBeCloseTo(100, 6);
  });

  it('solves the GELU exercise at x = −0.75', async () => {
    render(<ActivationExplorer />);
    fireEvent.change(await screen.findByRole('combobox', { name: 'Activation' }), { target: { value: 'gelu' } });
    expect(screen.getByText('not solved yet')).toBeTruthy();
    fireEvent.change(screen.getByRole('slider', { name: 'Probe x' }), { target: { value: '-0.75' } });
    expect(screen.getByText('✓ solved')).toBeTruthy();
  });
});
