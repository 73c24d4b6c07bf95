// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { tensor } from '../../engine';
import { cellSum, largestCell, makeExample, startCell, sumText } from './matmulCell';
import { MatmulStepper } from './index';

afterEach(cleanup);

describe('matmul cells', () => {
  it('every written-out sum equals the engine’s matmul, for many seeds', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { a, b, c } = makeExample(seed);
      expect(c.shape).toEqual([2, 4]);
      for (let i = 0; i < 2; i++) for (let j = 0; j < 4; j++) expect(cellSum(a, b, i, j).sum).toBe(c.data[i * 4 + j]);
    }
  });
  it('is reproducible from the seed and uses small whole numbers', () => {
    expect(Array.from(makeExample(7).a.data)).toEqual(Array.from(makeExample(7).a.data));
    expect(Array.from(makeExample(7).a.data)).not.toEqual(Array.from(makeExample(8).a.data));
    for (const v of makeExample(3).b.data) expect(Number.isInteger(v) && v >= -3 && v <= 5).toBe(true);
  });
  it('writes the chapter’s example out', () => {
    const cs = cellSum(tensor([[1, 2], [3, 4]]), tensor([[5, 6], [7, 8]]), 1, 0);
    expect(sumText(cs)).toBe('3·5 + 4·7 = 43');
    expect(sumText(cellSum(tensor([[-1, 2]]), tensor([[3], [-4]]), 0, 0))).toBe('(-1)·3 + 2·(-4) = -11');
  });
  it('finds the largest cell', () => {
    expect(largestCell(tensor([[1, 9, 3], [9, 2, 0]]))).toEqual({ i: 0, j: 1 });
  });
});

describe('<MatmulStepper>', () => {
  it('selects by click and moves with the arrow keys', () => {
    render(<MatmulStepper exercise />);
    const { c } = makeExample(1);
    fireEvent.click(screen.getByRole('button', { name: `C[1][2] = ${c.data[6]}` }));
    expect(screen.getByText(/C\[1\]\[2\] = row 1 of A · column 2 of B/)).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('button', { name: `C[1][2] = ${c.data[6]}` }), { key: 'ArrowUp' });
    expect(screen.getByText(/C\[0\]\[2\] = row 0 of A · column 2 of B/)).toBeTruthy();
    expect(document.activeElement?.getAttribute('aria-label')).toBe(`C[0][2] = ${c.data[2]}`);
    expect(screen.getByText(/the same number\./)).toBeTruthy();
  });
  it('is not solved at load, even though seed 1 puts the largest entry at (0, 0)', () => {
    const { container } = render(<MatmulStepper exercise />);
    const { c } = makeExample(1);
    expect(largestCell(c)).toEqual({ i: 0, j: 0 });
    expect(container.querySelector('.kit-exercise')?.getAttribute('data-exercise-state')).toBe('unanswered');
    expect(screen.getByText(/C\[1\]\[3\] = row 1 of A/)).toBeTruthy();
    // hovering over the answer is not answering
    fireEvent.pointerEnter(screen.getByRole('button', { name: `C[0][0] = ${c.data[0]}` }), { pointerType: 'mouse' });
    expect(screen.queryByText('✓ solved')).toBeNull();
  });
  it('starts on a cell that is not the largest for every seed', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { c } = makeExample(seed);
      const best = largestCell(c);
      const s = startCell(best, 2, 4);
      expect(c.data[s.i * 4 + s.j], `seed ${seed}`).toBeLessThan(c.data[best.i * 4 + best.j]);
    }
  });
  it('solves the exercise on the largest cell', () => {
    render(<MatmulStepper exercise />);
    const { c } = makeExample(1);
    const best = largestCell(c);
    fireEvent.click(screen.getByRole('button', { name: `C[${best.i}][${best.j}] = ${c.data[best.i * 4 + best.j]}` }));
    expect(screen.getByText('✓ solved')).toBeTruthy();
  });
});
