// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BoundedHistory } from '../../lab';
import { LiveLossChart, chartScales, redrawWaitMs, thinToColumns } from './LiveLossChart';

afterEach(cleanup);

function history(values: number[]): BoundedHistory {
  const h = new BoundedHistory(64);
  values.forEach((v, s) => h.push(s, v));
  return h;
}
const read = (h: BoundedHistory) => {
  const steps = new Float64Array(h.maxPoints), values = new Float64Array(h.maxPoints);
  return { steps, values, n: h.read(steps, values) };
};

describe('LiveLossChart', () => {
  it('scales a falling curve from step 0 to the last step, with 0 at the bottom of a linear axis', () => {
    const h = history(Array.from({ length: 1001 }, (_, s) => 0.7 * Math.exp(-s / 200)));
    const d = read(h);
    expect(d.n).toBeLessThanOrEqual(h.maxPoints); // the chart reads at most what it can draw
    const sc = chartScales([d], false);
    expect(sc.x(0)).toBe(0);
    expect(sc.x(d.steps[d.n - 1])).toBe(1);
    expect(sc.y(d.values[d.n - 1])).toBeGreaterThan(sc.y(d.values[0])); // lower loss is further down
    expect(sc.yTicks[0]).toBe(0);
    expect(sc.y(0)).toBe(1);
  });

  it('uses powers of ten on a log axis and skips values it cannot place', () => {
    const sc = chartScales([read(history([0.5, 0, 0.005])), read(history([0.4, Number.NaN]))], true);
    expect(sc.yTicks).toEqual([0.001, 0.01, 0.1, 1]);
  });

  it('renders a canvas with a legend for several series, hidden from screen readers', () => {
    const { container } = render(<LiveLossChart series={[{ name: 'a', history: history([1, 0.5]) }, { name: 'b', history: history([1, 0.7]) }]} />);
    expect(container.querySelector('canvas')).toBeTruthy();
    expect(container.querySelector('.live-chart')!.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelectorAll('.live-chart__legend li')).toHaveLength(2);
  });
});

describe('thinToColumns (what the chart strokes)', () => {
  const thin = (x: number[], y: number[], density = 1) => {
    const ox = new Float64Array(2 * x.length), oy = new Float64Array(2 * x.length);
    const m = thinToColumns(x, y, x.length, density, ox, oy);
    return { x: Array.from(ox.subarray(0, m)), y: Array.from(oy.subarray(0, m)) };
  };

  it('keeps each pixel column\'s lowest and highest point, in the order they came', () => {
    expect(thin([10.1, 10.3, 10.5, 10.9], [50, 20, 80, 60]).y).toEqual([20, 80]);
    expect(thin([10.1, 10.3, 10.5, 10.9], [50, 80, 20, 60]).y).toEqual([80, 20]);
    expect(thin([10.1, 10.6], [5, 5]).y).toEqual([5]); // a flat column is one point
    // twice as many columns at device pixel ratio 2: the same points are two columns there
    expect(thin([10.1, 10.3, 10.6, 10.9], [1, 2, 3, 4], 2).y).toEqual([1, 2, 3, 4]);
  });

  it('leaves a line with fewer points than columns as it is', () => {
    const x = [0, 3, 6.5, 9], y = [4, 1, 7, 2];
    expect(thin(x, y)).toEqual({ x, y });
  });

  it('keeps breaks (NaN) as breaks, and a spike as a spike', () => {
    const { y } = thin([0, 1, 2, 3, 4], [1, 2, Number.NaN, 3, 4]);
    expect(y.slice(0, 2)).toEqual([1, 2]);
    expect(Number.isNaN(y[2])).toBe(true);
    expect(y.slice(3)).toEqual([3, 4]);
    expect(Number.isNaN(thin([0, 1], [Number.NaN, 1]).y[0])).toBe(false); // no break before the first point
    const n = 2048, xs = Array.from({ length: n }, (_, i) => 40 + (300 * i) / n);
    const ys = xs.map((_, i) => (i === 1234 ? 2 : 100 - i / 30));
    const out = thin(xs, ys);
    expect(out.y.length).toBeLessThanOrEqual(2 * 301);
    expect(out.y).toContain(2);
    expect(Math.max(...out.y)).toBe(100);
    expect(out.y.at(-1)).toBe(ys[n - 1]);
  });
});

describe('redrawWaitMs (how often the chart redraws while training)', () => {
  it('waits at least the asked-for time, longer when its script is slow, and four frames of a slow device', () => {
    expect(redrawWaitMs(50, 0.5, 1000 / 60)).toBe(4000 / 60); // 60 frames a second: 15 redraws a second
    expect(redrawWaitMs(50, 8, 1000 / 60)).toBe(80);
    expect(redrawWaitMs(50, 1, 33.3)).toBeCloseTo(133.2, 9); // 30 frames a second: about 7 redraws a second
  });
});
