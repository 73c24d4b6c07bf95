// @vitest-environment happy-dom
// Prerendered pages: a widget's HTML from the server (no URL query there) hydrates without a
// mismatch, and a shared link's settings apply right after hydration; a lazy widget's server HTML is
// its loading frame with a note for readers without JavaScript.
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineParams } from './params';
import { useParams } from './useParams';
import { useHydrated } from './hydration';
import { lazyWidget } from './lazyWidget';

// React's act() in a hand-made root (no Testing Library render here).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const SPECS = defineParams({
  hidden: { kind: 'number', label: 'Hidden units', default: 4, min: 1, max: 16, step: 1, integer: true },
});

function Probe() {
  const { values, notices } = useParams(SPECS, { prefix: 'p', shareInUrl: true });
  const hydrated = useHydrated();
  return (
    <div>
      <span data-testid="hidden">{values.hidden}</span>
      <span data-testid="hydrated">{String(hydrated)}</span>
      {notices.map((n) => <p key={n}>{n}</p>)}
    </div>
  );
}

/** Server HTML for `element` (rendered with no URL), then hydrated at `url` in the browser. */
async function serverThenHydrate(element: React.ReactElement, url: string) {
  const html = renderToString(element);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  window.history.replaceState(null, '', url);
  const recoverable = vi.fn();
  const consoleError = vi.spyOn(console, 'error');
  await act(async () => {
    roots.push(hydrateRoot(container, element, { onRecoverableError: recoverable }));
  });
  return { html, container, recoverable, consoleError };
}

// Unmounted after each test, as a page would be left: a mounted widget keeps its URL prefix claimed.
const roots: Root[] = [];

afterEach(() => {
  act(() => roots.splice(0).forEach((root) => root.unmount()));
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

describe('hydrating a prerendered widget', () => {
  it('renders the defaults on the server, then applies the URL after hydration with no mismatch', async () => {
    const { html, container, recoverable, consoleError } = await serverThenHydrate(<Probe />, '/chapters/x?p.hidden=8&p.other=1');
    expect(html).toContain('>4<');
    expect(html).toContain('>false<');
    expect(container.querySelector('[data-testid="hidden"]')!.textContent).toBe('8');
    expect(container.querySelector('[data-testid="hydrated"]')!.textContent).toBe('true');
    expect(new URLSearchParams(window.location.search).get('p.hidden')).toBe('8');
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('a bad value in the link gives its notice after hydration and keeps the default', async () => {
    const { container, recoverable } = await serverThenHydrate(<Probe />, '/chapters/x?p.hidden=abc');
    expect(container.querySelector('[data-testid="hidden"]')!.textContent).toBe('4');
    expect(container.textContent).toContain('Hidden units: "abc" is not a number');
    expect(recoverable).not.toHaveBeenCalled();
  });

  it('a lazy widget prerenders its titled loading frame, with a note that needs no JavaScript', async () => {
    const Lazy = lazyWidget('Lab', 'The lab', () => new Promise<() => null>(() => {}));
    const { html, container, recoverable } = await serverThenHydrate(<Lazy />, '/chapters/x');
    expect(html).toContain('aria-label="The lab"');
    expect(html).toContain('kit-widget--loading');
    expect(html).toContain('<noscript><p class="kit-help">This interactive widget needs JavaScript.');
    expect(html).not.toContain('Loading the widget');
    expect(container.querySelector('section')!.getAttribute('aria-label')).toBe('The lab');
    expect(recoverable).not.toHaveBeenCalled();
  });
});
