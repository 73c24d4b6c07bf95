// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TensorGrid, formatCell } from './TensorGrid';

afterEach(cleanup);

describe('TensorGrid', () => {
  it('draws a scalar, a vector, a matrix and a 3-D tensor as the reader would write them', () => {
    const cells = (shape: number[], n: number) =>
      render(<TensorGrid tensor={{ shape, data: Array.from({ length: n }, (_, i) => i) }} />).container.querySelectorAll('td').length;
    expect(cells([], 1)).toBe(1);
    expect(cells([3], 3)).toBe(3);
    expect(cells([2, 3], 6)).toBe(6);
    expect(cells([2, 1, 3], 6)).toBe(6);
    const { container } = render(<TensorGrid tensor={{ shape: [1, 1, 1, 2], data: [1, 2] }} />);
    expect(container.textContent).toContain('4 dimensions');
  });

  it('highlights the cells the caller picks by flat index', () => {
    const { container } = render(<TensorGrid tensor={{ shape: [2, 2], data: [1, 2, 3, 4] }} highlight={(f) => f % 2 === 1} />);
    expect(Array.from(container.querySelectorAll('.tgrid__cell--hi'), (td) => td.textContent)).toEqual(['2', '4']);
  });

  it('formats numbers short and exact-looking, NaN and ∞ visible', () => {
    expect(formatCell(77)).toBe('77');
    expect(formatCell(0.123456)).toBe('0.12346');
    expect(formatCell(1e-7)).toBe('1.00e-7');
    expect(formatCell(NaN)).toBe('NaN');
    expect(formatCell(-Infinity)).toBe('-Infinity');
  });
});
