// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdateNotice } from './UpdateNotice';
import { setUpdateReady } from './updateStore';

afterEach(() => {
  cleanup();
  act(() => setUpdateReady(null));
});

describe('UpdateNotice', () => {
  it('is an empty polite status region until a new version is ready', () => {
    render(<UpdateNotice />);
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says a new version is available; Reload asks for it', () => {
    const reload = vi.fn();
    render(<UpdateNotice />);
    act(() => setUpdateReady({ reload }));
    expect(screen.getByRole('status').textContent).toContain('A new version of the book is available.');
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('Not now hides it until the next version', () => {
    render(<UpdateNotice />);
    act(() => setUpdateReady({ reload: vi.fn() }));
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.getByRole('status').textContent).toBe('');
    act(() => setUpdateReady({ reload: vi.fn() }));
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('renders the same empty region on the server whatever the browser knows (prerendered pages hydrate cleanly)', () => {
    setUpdateReady({ reload: vi.fn() });
    expect(renderToString(<UpdateNotice />)).toBe('<div class="update-notice" role="status" aria-live="polite"></div>');
  });
});
