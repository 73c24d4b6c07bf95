// Every number chapter 2 states, recomputed with the engine. Each test also checks that the chapter
// still says that number, so text and engine cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Tensor, tensor, tidy, zeros } from '../../src/engine';
import { flatIndex, float32Of, inspectText, rowMajorStrides } from '../../src/widgets/ShapePlayground/inspect';

const text = readFileSync(join(import.meta.dirname, '../../chapters/02-tensor-basics.mdx'), 'utf8');

describe('chapter 2 numbers', () => {
  it('strides of [2,3,4] are [12,4,1] and index [1,2,3] is slot 23', () => {
    expect(rowMajorStrides([2, 3, 4])).toEqual([12, 4, 1]);
    expect(flatIndex([2, 3, 4], [1, 2, 3])).toBe(23);
    const nested = [0, 1].map((i) => [0, 1, 2].map((j) => [0, 1, 2, 3].map((k) => 100 * i + 10 * j + k)));
    const t = tensor(nested);
    expect(t.data[23]).toBe(nested[1][2][3]);
    expect(text).toContain('has strides $[12,4,1]$');
    expect(text).toContain('3 \\cdot 1 = 23$');
  });
  it('the ragged example is refused with exactly the quoted message', () => {
    const r = inspectText('[[1, 2], [3, 4], [5]]');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBe('Tensor: ragged nested array at index [2]');
    expect(text).toContain('`Tensor: ragged nested array at index [2]`');
  });
  it('[[1,2,3],[4,5,6]] stores 1…6 and its transpose stores 1,4,2,5,3,6', () => {
    const t = tensor([[1, 2, 3], [4, 5, 6]]);
    expect(Array.from(t.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(t.T.data)).toEqual([1, 4, 2, 5, 3, 6]);
    expect(text).toContain('`1, 4, 2, 5, 3, 6`');
  });
  it('0.1 in float32 and 0.1 + 0.2 in float64', () => {
    expect(String(float32Of(0.1).stored)).toBe('0.10000000149011612');
    expect(String(tensor([0.1]).add(0.2).item())).toBe('0.30000000000000004');
    expect(text).toContain('`0.10000000149011612`');
    expect(text).toContain('`0.30000000000000004`');
  });
  it('float32 needs half the bytes of the engine\'s float64; the text names PyTorch\'s float32 default and 16-bit training', () => {
    expect(tensor([1]).data.BYTES_PER_ELEMENT).toBe(8);
    expect(Float32Array.BYTES_PER_ELEMENT * 2).toBe(tensor([1]).data.BYTES_PER_ELEMENT);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain("PyTorch's default dtype is 32-bit (`float32`), which needs half the memory");
    expect(flat).toContain('16-bit formats (`float16`, `bfloat16`)');
  });
  it('the class listing is a sketch: the real data is a getter that refuses a released tensor', () => {
    expect(Object.getOwnPropertyDescriptor(Tensor.prototype, 'data')?.get).toBeTypeOf('function');
    let inner: Tensor | null = null;
    tidy(() => { inner = zeros([2]).add(1); return 0; });
    expect(() => inner!.data).toThrow(/released/);
    expect(text.replace(/\s+/g, ' ')).toContain('typed for this page rather than cut from the source');
  });
  it('the flat-position exercise answer is computed (6)', () => {
    expect(flatIndex([3, 4], [1, 2])).toBe(6);
    expect(tensor([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]).data[6]).toBe(6);
  });
});

describe('chapter 2: transpose conventions and float64 digits', () => {
  it('our .T swaps the last two axes ([2,1,3] → [2,3,1]); reversing all axes (NumPy .T) gives [3,1,2]', () => {
    expect(zeros([2, 1, 3]).T.shape).toEqual([2, 3, 1]);
    expect(zeros([2, 1, 3]).permute([2, 1, 0]).shape).toEqual([3, 1, 2]);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('so a $[2,1,3]$ tensor becomes $[2,3,1]$');
    expect(flat).toContain('($[2,1,3]$ becomes $[3,1,2]$)');
  });
  it('float64 0.1 is 0.1000000000000000055…: first wrong digit is the 18th significant one, "around the 17th"', () => {
    const digits = (0.1).toPrecision(20); // "0.10000000000000000555"
    expect(digits.startsWith('0.1000000000000000055')).toBe(true);
    expect(digits.slice(2).indexOf('5') + 1).toBe(18);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('around the 17th significant digit (the stored value is $0.1000000000000000055\\ldots$)');
  });
});

describe('chapter 2: reshape shares storage, transpose copies', () => {
  it('reshape hands over the very same storage array; .T writes a new one', () => {
    const t = tensor([[1, 2, 3], [4, 5, 6]]);
    expect(t.reshape([3, 2]).data).toBe(t.data);
    expect(t.reshape([6]).data).toBe(t.data);
    expect(t.T.data).not.toBe(t.data);
    expect(Array.from(t.T.data)).toEqual([1, 4, 2, 5, 3, 6]);
    expect(text.replace(/\s+/g, ' ')).toContain('`reshape` hands the very same storage array to a tensor with a new shape and copies nothing');
  });
});
