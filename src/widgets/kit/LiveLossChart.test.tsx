// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BoundedHistory } from '../../lab';
import { LiveLossChart, chartScales } from './LiveLossChart';

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
