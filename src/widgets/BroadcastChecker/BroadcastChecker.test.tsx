// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { add, zeros } from '../../engine';
import { alignAxes, engineBroadcast, parseShape } from './broadcastCheck';
import { readShapesFromUrl } from './urlShapes';
import { BroadcastChecker } from './index';
import { solvesGoal } from './BroadcastChecker';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('parseShape', () => {
  it('accepts the usual spellings', () => {
    for (const t of ['2, 3', '[2,3]', '(2, 3)', '2 3', ' 2,3 ', '2x3', '2×3']) expect(parseShape(t)).toEqual({ ok: true, shape: [2, 3] });
    expect(parseShape('')).toEqual({ ok: true, shape: [] });
    expect(parseShape('[]')).toEqual({ ok: true, shape: [] });
  });
  it('rejects what is not a size', () => {
    for (const t of ['2, -1', '2, 0', '2.5', 'a', '9999']) expect(parseShape(t).ok).toBe(false);
    expect(parseShape('1,1,1,1,1,1,1').ok).toBe(false);
  });
});

describe('alignAxes', () => {
  it('aligns on the right and judges each axis', () => {
    const rows = alignAxes([8, 1, 6, 1], [7, 1, 5]);
    expect(rows.map((r) => r.fromRight)).toEqual([-4, -3, -2, -1]);
    expect(rows.map((r) => r.a)).toEqual([8, 1, 6, 1]);
    expect(rows.map((r) => r.b)).toEqual([null, 7, 1, 5]);
    expect(rows.map((r) => r.verdict)).toEqual(['b stretches', 'a stretches', 'b stretches', 'a stretches']);
    expect(rows.map((r) => r.out)).toEqual([8, 7, 6, 5]);
    expect(alignAxes([2, 3], [4]).map((r) => r.verdict)).toEqual(['b stretches', 'mismatch']);
  });
  it('agrees with the engine on every pair of small shapes', () => {
    const shapes = [[], [1], [3], [2, 1], [2, 3], [1, 3], [4, 2, 3], [4, 1, 1], [3, 3]];
    for (const a of shapes) {
      for (const b of shapes) {
        const rows = alignAxes(a, b);
        const ours = rows.some((r) => r.verdict === 'mismatch') ? null : rows.map((r) => r.out);
        let engine: number[] | null = null;
        try {
          engine = add(zeros(a), zeros(b)).shape;
        } catch {
          engine = null;
        }
        expect(ours, `${JSON.stringify(a)} + ${JSON.stringify(b)}`).toEqual(engine);
      }
    }
  });
});

describe('engineBroadcast', () => {
  it('returns the shape the engine produced, or its exact message', () => {
    expect(engineBroadcast([4, 1], [1, 5])).toEqual({ ok: true, shape: [4, 5], ranAdd: true });
    expect(engineBroadcast([2, 3], [4])).toEqual({ ok: false, error: 'add: shapes [2,3] and [4] do not broadcast' });
    expect(engineBroadcast([4096, 4096], [1])).toEqual({ ok: true, shape: [4096, 4096], ranAdd: false });
  });
});

describe('URL state', () => {
  it('reads good shapes and names bad ones', () => {
    expect(readShapesFromUrl('bc', '?bc.a=2,3&bc.b=3')).toEqual({ a: '2,3', b: '3', notices: [] });
    const r = readShapesFromUrl('bc', '?bc.a=2,x');
    expect(r.a).toBeUndefined();
    expect(r.notices[0]).toMatch(/^Shape a from the link: "x" is not a size/);
  });
  it('starts from the link and writes edits back', () => {
    window.history.replaceState(null, '', '/chapters/x?bc.a=4,1&bc.b=1,5');
    render(<BroadcastChecker shareInUrl />);
    expect(screen.getByText('[4,5]')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Shape of b' }), { target: { value: '2, 5' } });
    expect(new URLSearchParams(window.location.search).get('bc.b')).toBe('2, 5');
    expect(screen.getByText('add: shapes [4,1] and [2,5] do not broadcast')).toBeTruthy();
  });
  it('solves the exercise with a fitting b', () => {
    render(<BroadcastChecker initialA="8, 1, 6, 1" initialB="3" goal={{ a: '8, 1, 6, 1', result: [8, 7, 6, 5] }} />);
    expect(screen.getByText('not solved yet')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Shape of b' }), { target: { value: '7, 6, 5' } });
    expect(screen.getByText('✓ solved')).toBeTruthy();
  });
  it('as the chapter places it, starts unsolved and offers no example button that solves it', () => {
    const goal = { a: '8, 1, 6, 1', result: [8, 7, 6, 5] };
    const { container } = render(<BroadcastChecker initialA="8, 1, 6, 1" initialB="1" goal={goal} />);
    expect(container.querySelector('.kit-exercise')?.getAttribute('data-exercise-state')).toBe('unanswered');
    expect(screen.queryByRole('button', { name: '[8,1,6,1] + [7,1,5]' })).toBeNull();
    expect(screen.getByRole('button', { name: '[2,3] + [4]' })).toBeTruthy();
    expect(solvesGoal(goal, '8, 1, 6, 1', '7, 1, 5')).toBe(true);
    expect(solvesGoal(goal, '8, 1, 6, 1', '1')).toBe(false);
    expect(solvesGoal(goal, '8, 7, 6, 5', '')).toBe(false);
  });
});
