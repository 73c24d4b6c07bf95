// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnswerExercise } from './AnswerExercise';
import { Exercise } from './Exercise';
import { ProgressMark } from './ProgressMark';
import {
  PROGRESS_STORAGE_KEY, chapterCounts, chapterSlugFromPath, markExerciseSeen, markExerciseSolved, parseProgress,
  progressText, readProgress, resetProgress,
} from './progress';

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/chapters/loss-functions');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('progress store', () => {
  it('remembers seen and solved exercises per chapter, once each, in localStorage', () => {
    markExerciseSeen('loss-functions', 'a');
    markExerciseSeen('loss-functions', 'b');
    markExerciseSeen('loss-functions', 'b');
    markExerciseSolved('loss-functions', 'a');
    markExerciseSolved('loss-functions', 'a');
    expect(readProgress()).toEqual({ 'loss-functions': { seen: ['a', 'b'], solved: ['a'] } });
    expect(JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY)!)).toEqual(readProgress());
    expect(chapterCounts(readProgress(), 'loss-functions')).toEqual({ solved: 1, total: 2 });
    expect(chapterCounts(readProgress(), 'other')).toEqual({ solved: 0, total: 0 });
  });

  it('reset forgets everything', () => {
    markExerciseSolved('x', 'a');
    resetProgress();
    expect(readProgress()).toEqual({});
    expect(localStorage.getItem(PROGRESS_STORAGE_KEY)).toBeNull();
  });

  it('says how much is solved in words', () => {
    expect(progressText({ solved: 0, total: 5 })).toBeNull();
    expect(progressText({ solved: 3, total: 5 })).toBe('3 of 5 exercises solved');
    expect(progressText({ solved: 5, total: 5 })).toBe('all exercises solved');
  });

  it('drops malformed stored data instead of trusting it', () => {
    expect(parseProgress('not json')).toEqual({});
    expect(parseProgress('[1,2]')).toEqual({});
    expect(parseProgress('{"a":{"seen":["x",3],"solved":"y"},"b":null}')).toEqual({ a: { seen: ['x'], solved: [] } });
    localStorage.setItem(PROGRESS_STORAGE_KEY, '{oops');
    expect(readProgress()).toEqual({});
  });

  it('works without storage: nothing is remembered and nothing throws', () => {
    // what a browser with storage disabled does: touching window.localStorage throws
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => markExerciseSolved('x', 'a')).not.toThrow();
    expect(readProgress()).toEqual({});
    render(<ProgressMark slug="x" />);
    expect(document.body.textContent).toBe('');
  });

  it('finds the chapter in a path, under any base', () => {
    expect(chapterSlugFromPath('/chapters/loss-functions')).toBe('loss-functions');
    expect(chapterSlugFromPath('/book/chapters/loss-functions/')).toBe('loss-functions');
    expect(chapterSlugFromPath('/')).toBeNull();
    expect(chapterSlugFromPath('/chapters/a/b')).toBeNull();
  });
});

describe('exercises record progress only by the reader’s action', () => {
  it('an exercise already correct when it mounts is seen but not recorded as solved', () => {
    render(<Exercise title="given" solved>task</Exercise>);
    expect(readProgress()).toEqual({ 'loss-functions': { seen: ['given'], solved: [] } });
  });

  it('typing the right answer records it for the chapter on the route', () => {
    render(<AnswerExercise title="by hand" question={<p>2 + 2?</p>} label="Sum" expected={4} />);
    expect(chapterCounts(readProgress(), 'loss-functions')).toEqual({ solved: 0, total: 1 });
    fireEvent.change(screen.getByRole('textbox', { name: 'Sum' }), { target: { value: '5' } });
    expect(chapterCounts(readProgress(), 'loss-functions').solved).toBe(0);
    fireEvent.change(screen.getByRole('textbox', { name: 'Sum' }), { target: { value: '4' } });
    expect(readProgress()['loss-functions']!.solved).toEqual(['by hand']);
  });

  it('off a chapter page nothing is recorded', () => {
    window.history.replaceState(null, '', '/');
    const { rerender } = render(<Exercise title="t" solved={false}>task</Exercise>);
    rerender(<Exercise title="t" solved>task</Exercise>);
    expect(readProgress()).toEqual({});
  });
});

describe('ProgressMark', () => {
  it('shows nothing before the first solve, a count while some are solved, a tick when all are', () => {
    markExerciseSeen('c', 'a');
    markExerciseSeen('c', 'b');
    const { container } = render(<ProgressMark slug="c" />);
    expect(container.textContent).toBe('');
    act(() => markExerciseSolved('c', 'a'));
    expect(container.textContent).toContain('1/2');
    expect(screen.getByText(/1 of 2 exercises solved/)).toBeTruthy();
    act(() => markExerciseSolved('c', 'b'));
    expect(container.textContent).toContain('✓');
    expect(screen.getByText(/all exercises solved/)).toBeTruthy();
    act(() => resetProgress());
    expect(container.textContent).toBe('');
  });
});
