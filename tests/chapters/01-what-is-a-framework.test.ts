// Every number chapter 1 states, recomputed with the engine. Each test also checks that the chapter
// still says that number, so text and engine cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sizeOf, tensor, zeros } from '../../src/engine';
import { celsiusToFahrenheit } from '../../src/widgets/CelsiusDial/celsius';

const text = readFileSync(join(import.meta.dirname, '../../chapters/01-what-is-a-framework.mdx'), 'utf8');

describe('chapter 1 numbers', () => {
  it('25 °C is 77 °F via x @ wᵀ = 45, then + b', () => {
    const s = celsiusToFahrenheit([25]);
    expect(s.xw.item()).toBe(45);
    expect(s.f.item()).toBe(77);
    expect(text).toContain('$25 \\times 1.8 = 45$, then $45 + 32 = 77$ °F');
  });
  it('the shape table: sizes 1, 3, 6, 24', () => {
    expect([[], [3], [2, 3], [2, 3, 4]].map((s) => zeros(s).size)).toEqual([1, 3, 6, 24]);
    // "rank" would clash with the matrix rank chapter 12 uses (a [2,2] W of rank 1), so ndim it is
    expect(text.replace(/\s+/g, ' ')).toContain("that is not the rank of a matrix in linear algebra");
    // our size is the count (NumPy's size, PyTorch's numel()), not PyTorch's size(), which is the shape
    expect(text.replace(/\s+/g, ' ')).toContain("(NumPy's `size`; PyTorch calls it `numel()`, and its `size()` returns the shape)");
    for (const [shape, n] of [['`[]`', 1], ['`[3]`', 3], ['`[2,3]`', 6], ['`[2,3,4]`', 24]] as const) {
      expect(text).toMatch(new RegExp(`\\| ${shape.replace(/[[\]]/g, '\\$&')} \\| \\d \\| [^|]+ \\| ${n} \\|`));
    }
  });
  it('a batch flows through as [n,1] and the bias is broadcast; −40 reads the same', () => {
    const s = celsiusToFahrenheit([0, 100, -40]);
    expect(s.f.shape).toEqual([3, 1]);
    expect(Array.from(s.f.data)).toEqual([32, 212, -40]);
  });
  it('the wrong guess w = 0.5, b = 10 turns 100 °C into 60 °F', () => {
    expect(tensor([100]).mul(0.5).add(10).item()).toBe(60);
    expect(text).toContain('which turns 100 °C into 60 °F instead of 212 °F');
  });
  it('the exercise answer is computed from the engine (384)', () => {
    expect(sizeOf([8, 3, 4, 4])).toBe(384);
    expect(text).toContain('expected={sizeOf([8, 3, 4, 4])}');
  });
});

describe('chapter 1 text', () => {
  it('shows only the forward half of the linear op (F28) and does not overclaim what chapter 12 reaches (F40)', () => {
    expect(text).toContain('```ts file=src/engine/ops/linear.ts region=linear-op-forward');
    expect(text).not.toContain('By chapter 12 you will have written');
  });
});
