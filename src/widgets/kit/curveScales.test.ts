import { describe, expect, it } from 'vitest';
import { curveRuns, decades, linearTicks, logTicks, yAxis } from './curveScales';

describe('curve scales', () => {
  it('linear ticks are round steps inside the range, whole numbers when asked', () => {
    expect(linearTicks(0, 1, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(linearTicks(-1, 1, 4)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(linearTicks(1, 30, 4)).toEqual([10, 20, 30]);
    expect(linearTicks(1, 3, 4, true)).toEqual([1, 2, 3]);
  });

  it('log ticks are powers of ten, 1 among them, thinned to at most six', () => {
    expect(decades(9.5e-7, 1.2)).toEqual([-7, 1]);
    expect(logTicks(-2, 1)).toEqual([0.01, 0.1, 1, 10]);
    const thin = logTicks(-7, 1);
    expect(thin).toContain(1);
    expect(thin.length).toBeLessThanOrEqual(6);
  });

  it('a log axis places each decade the same height apart, and cannot draw 0 or negatives', () => {
    const axis = yAxis([1e-3, 1, 5], 'log');
    expect([axis.bottom, axis.top]).toEqual([1e-3, 10]);
    const step = axis.at(1e-2) - axis.at(1e-1);
    expect(axis.at(1e-1) - axis.at(1)).toBeCloseTo(step, 12);
    expect(axis.at(10)).toBeCloseTo(0, 12);
    expect(axis.at(1e-3)).toBeCloseTo(1, 12);
    expect(axis.at(0)).toBeNaN();
    expect(axis.at(-1)).toBeNaN();
  });

  it('a linear axis runs from 0 (or the given range) to the largest value or top tick', () => {
    const axis = yAxis([0.3, 2.7], 'linear');
    expect(axis.ticks).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    expect(axis.at(2.7)).toBe(0);
    expect(axis.at(0)).toBe(1);
    expect(yAxis([], 'linear', [-1, 1]).at(0)).toBe(0.5);
  });

  it('a curve breaks where a value cannot be drawn, instead of drawing through it', () => {
    const axis = yAxis([], 'linear', [0, 1]);
    expect(curveRuns([0, 1, NaN, 1, 0], 5, 100, axis.at)).toEqual(['0.0,100.00 25.0,0.00', '75.0,0.00 100.0,100.00']);
    expect(curveRuns([0.5, Infinity], 2, 100, axis.at)).toEqual(['0.0,50.00']);
  });

  it('long curves are strided to at most about 800 points, keeping the last', () => {
    const values = Array.from({ length: 10_001 }, (_, i) => i / 10_000);
    const [run] = curveRuns(values, values.length, 1000, yAxis([], 'linear', [0, 1]).at);
    const points = run.split(' ');
    expect(points.length).toBeLessThanOrEqual(802);
    expect(points[points.length - 1]).toBe('1000.0,0.00');
  });
});
