// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GradientsThroughDepthView as GradientsThroughDepth } from './GradientsThroughDepth';
import { bestCaseProducts, layerGradientNorms, layerSignalNorms, survivingFraction } from './chain';

afterEach(cleanup);

describe('gradient chains', () => {
  it('sigmoid’s best case is exactly 0.25ⁿ, ReLU’s and tanh’s stay at 1', () => {
    const s = bestCaseProducts('sigmoid', 30);
    s.forEach((v, i) => expect(v).toBeCloseTo(0.25 ** (i + 1), 20));
    expect(bestCaseProducts('relu', 30).every((v) => v === 1)).toBe(true);
    bestCaseProducts('tanh', 30).forEach((v) => expect(v).toBeCloseTo(1, 9));
  });

  it('a real 10-layer sigmoid network passes back far less gradient than tanh or ReLU, reproducibly', () => {
    const sig = layerGradientNorms('sigmoid', 10, 'xavier', 1);
    expect(sig).toHaveLength(11);
    expect(survivingFraction(sig)).toBeLessThan(1e-4);
    expect(survivingFraction(layerGradientNorms('tanh', 10, 'xavier', 1))).toBeGreaterThan(1e-2);
    expect(survivingFraction(layerGradientNorms('relu', 10, 'he', 1))).toBeGreaterThan(1e-2);
    expect(layerGradientNorms('sigmoid', 10, 'xavier', 1)).toEqual(sig);
    expect(layerGradientNorms('sigmoid', 10, 'xavier', 2)).not.toEqual(sig);
  });

  it('the backward signal: ReLU vanishes under Xavier and survives under He; tanh under He grows', () => {
    const ratio = (a: 'relu' | 'tanh' | 'sigmoid', init: 'xavier' | 'he', depth = 10) => survivingFraction(layerSignalNorms(a, depth, init, 1));
    expect(ratio('relu', 'xavier')).toBeLessThan(0.2);
    expect(ratio('relu', 'he')).toBeGreaterThan(0.5);
    expect(ratio('relu', 'xavier', 30)).toBeLessThan(1e-4);
    expect(ratio('tanh', 'he', 30)).toBeGreaterThan(1);
    expect(ratio('sigmoid', 'he')).toBeLessThan(1e-4);
  });
});

describe('<GradientsThroughDepth />', () => {
  it('the depth slider changes both charts and the read-out', async () => {
    const { container } = render(<GradientsThroughDepth />);
    await screen.findByRole('slider', { name: 'Depth (layers)' });
    const live = () => container.querySelector('.kit-readout')!.textContent!;
    expect(live()).toContain('through 10 layers');
    // The real networks run one activation per task, after the first paint.
    await waitFor(() => expect(live()).toContain('the backward signal at the first layer is this multiple'));
    expect(live()).toContain('sigmoid 9.5e-7');
    expect(live()).toContain('(0.25ⁿ = 9.5e-7)');
    // Two log-scale charts: 0.25ⁿ and the four best cases, then the four real networks, each one curve.
    const [bestChart, netChart] = [...container.querySelectorAll('.kit-curve')];
    expect(bestChart.querySelectorAll('.kit-curve__line')).toHaveLength(5);
    expect(netChart.querySelectorAll('.kit-curve__line')).toHaveLength(4);
    const yTicks = (chart: Element) => [...chart.querySelectorAll('.kit-curve__ytick')].map((t) => t.textContent);
    expect(yTicks(bestChart)).toContain('1');
    expect(yTicks(bestChart)).toContain('1e-6');
    // Sigmoid's best case falls by 0.25 per layer: on the log axis its curve is a straight line down.
    const sigmoid = bestChart.querySelectorAll('.kit-curve__line')[1].getAttribute('points')!.split(' ').map((p) => Number(p.split(',')[1]));
    const drops = sigmoid.slice(1).map((v, i) => v - sigmoid[i]);
    for (const d of drops) expect(d).toBeCloseTo(drops[0], 1);
    expect(drops[0]).toBeGreaterThan(0);
    fireEvent.change(screen.getByRole('slider', { name: 'Depth (layers)' }), { target: { value: '3' } });
    expect(live()).toContain('through 3 layers');
    expect(live()).toContain('sigmoid 0.0156');
    fireEvent.change(screen.getByRole('combobox', { name: 'Initialisation' }), { target: { value: 'he' } });
    await waitFor(() => expect(live()).toContain('He initialisation'));
  });
});
