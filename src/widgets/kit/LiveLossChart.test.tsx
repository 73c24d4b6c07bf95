// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveLossChart } from './LiveLossChart';

afterEach(cleanup);

const steps = Array.from({ length: 1001 }, (_, i) => i);
const losses = steps.map((s) => 0.7 * Math.exp(-s / 200));

function coords(el: Element): [number, number][] {
  return el.getAttribute('points')!.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
}

describe('LiveLossChart', () => {
  it('draws a thinned line that starts at step 0, ends at the last step and falls', () => {
    const { container } = render(<LiveLossChart series={[{ name: 'loss', steps, losses }]} />);
    const pts = coords(container.querySelector('.live-chart__line')!);
    expect(pts.length).toBeLessThanOrEqual(401);
    expect(pts[0][0]).toBe(0);
    expect(pts[pts.length - 1][0]).toBe(1000);
    expect(pts[pts.length - 1][1]).toBeGreaterThan(pts[0][1]); // lower loss is further down the SVG
    const ticks = Array.from(container.querySelectorAll('.live-chart__ytick'), (t) => t.textContent);
    expect(ticks[0]).toBe('0');
  });

  it('uses powers of ten on a log axis and skips values it cannot place', () => {
    const { container } = render(<LiveLossChart logScale series={[{ name: 'a', steps: [0, 1, 2], losses: [0.5, 0, 0.005] }, { name: 'b', steps: [0, 1], losses: [0.4, NaN] }]} />);
    expect(Array.from(container.querySelectorAll('.live-chart__ytick'), (t) => t.textContent)).toEqual(['0.001', '0.01', '0.1', '1']);
    expect(coords(container.querySelectorAll('.live-chart__line')[0])).toHaveLength(2);
    expect(container.querySelectorAll('.live-chart__legend li')).toHaveLength(2);
  });
});
