import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, TrainingRun } from '../../lab';
import { hiddenUnits, isStalled, stallText } from './units';
import { lineInDomain } from './UnitLines';

describe('hidden units of a run', () => {
  it('reads the first layer: one line per unit; a dead ReLU unit has input ≤ 0 at every point', () => {
    const run = new TrainingRun({ ...DEFAULT_SETTINGS, seed: 4 });
    const units = hiddenUnits(run);
    expect(units).toHaveLength(4);
    for (const u of units) {
      const inputs = [[0, 0], [0, 1], [1, 0], [1, 1]].map(([a, b]) => u.w[0] * a + u.w[1] * b + u.b);
      expect(u.dead).toBe(inputs.every((v) => v <= 0));
    }
  });

  it('seed 4 stalls at ln 2 with 3 of its 4 units dead; other activations have no dead units', () => {
    const run = new TrainingRun({ ...DEFAULT_SETTINGS, seed: 4 });
    run.steps(1000);
    const units = hiddenUnits(run);
    expect(units.filter((u) => u.dead)).toHaveLength(3);
    expect(run.loss).toBeCloseTo(Math.LN2, 6);
    expect(stallText('relu', run.loss, units, true)).toContain('3 of 4 hidden units are dead');
    run.update({ ...run.settings, activation: 'gelu' });
    expect(hiddenUnits(run).some((u) => u.dead)).toBe(false);
  });

  it('a line is clipped to the domain; a line that misses it gives null', () => {
    const d = { xMin: -0.5, xMax: 1.5, yMin: -0.5, yMax: 1.5 };
    expect(lineInDomain([1, 1], -1, d)).toEqual([[-0.5, 1.5], [1.5, -0.5]]);
    expect(lineInDomain([1, 0], -5, d)).toBeNull();
  });
});

describe('stalls', () => {
  const flat = (from: number, to: number, loss: number) => Array.from({ length: (to - from) / 50 + 1 }, (_, k) => ({ step: from + 50 * k, loss }));
  it('a loss that has not fallen for 300 steps, far from 0 and short of 100 %, is a stall', () => {
    expect(isStalled(flat(0, 400, 0.69), 0.5)).toBe(true);
    expect(isStalled(flat(0, 250, 0.69), 0.5)).toBe(false); // too early to tell
    expect(isStalled(flat(0, 400, 0.69), 1)).toBe(false); // solved
    expect(isStalled(flat(0, 400, 0.01), 0.75)).toBe(false); // near 0
    const falling = Array.from({ length: 9 }, (_, k) => ({ step: 50 * k, loss: 0.7 - 0.05 * k }));
    expect(isStalled(falling, 0.5)).toBe(false);
  });

  it('names the cause: no activation, dead units, ½ ln 2, ln 2', () => {
    expect(stallText('none', Math.LN2, [], true)).toContain('single linear layer');
    const two = [{ w: [1, 1] as [number, number], b: 0, dead: false }, { w: [-1, -1] as [number, number], b: 0, dead: true }];
    expect(stallText('relu', 0.5, two, true)).toContain('1 of 2 hidden units are dead');
    expect(stallText('sigmoid', Math.LN2 / 2, [], true)).toContain('½ ln 2');
    expect(stallText('sigmoid', Math.LN2, [], true)).toContain('ln 2');
  });
});
