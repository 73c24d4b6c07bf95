// Every number chapters 1–4 state in their text, recomputed with the engine. Each test also checks
// that the chapter still says that number, so text and engine cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { abs, add, matmul, mean, mseLoss, sizeOf, sub, tensor, zeros } from '../../src/engine';
import { celsiusToFahrenheit } from '../../src/widgets/CelsiusDial/celsius';
import { flatIndex, float32Of, inspectText, rowMajorStrides } from '../../src/widgets/ShapePlayground/inspect';
import { dataset, lossAt } from '../../src/widgets/LossLandscape/landscape';

const chapter = (file: string) => readFileSync(join(import.meta.dirname, '../../chapters', file), 'utf8');
const ch1 = chapter('01-what-is-a-framework.mdx');
const ch2 = chapter('02-tensor-basics.mdx');
const ch3 = chapter('03-operators-and-broadcasting.mdx');
const ch4 = chapter('04-loss-functions.mdx');
const message = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the engine to throw');
};

describe('chapter 1 numbers', () => {
  it('25 °C is 77 °F via x @ wᵀ = 45, then + b', () => {
    const s = celsiusToFahrenheit([25]);
    expect(s.xw.item()).toBe(45);
    expect(s.f.item()).toBe(77);
    expect(ch1).toContain('$25 \\times 1.8 = 45$, then $45 + 32 = 77$ °F');
  });
  it('the shape table: sizes 1, 3, 6, 24', () => {
    expect([[], [3], [2, 3], [2, 3, 4]].map((s) => zeros(s).size)).toEqual([1, 3, 6, 24]);
    for (const [shape, n] of [['`[]`', 1], ['`[3]`', 3], ['`[2,3]`', 6], ['`[2,3,4]`', 24]] as const) {
      expect(ch1).toMatch(new RegExp(`\\| ${shape.replace(/[[\]]/g, '\\$&')} \\| \\d \\| [^|]+ \\| ${n} \\|`));
    }
  });
  it('a batch flows through as [n,1] and the bias is broadcast; −40 reads the same', () => {
    const s = celsiusToFahrenheit([0, 100, -40]);
    expect(s.f.shape).toEqual([3, 1]);
    expect(Array.from(s.f.data)).toEqual([32, 212, -40]);
  });
  it('the wrong guess w = 0.5, b = 10 turns 100 °C into 60 °F', () => {
    expect(tensor([100]).mul(0.5).add(10).item()).toBe(60);
    expect(ch1).toContain('which turns 100 °C into 60 °F instead of 212 °F');
  });
  it('the exercise answer is computed from the engine (384)', () => {
    expect(sizeOf([8, 3, 4, 4])).toBe(384);
    expect(ch1).toContain('expected={sizeOf([8, 3, 4, 4])}');
  });
});

