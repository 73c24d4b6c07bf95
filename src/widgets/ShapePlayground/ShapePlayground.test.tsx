// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { tensor } from '../../engine';
import { flatIndex, float32Of, inspectText, multiIndex, rowMajorStrides } from './inspect';
import { AnswerExercise, isCloseEnough } from '../kit';
import { ShapePlayground } from './index';

afterEach(cleanup);

describe('inspectText', () => {
  it('reports shape, ndim, size and strides from the engine', () => {
    const r = inspectText('[[[1, 2], [3, 4], [5, 6]], [[7, 8], [9, 10], [11, 12]]]');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tensor.shape).toEqual([2, 3, 2]);
    expect(r.tensor.ndim).toBe(3);
    expect(r.tensor.size).toBe(12);
    expect(r.strides).toEqual([6, 2, 1]);
    expect(r.entries[7]).toEqual({ flat: 7, index: [1, 0, 1], value: 8 });
  });
  it('handles a scalar and an empty array', () => {
    const s = inspectText('3.5');
    expect(s.ok && s.tensor.shape).toEqual([]);
    expect(s.ok && s.tensor.size).toBe(1);
    const e = inspectText('[]');
    expect(e.ok && e.tensor.shape).toEqual([0]);
  });
  it('passes the engine’s ragged error through unchanged', () => {
    for (const text of ['[[1, 2], [3, 4], [5]]', '[1, [2]]', '[[1], 2]']) {
      const r = inspectText(text);
      let engineMessage = '';
      try {
        tensor(JSON.parse(text));
      } catch (e) {
        engineMessage = (e as Error).message;
      }
      expect(engineMessage).toMatch(/^Tensor: ragged nested array at index \[\d+\]$/);
      expect(r).toEqual({ ok: false, source: 'engine', error: engineMessage });
    }
  });
  it('rejects bad syntax and non-numbers with its own message', () => {
    expect(inspectText('[1, 2').ok).toBe(false);
    const r = inspectText('[[1, "a"]]');
    expect(!r.ok && r.error).toBe('Not a number at index [0,1]: a tensor holds numbers only.');
  });
  it('caps the storage table', () => {
    const r = inspectText(JSON.stringify(Array.from({ length: 100 }, (_, i) => i)), 64);
    expect(r.ok && r.entries.length).toBe(64);
  });
});

describe('strides and indices', () => {
  it('flatIndex and multiIndex are inverses and match the engine’s storage', () => {
    const shape = [2, 3, 4];
    const t = tensor([0, 1].map((i) => [0, 1, 2].map((j) => [0, 1, 2, 3].map((k) => 100 * i + 10 * j + k))));
    expect(rowMajorStrides(shape)).toEqual([12, 4, 1]);
    for (let f = 0; f < 24; f++) {
      const idx = multiIndex(shape, f);
      expect(flatIndex(shape, idx)).toBe(f);
      expect(t.data[f]).toBe(100 * idx[0] + 10 * idx[1] + idx[2]);
    }
  });
  it('float32 rounding of 0.1 and of whole numbers', () => {
    expect(float32Of(0.1).stored).toBe(0.10000000149011612);
    expect(float32Of(0.1).error).toBeGreaterThan(0);
    expect(float32Of(3).error).toBe(0);
  });
  it('numeric answers compare with a tolerance and reject junk', () => {
    expect(isCloseEnough('6', 6)).toBe(true);
    expect(isCloseEnough(' 6784 ', 6784)).toBe(true);
    expect(isCloseEnough('6785', 6784)).toBe(false);
    expect(isCloseEnough('', 0)).toBe(false);
    expect(isCloseEnough('abc', 0)).toBe(false);
  });
});

describe('<ShapePlayground>', () => {
  it('updates as the reader types and shows the engine error for ragged input', () => {
    render(<ShapePlayground goalShape={[2, 1, 3]} />);
    const box = screen.getByRole('textbox', { name: /Nested array/ });
    fireEvent.change(box, { target: { value: '[[1, 2], [3]]' } });
    expect(screen.getByText('Tensor: ragged nested array at index [1]')).toBeTruthy();
    fireEvent.change(box, { target: { value: '[[[1, 2, 3]], [[4, 5, 6]]]' } });
    expect(screen.getByText('[2,1,3]')).toBeTruthy();
    expect(screen.getByText('✓ solved')).toBeTruthy();
  });
  it('shows the transpose’s storage order', () => {
    render(<ShapePlayground initial="[[1, 2, 3], [4, 5, 6]]" />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Show the transpose/ }));
    expect(screen.getByText(/\.T has shape \[3,2\], strides \[2,1\]; storage 1, 4, 2, 5, 3, 6/)).toBeTruthy();
  });
  it('AnswerExercise checks a typed number', () => {
    render(<AnswerExercise title="t" question={<p>q</p>} label="Answer" expected={6} />);
    expect(screen.getByText('not solved yet')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Answer' }), { target: { value: '5' } });
    expect(screen.getByText('not right yet — try again')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Answer' }), { target: { value: '6' } });
    expect(screen.getByText('✓ solved')).toBeTruthy();
  });
});
