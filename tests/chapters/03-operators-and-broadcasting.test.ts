// Every number chapter 3 states, recomputed with the engine. Each test also checks that the chapter
// still says that number, so text and engine cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { add, matmul, tensor, zeros } from '../../src/engine';
import { solvesGoal } from '../../src/widgets/BroadcastChecker/BroadcastChecker';
import { largestCell, makeExample, startCell } from '../../src/widgets/MatmulStepper/matmulCell';
import { axisGiving, reduceMatrix } from '../../src/widgets/ReductionPicker/reduce';

const text = readFileSync(join(import.meta.dirname, '../../chapters/03-operators-and-broadcasting.mdx'), 'utf8');
const message = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the engine to throw');
};

describe('chapter 3 numbers', () => {
  it('the worked matrix product', () => {
    const c = matmul(tensor([[1, 2], [3, 4]]), tensor([[5, 6], [7, 8]]));
    expect(c.toArray()).toEqual([[19, 22], [43, 50]]);
    expect(text).toContain('19 & 22 \\\\ 43 & 50');
  });
  it('broadcast results and the error messages quoted in the text', () => {
    expect(add(zeros([2, 3]), zeros([3])).shape).toEqual([2, 3]);
    expect(add(zeros([4, 1]), zeros([1, 5])).shape).toEqual([4, 5]);
    const addError = message(() => add(zeros([2, 3]), zeros([4])));
    expect(addError).toBe('add: shapes [2,3] and [4] do not broadcast');
    expect(text).toContain(`\`${addError}\``);
    const mmError = message(() => matmul(zeros([2, 3]), zeros([2, 3])));
    expect(text).toContain(`\`${mmError}\``);
  });
  it('the exercise has a solution: [8,1,6,1] + [7,1,5] → [8,7,6,5], and the chapter does not start on it (F2)', () => {
    expect(add(zeros([8, 1, 6, 1]), zeros([7, 1, 5])).shape).toEqual([8, 7, 6, 5]);
    const placed = text.match(/<BroadcastChecker [^>]*initialA="([^"]*)" initialB="([^"]*)"[^>]*\/>/);
    expect(placed).not.toBeNull();
    const goal = { a: '8, 1, 6, 1', result: [8, 7, 6, 5] };
    expect(solvesGoal(goal, placed![1], placed![2])).toBe(false);
    expect(solvesGoal(goal, '8, 1, 6, 1', '7, 1, 5')).toBe(true);
  });
  it('the stepper’s exercise does not start on the largest entry (F2), though seed 1 puts it at (0, 0)', () => {
    const { c } = makeExample(1);
    const best = largestCell(c);
    expect(best).toEqual({ i: 0, j: 0 });
    expect(startCell(best, 2, 4)).not.toEqual(best);
    expect(text).toContain('<MatmulStepper exercise />');
  });
});

describe('chapter 3 reductions', () => {
  const M = tensor([[1, 2, 3], [4, 5, 6]]);
  it('sums over each axis, over everything, and with the axis kept', () => {
    expect(M.sum(0).shape).toEqual([3]);
    expect(Array.from(M.sum(0).data)).toEqual([5, 7, 9]);
    expect(Array.from(M.sum(1).data)).toEqual([6, 15]);
    expect(M.sum().shape).toEqual([]);
    expect(M.sum().item()).toBe(21);
    expect(M.sum(1, true).shape).toEqual([2, 1]);
    expect(text).toContain('shape $[3]$, values $[5, 7, 9]$');
    expect(text).toContain('shape $[2]$, values $[6, 15]$');
    expect(text).toContain('shape $[]$, value $21$');
    expect(text).toContain('shape $[2, 1]$');
  });
  it('row totals broadcast back: every row of M / rowsum sums to 1', () => {
    const normalised = M.div(M.sum(1, true));
    expect(normalised.shape).toEqual([2, 3]);
    expect(Array.from(normalised.sum(1).data).map((v) => Number(v.toFixed(12)))).toEqual([1, 1]);
    expect(text).toContain('`M.div(M.sum(1, true))`');
  });
  it('the mean-along-rows exercise answer is 5', () => {
    expect(M.mean(1).data[1]).toBe(5);
  });
});

describe('chapter 3: the reduction picker and the batch-mean exercise', () => {
  it('the named axis disappears; a [8,3] batch mean over axis 0 keeps the 3 features', () => {
    const X = zeros([8, 3]);
    expect(X.mean(0).shape).toEqual([3]);
    expect(X.mean(1).shape).toEqual([8]);
    expect(axisGiving([8, 3], [3])).toBe(0);
    expect(text).toContain('expected={axisGiving([8, 3], [3])}');
    expect(text.replace(/\s+/g, ' ')).toContain('the axis you name is the one that *disappears*');
    expect(reduceMatrix('sum', 0, false).sentence).toContain('shape [3], values [5, 7, 9]');
  });
});
