// A boundary picture refreshed a band of rows at a time (the kit's GridSweep) must show exactly what
// the whole-grid evaluation shows: evaluateRows writes the same numbers at the same places.
import { describe, expect, it } from 'vitest';
import { OVERFIT_DEFAULTS, OverfitRun, TrainingRun } from '../../src/lab';

function inBands(evaluate: (from: number, count: number, out: Float64Array) => void, n: number, bands: number[]): Float64Array {
  const out = new Float64Array(n * n).fill(Number.NaN);
  let from = 0;
  for (const count of bands) {
    evaluate(from, count, out);
    from += count;
  }
  expect(from).toBe(n);
  return out;
}

describe('evaluateRows: a grid in bands of rows equals the whole grid', () => {
  it('TrainingRun (compiled forward pass)', () => {
    const run = new TrainingRun({ dataset: 'spiral', hidden: 8, secondLayer: true, activation: 'tanh', lr: 0.03, optimizer: 'adam', seed: 3 });
    run.steps(30);
    const whole = run.evaluateGrid(24);
    expect(inBands((f, c, out) => run.evaluateRows(24, f, c, out), 24, [1, 5, 7, 11])).toEqual(whole);
  });

  it('OverfitRun (tensor forward pass in evaluation mode)', () => {
    const run = new OverfitRun({ ...OVERFIT_DEFAULTS, dropout: 0.5 });
    run.steps(5);
    const whole = run.evaluateGrid(16);
    expect(inBands((f, c, out) => run.evaluateRows(16, f, c, out), 16, [3, 3, 10])).toEqual(whole);
  });
});
