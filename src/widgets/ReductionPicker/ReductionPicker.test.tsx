// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReductionPicker } from './index';
import { axisGiving, reduceMatrix } from './reduce';

afterEach(cleanup);

describe('reduceMatrix', () => {
  it('runs the engine and groups cells by the output they feed', () => {
    const down = reduceMatrix('sum', 0, false);
    expect(Array.from(down.result.data)).toEqual([5, 7, 9]);
    expect(down.groupOf).toEqual([0, 1, 2, 0, 1, 2]);
    expect(down.sentence).toBe("sum(M, 0) combines each column's 2 values (down the rows) and removes axis 0: shape [3], values [5, 7, 9].");
    const along = reduceMatrix('mean', 1, true);
    expect(along.result.shape).toEqual([2, 1]);
    expect(along.groupOf).toEqual([0, 0, 0, 1, 1, 1]);
    expect(along.sentence).toContain('mean(M, 1, true)');
    expect(along.sentence).toContain('keeps axis 1 with length 1: shape [2,1], values [2, 5]');
    const all = reduceMatrix('max', 'all', false);
    expect(all.result.shape).toEqual([]);
    expect(all.sentence).toBe('max(M) combines all 6 values into one: shape [], value 6.');
  });

  it('finds the axis whose reduction leaves a wanted shape', () => {
    expect(axisGiving([8, 3], [3])).toBe(0);
    expect(axisGiving([8, 3], [8])).toBe(1);
    expect(axisGiving([8, 3], [])).toBe('all');
    expect(axisGiving([8, 3], [5])).toBeNull();
  });
});

describe('<ReductionPicker>', () => {
  it('labelled controls change the picture and the read-out', () => {
    const { container } = render(<ReductionPicker />);
    expect(container.querySelector('.red__sentence')?.textContent).toContain('values [5, 7, 9]');
    fireEvent.change(screen.getByRole('combobox', { name: 'Axis' }), { target: { value: '1' } });
    expect(container.querySelector('.red__sentence')?.textContent).toContain('shape [2], values [6, 15]');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Keep the reduced axis (length 1)' }));
    expect(container.querySelector('.red__sentence')?.textContent).toContain('shape [2,1]');
    // the output is drawn as a column of two cells
    const out = container.querySelectorAll('.red__grid')[1];
    expect(out.querySelectorAll('tr')).toHaveLength(2);
    fireEvent.change(screen.getByRole('combobox', { name: 'Reduction' }), { target: { value: 'max' } });
    expect(container.querySelector('.red__sentence')?.textContent).toContain('values [3, 6]');
  });
});
