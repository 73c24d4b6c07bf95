// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContourPlot } from './ContourPlot';
import { contourPath, fromFractions, logLevels, logShade, sampleGrid, toBox } from './contours';

afterEach(cleanup);

const bowl = (x: number, y: number) => x * x + 4 * y * y;
const domain = { xMin: -2, xMax: 2, yMin: -1, yMax: 1 };

describe('contour helpers', () => {
  it('samples the grid from the top row down and finds its range', () => {
    const g = sampleGrid(bowl, domain, 4, 2);
    expect(g.values).toHaveLength(15);
    expect(g.values[0]).toBe(bowl(-2, 1)); // top-left
    expect(g.values[7]).toBe(0); // centre
    expect(g.min).toBe(0);
    expect(g.max).toBe(8);
  });

  it('spaces levels densely near the floor, all inside the range, increasing', () => {
    const levels = logLevels(0, 100, 10);
    expect(levels).toHaveLength(10);
    for (let k = 1; k < levels.length; k++) expect(levels[k]).toBeGreaterThan(levels[k - 1]);
    expect(levels[0]).toBeGreaterThan(0);
    expect(levels[9]).toBeLessThan(100);
    expect(levels[1] - levels[0]).toBeLessThan(levels[9] - levels[8]);
    expect(logShade(0, 0, 100)).toBe(0);
    expect(logShade(100, 0, 100)).toBeCloseTo(1, 6);
    expect(logShade(Number.NaN, 0, 100)).toBe(1);
  });

  it('traces a closed level line of a bowl: every segment end lies on f = level', () => {
    const g = sampleGrid(bowl, domain, 40, 20);
    const d = contourPath(g, 1, 400, 200);
    const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(nums.length).toBeGreaterThan(40);
    for (let k = 0; k < nums.length; k += 2) {
      const x = domain.xMin + (nums[k] / 400) * 4, y = domain.yMax - (nums[k + 1] / 200) * 2;
      expect(Math.abs(bowl(x, y) - 1)).toBeLessThan(0.05);
    }
    expect(contourPath(g, -1, 400, 200)).toBe(''); // no point is below −1
  });

  it('maps points into the box and clicks back to the domain', () => {
    expect(toBox(0, 0, domain, 400, 200)).toEqual([200, 100]);
    expect(toBox(1e9, 0, domain, 400, 200)[0]).toBe(2400); // clamped far off-box, still finite
    expect(toBox(Number.NaN, 0, domain, 400, 200)[0]).toBeNaN();
    expect(fromFractions(0.25, 0.75, domain)).toEqual({ x: -1, y: -0.5 });
    expect(fromFractions(-3, 2, domain)).toEqual({ x: -2, y: -1 });
  });
});

describe('ContourPlot', () => {
  it('draws contours, paths and a legend that reads the end of each path', () => {
    render(
      <ContourPlot value={bowl} domain={domain} floor={0} label="A bowl" start={{ x: -1.5, y: 0.5 }}
        markers={[{ x: 0, y: 0, label: 'minimum (0, 0)' }]}
        paths={[{ name: 'SGD', xs: [-1.5, -1, -0.5], ys: [0.5, 0.25, 0.1], series: 1, count: 2 }]} />,
    );
    expect(screen.getByRole('img', { name: 'A bowl' })).toBeTruthy();
    expect(document.querySelectorAll('.kit-contour__level').length).toBe(14);
    expect(screen.getByText(/SGD: step 1 at \(-1, 0.25\), loss 1.25/)).toBeTruthy();
    expect(screen.getByText(/start \(-1.5, 0.5\)/)).toBeTruthy();
    expect(screen.getByText(/minimum \(0, 0\)/)).toBeTruthy();
  });

  it('moves the start with the arrow keys (Shift: ten times as far) and reports it', () => {
    const onStart = vi.fn();
    render(<ContourPlot value={bowl} domain={domain} label="A bowl" start={{ x: 0, y: 0 }} onStartChange={onStart} />);
    const plane = screen.getByRole('application', { name: /A bowl\. Click to set the start point/ });
    fireEvent.keyDown(plane, { key: 'ArrowRight' });
    expect(onStart).toHaveBeenLastCalledWith({ x: 0.1, y: 0 });
    fireEvent.keyDown(plane, { key: 'ArrowUp', shiftKey: true });
    expect(onStart).toHaveBeenLastCalledWith({ x: 0, y: 0.5 });
    fireEvent.keyDown(plane, { key: 'ArrowDown', shiftKey: true });
    expect(onStart).toHaveBeenLastCalledWith({ x: 0, y: -0.5 });
    fireEvent.keyDown(plane, { key: 'a' });
    expect(onStart).toHaveBeenCalledTimes(3);
  });

  it('a NaN at the end of a path stays visible in the read-out', () => {
    render(<ContourPlot value={bowl} domain={domain} label="A bowl" paths={[{ name: 'Momentum', xs: [0, Number.NaN], ys: [0, 1], series: 2 }]} />);
    expect(screen.getByText(/Momentum: step 1 at \(NaN, 1\), loss NaN/)).toBeTruthy();
  });
});