describe('chapter 2 numbers', () => {
  it('strides of [2,3,4] are [12,4,1] and index [1,2,3] is slot 23', () => {
    expect(rowMajorStrides([2, 3, 4])).toEqual([12, 4, 1]);
    expect(flatIndex([2, 3, 4], [1, 2, 3])).toBe(23);
    const nested = [0, 1].map((i) => [0, 1, 2].map((j) => [0, 1, 2, 3].map((k) => 100 * i + 10 * j + k)));
    const t = tensor(nested);
    expect(t.data[23]).toBe(nested[1][2][3]);
    expect(ch2).toContain('has strides $[12,4,1]$');
    expect(ch2).toContain('3 \\cdot 1 = 23$');
  });
  it('the ragged example is refused with exactly the quoted message', () => {
    const r = inspectText('[[1, 2], [3, 4], [5]]');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBe('Tensor: ragged nested array at index [2]');
    expect(ch2).toContain('`Tensor: ragged nested array at index [2]`');
  });
  it('[[1,2,3],[4,5,6]] stores 1…6 and its transpose stores 1,4,2,5,3,6', () => {
    const t = tensor([[1, 2, 3], [4, 5, 6]]);
    expect(Array.from(t.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(t.T.data)).toEqual([1, 4, 2, 5, 3, 6]);
    expect(ch2).toContain('`1, 4, 2, 5, 3, 6`');
  });
  it('0.1 in float32 and 0.1 + 0.2 in float64', () => {
    expect(String(float32Of(0.1).stored)).toBe('0.10000000149011612');
    expect(String(tensor([0.1]).add(0.2).item())).toBe('0.30000000000000004');
    expect(ch2).toContain('`0.10000000149011612`');
    expect(ch2).toContain('`0.30000000000000004`');
  });
  it('the flat-position exercise answer is computed (6)', () => {
    expect(flatIndex([3, 4], [1, 2])).toBe(6);
    expect(tensor([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]).data[6]).toBe(6);
  });
});

describe('chapter 3 numbers', () => {
  it('the worked matrix product', () => {
    const c = matmul(tensor([[1, 2], [3, 4]]), tensor([[5, 6], [7, 8]]));
    expect(c.toArray()).toEqual([[19, 22], [43, 50]]);
    expect(ch3).toContain('19 & 22 \\\\ 43 & 50');
  });
  it('broadcast results and the error messages quoted in the text', () => {
    expect(add(zeros([2, 3]), zeros([3])).shape).toEqual([2, 3]);
    expect(add(zeros([4, 1]), zeros([1, 5])).shape).toEqual([4, 5]);
    const addError = message(() => add(zeros([2, 3]), zeros([4])));
    expect(addError).toBe('add: shapes [2,3] and [4] do not broadcast');
    expect(ch3).toContain(`\`${addError}\``);
    const mmError = message(() => matmul(zeros([2, 3]), zeros([2, 3])));
    expect(ch3).toContain(`\`${mmError}\``);
  });
  it('the exercise has a solution: [8,1,6,1] + [7,1,5] → [8,7,6,5]', () => {
    expect(add(zeros([8, 1, 6, 1]), zeros([7, 1, 5])).shape).toEqual([8, 7, 6, 5]);
  });
});

describe('chapter 4 numbers', () => {
  it('the worked example: errors 22 and 152, squares 484 and 23104, MSE 11794', () => {
    const at = lossAt(dataset('two'), 0.5, 10);
    expect(at.predictions).toEqual([10, 60]);
    expect(at.residuals).toEqual([22, 152]);
    expect(at.residuals.map((r) => r * r)).toEqual([484, 23104]);
    expect(at.loss).toBe(11794);
    expect(mseLoss(tensor([10, 60]), tensor([32, 212])).item()).toBe(11794);
    expect(ch4).toContain('| 0 | 32 | 10 | 22 | 484 |');
    expect(ch4).toContain('| 100 | 212 | 60 | 152 | 23104 |');
    expect(ch4).toContain('$(484 + 23104) / 2 = 11794$');
    expect(ch4).toContain('it is 11794');
  });
  it('the mean absolute error of the same guess is 87', () => {
    expect(lossAt(dataset('two'), 0.5, 10, 'mae').loss).toBe(87);
    expect(ch4).toContain('$(22 + 152)/2 = 87$');
  });
  it('errors 10,10 and 0,20: same MAE 10, MSE 100 vs 200', () => {
    const z = tensor([0, 0]);
    const mae = (e: number[]) => mean(abs(sub(tensor(e), z))).item();
    const mse = (e: number[]) => mseLoss(tensor(e), z).item();
    expect([mae([10, 10]), mae([0, 20])]).toEqual([10, 10]);
    expect([mse([10, 10]), mse([0, 20])]).toEqual([100, 200]);
    expect(ch4).toContain('Their mean squared errors are $100$ and $200$');
  });
  it('the minimum is 0 at w = 1.8, b = 32 for both data sets', () => {
    expect(lossAt(dataset('two'), 1.8, 32).loss).toBeLessThan(1e-20);
    expect(lossAt(dataset('six'), 1.8, 32).loss).toBeLessThan(1e-20);
    expect(ch4).toContain('$0$, at $w = 1.8$, $b = 32$');
  });
  it('the by-hand exercise answer (w = 1, b = 0) is 6784', () => {
    expect(lossAt(dataset('two'), 1, 0).loss).toBe(6784);
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
    expect(ch3).toContain('shape $[3]$, values $[5, 7, 9]$');
    expect(ch3).toContain('shape $[2]$, values $[6, 15]$');
    expect(ch3).toContain('shape $[]$, value $21$');
    expect(ch3).toContain('shape $[2, 1]$');
  });
  it('row totals broadcast back: every row of M / rowsum sums to 1', () => {
    const normalised = M.div(M.sum(1, true));
    expect(normalised.shape).toEqual([2, 3]);
    expect(Array.from(normalised.sum(1).data).map((v) => Number(v.toFixed(12)))).toEqual([1, 1]);
    expect(ch3).toContain('`M.div(M.sum(1, true))`');
  });
  it('the mean-along-rows exercise answer is 5', () => {
    expect(M.mean(1).data[1]).toBe(5);
  });
});
