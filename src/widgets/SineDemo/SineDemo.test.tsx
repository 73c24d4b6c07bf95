// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SineDemoView as SineDemo } from './SineDemo';
import { SAMPLES, describeSine, sampleSine, sineRange, zeroCrossings } from './sine';

afterEach(cleanup);

describe('sine samples', () => {
  it('samples sin(2πfx) on [0, 1]', () => {
    const points = sampleSine(2, 9);
    expect(points.map((p) => p.x)).toEqual([0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1]);
    expect(points[1].y).toBeCloseTo(1, 12); // quarter of a cycle at f = 2 is x = 1/8
    expect(points[3].y).toBeCloseTo(-1, 12);
  });

  it('counts zero crossings strictly inside the interval: 2f − 1', () => {
    for (const f of [0.5, 1, 1.5, 2, 4.5, 8]) expect(zeroCrossings(sampleSine(f)), `f = ${f}`).toBe(2 * f - 1);
  });

  it('describes the chart in words', () => {
    expect(describeSine(1)).toContain('completes 1 full cycle');
    expect(describeSine(3)).toContain('completes 3 cycles');
    expect(describeSine(3)).toContain('crosses zero 5 times');
    expect(describeSine(1)).toContain('crosses zero once');
    expect(describeSine(0.5)).toContain('never crosses zero');
  });

  it('states the range the samples really cover (never −1 at f = 0.5)', () => {
    expect(describeSine(0.5)).toContain('completes half a cycle');
    expect(describeSine(0.5)).toContain('rises from 0 to 1 and falls back to 0 without going below zero');
    expect(describeSine(0.5)).not.toContain('−1');
    for (const f of [1, 1.5, 2, 8]) expect(describeSine(f), `f = ${f}`).toContain('swings between −1 and 1');
    // the exact range agrees with a dense sampling of the curve
    for (const f of [0.5, 1, 4.5, 8]) {
      const ys = sampleSine(f, 100_001).map((p) => p.y);
      expect(Math.min(...ys)).toBeCloseTo(sineRange(f).low, 6);
      expect(Math.max(...ys)).toBeCloseTo(sineRange(f).high, 6);
    }
  });
});

describe('<SineDemo />', () => {
  const curve = (root: HTMLElement) => root.querySelector('.kit-curve__line')?.getAttribute('points') ?? '';
  /** The drawn curve as (x, y) in the chart's own units: x from 0 to 1, y from −1 to 1. */
  const drawn = (root: HTMLElement) => curve(root).split(' ').map((p) => {
    const [px, py] = p.split(',').map(Number);
    return { x: px / 1000, y: 1 - py / 50 };
  });

  it('a labelled slider drives the chart and the read-out', () => {
    render(<SineDemo />);
    const slider = screen.getByRole('slider', { name: 'Frequency' }) as HTMLInputElement;
    const frame = screen.getByRole('region', { name: 'A sine wave you can tune' });
    expect(slider.value).toBe('1');
    const before = curve(frame);
    expect(before.length).toBeGreaterThan(100);
    fireEvent.change(slider, { target: { value: '4' } });
    expect(slider.getAttribute('aria-valuetext')).toBe('4');
    expect(frame.querySelector('output')?.textContent).toBe('4');
    expect(frame.querySelector('[aria-live="polite"]')?.textContent).toContain('crosses zero 7 times');
    expect(curve(frame)).not.toBe(before);
    // The picture is the sampled curve on the axes: x from 0 to 1, y = sin(2π·4·x), every sample drawn.
    const points = drawn(frame);
    expect(points).toHaveLength(SAMPLES);
    for (const p of points) expect(p.y).toBeCloseTo(Math.sin(2 * Math.PI * 4 * p.x), 2);
    expect(points[SAMPLES - 1].x).toBeCloseTo(1, 6);
  });

  it('keeps two instances apart (a store per instance) and accepts a starting frequency', () => {
    render(
      <>
        <SineDemo />
        <SineDemo frequency={2.5} />
      </>,
    );
    const [a, b] = screen.getAllByRole('region', { name: 'A sine wave you can tune' });
    expect((within(b).getByRole('slider') as HTMLInputElement).value).toBe('2.5');
    fireEvent.change(within(a).getByRole('slider'), { target: { value: '6' } });
    expect(within(a).getByText('6', { selector: 'output' })).toBeTruthy();
    expect((within(b).getByRole('slider') as HTMLInputElement).value).toBe('2.5');
  });
});
