// @vitest-environment happy-dom
// Exercise progress in the book's contents: a tick or count per chapter on the home page and in the
// sidebar, with words for screen readers, and a reset button that asks first.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../src/book/App';
import { markExerciseSeen, markExerciseSolved, readProgress, resetProgress } from '../../src/widgets/kit';

function renderAt(path: string) {
  const location = memoryLocation({ path });
  render(
    <Router hook={location.hook}>
      <App />
    </Router>,
  );
}

beforeEach(() => resetProgress());
afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('progress in the contents', () => {
  it('no marks and no reset button before anything is solved', () => {
    markExerciseSeen('loss-functions', 'a');
    renderAt('/');
    expect(screen.queryByRole('button', { name: 'Reset progress' })).toBeNull();
    expect(document.querySelectorAll('.kit-progress')).toHaveLength(0);
  });

  it('home contents and sidebar show "1 of 2" and then a tick; reset asks, then clears them', () => {
    markExerciseSeen('loss-functions', 'a');
    markExerciseSeen('loss-functions', 'b');
    markExerciseSolved('loss-functions', 'a');
    renderAt('/');
    const contents = screen.getByRole('region', { name: 'Contents' });
    const sidebar = screen.getByRole('navigation', { name: 'Chapters' });
    expect(within(contents).getByText(/1 of 2 exercises solved/)).toBeTruthy();
    expect(within(sidebar).getByRole('link', { name: /Loss Functions.*1 of 2 exercises solved/i })).toBeTruthy();

    act(() => markExerciseSolved('loss-functions', 'b'));
    expect(within(contents).getByText(/all exercises solved/)).toBeTruthy();
    expect(within(sidebar).getByText('✓')).toBeTruthy();

    const confirm = vi.fn().mockReturnValueOnce(false); // happy-dom has no window.confirm
    vi.stubGlobal('confirm', confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Reset progress' }));
    expect(confirm).toHaveBeenCalledOnce();
    expect(within(sidebar).getByText('✓')).toBeTruthy(); // cancelled: nothing forgotten

    confirm.mockReturnValueOnce(true);
    fireEvent.click(screen.getByRole('button', { name: 'Reset progress' }));
    expect(readProgress()).toEqual({});
    expect(document.querySelectorAll('.kit-progress')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Reset progress' })).toBeNull();
  });
});
