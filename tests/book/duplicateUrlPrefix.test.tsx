// @vitest-environment happy-dom
// Authoring mistake: two widgets on one chapter page that keep their settings in the URL under the same
// prefix. The chapter fixture puts the Celsius dial twice, both sharing in the URL; the second fails in
// its own box with a message naming the prefix and both widgets, and the page logs a console error
// (which the chapter's browser tests turn into a failure).
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { mdxComponents } from '../../src/book/mdxComponents';
import DuplicatePrefix from './fixtures/duplicate-url-prefix.mdx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

it('a chapter with two widgets sharing one URL prefix reports it, naming the prefix and both widgets', async () => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  render(<DuplicatePrefix components={mdxComponents} />);
  const alert = await screen.findByRole('alert');
  const message = 'Two widgets on this page keep their settings in the URL under the prefix "cd.": "Celsius dial" and "Celsius dial"';
  expect(alert.textContent).toContain('The “Celsius dial” widget stopped working.');
  expect(alert.textContent).toContain(message);
  expect(errors.mock.calls.some((call) => String(call[0]).includes(message))).toBe(true);
  // Only the second copy failed; the first dial and the rest of the chapter are there.
  expect(screen.getAllByRole('alert')).toHaveLength(1);
  expect(document.querySelectorAll('.celsius-dial')).toHaveLength(1);
  expect(screen.getByText(/must still be there/)).toBeTruthy();
});
