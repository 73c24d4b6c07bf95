// Every number chapter 4 states, recomputed with the engine. Each test also checks that the chapter
// still says that number, so text and engine cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { abs, bceLoss, mean, mseLoss, sub, tensor } from '../../src/engine';
import { dataset, lossAt } from '../../src/widgets/LossLandscape/landscape';

const text = readFileSync(join(import.meta.dirname, '../../chapters/04-loss-functions.mdx'), 'utf8');

describe('chapter 4 numbers', () => {
  it('the worked example: errors 22 and 152, squares 484 and 23104, MSE 11794', () => {
    const at = lossAt(dataset('two'), 0.5, 10);
    expect(at.predictions).toEqual([10, 60]);
    expect(at.residuals).toEqual([22, 152]);
    expect(at.residuals.map((r) => r * r)).toEqual([484, 23104]);
    expect(at.loss).toBe(11794);
    expect(mseLoss(tensor([10, 60]), tensor([32, 212])).item()).toBe(11794);
    expect(text).toContain('| 0 | 32 | 10 | 22 | 484 |');
    expect(text).toContain('| 100 | 212 | 60 | 152 | 23104 |');
    expect(text).toContain('$(484 + 23104) / 2 = 11794$');
    expect(text).toContain('it is 11794');
  });
  it('the mean absolute error of the same guess is 87', () => {
    expect(lossAt(dataset('two'), 0.5, 10, 'mae').loss).toBe(87);
    expect(text).toContain('$(22 + 152)/2 = 87$');
  });
  it('errors 10,10 and 0,20: same MAE 10, MSE 100 vs 200', () => {
    const z = tensor([0, 0]);
    const mae = (e: number[]) => mean(abs(sub(tensor(e), z))).item();
    const mse = (e: number[]) => mseLoss(tensor(e), z).item();
    expect([mae([10, 10]), mae([0, 20])]).toEqual([10, 10]);
    expect([mse([10, 10]), mse([0, 20])]).toEqual([100, 200]);
    expect(text).toContain('Their mean squared errors are $100$ and $200$');
  });
  it('the minimum is 0 at w = 1.8, b = 32 for both data sets', () => {
    expect(lossAt(dataset('two'), 1.8, 32).loss).toBeLessThan(1e-20);
    expect(lossAt(dataset('six'), 1.8, 32).loss).toBeLessThan(1e-20);
    expect(text).toContain('$0$, at $w = 1.8$, $b = 32$');
  });
  it('the by-hand exercise answer (w = 1, b = 0) is 6784', () => {
    expect(lossAt(dataset('two'), 1, 0).loss).toBe(6784);
    expect(text).toContain("expected={lossAt(dataset('two'), 1, 0).loss}");
  });
  it('the listing is two lines of tensor code (F39)', () => {
    expect(text).toContain('takes two\nlines of tensor code, one for the predictions and one for the loss');
    expect(text).not.toContain('three\ntensor operations');
  });
});

describe('chapter 4: binary cross-entropy (4.2)', () => {
  const bce = (p: number, y: number) => bceLoss(tensor([p]), tensor([y])).item();
  const flat = text.replace(/\s+/g, ' ');
  it('is −ln p for a yes and −ln(1 − p) for a no', () => {
    expect(bce(0.3, 1)).toBeCloseTo(-Math.log(0.3), 14);
    expect(bce(0.3, 0)).toBeCloseTo(-Math.log(0.7), 14);
    expect(flat).toContain('\\ell(p, y) = -\\bigl[\\,y \\ln p + (1 - y) \\ln (1 - p)\\,\\bigr]. \\tag{4.2}');
  });
  it('confident and right: p = 0.99 for a yes costs ≈ 0.01; confident and wrong: p = 0.01 costs ≈ 4.61', () => {
    expect(bce(0.99, 1).toFixed(2)).toBe('0.01');
    expect(bce(0.01, 1).toFixed(2)).toBe('4.61');
    expect(flat).toContain('$-\\ln 0.99 \\approx 0.01$');
    expect(flat).toContain('$-\\ln 0.01 \\approx 4.61$');
  });
  it('a squared error on a probability never exceeds 1', () => {
    for (const p of [0, 0.01, 0.5, 1]) for (const y of [0, 1]) expect(mseLoss(tensor([p]), tensor([y])).item()).toBeLessThanOrEqual(1);
    expect(flat).toContain('A squared error on a probability can never exceed 1');
  });
  it('the coin toss: p = ½ costs ln 2 ≈ 0.693 whatever the answer, averaged over any labels', () => {
    expect(bce(0.5, 1)).toBeCloseTo(Math.LN2, 15);
    expect(bce(0.5, 0)).toBeCloseTo(Math.LN2, 15);
    const mixed = bceLoss(tensor([0.5, 0.5, 0.5, 0.5]), tensor([0, 1, 1, 0])).item();
    expect(mixed.toFixed(3)).toBe('0.693');
    expect(flat).toContain('$-\\ln \\tfrac12 = \\ln 2 \\approx 0.693$');
    // with balanced labels no constant guess beats ½
    const labels = tensor([0, 1, 1, 0]);
    for (const p of [0.1, 0.3, 0.45, 0.55, 0.7, 0.9]) expect(bceLoss(tensor([p, p, p, p]), labels).item()).toBeGreaterThan(mixed);
    expect(flat).toContain('When the yeses and noes are equally common, as in XOR, no constant guess does better');
  });
  it('the engine clamps each log at −100 (as PyTorch does): p = 0 for a yes costs 100, not infinity', () => {
    expect(bce(0, 1)).toBe(100);
    expect(flat).toContain('clamps each logarithm at $-100$');
  });
  it('the exercise: p = 0.8 for a no costs −ln 0.2 ≈ 1.609, above ln 2; the answer is computed from the engine', () => {
    expect(bce(0.8, 0)).toBeCloseTo(-Math.log(0.2), 14);
    expect(bce(0.8, 0).toFixed(3)).toBe('1.609');
    expect(bce(0.8, 0)).toBeGreaterThan(2 * Math.LN2);
    expect(text).toContain('expected={bceLoss(tensor([0.8]), tensor([0])).item()}');
    expect(flat).toContain('−ln(1 − 0.8) = −ln 0.2 ≈ 1.609: more than twice the coin toss');
  });
});
