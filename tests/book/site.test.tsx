// @vitest-environment happy-dom
// The site shell rendered in happy-dom: routes, home contents, a real compiled chapter, not-found,
// theme toggle, menu, MDX component map, and contained crashes.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../src/book/App';
import { ErrorBoundary } from '../../src/book/ErrorBoundary';
import { mdxComponents } from '../../src/book/mdxComponents';
import { PLAN } from '../../src/book/plan';
import CrashingWidget from './fixtures/crashing-widget.mdx';
import BrokenBody from './fixtures/broken-body.mdx';

function renderAt(path: string) {
  const location = memoryLocation({ path, record: true });
  render(
    <Router hook={location.hook}>
      <App />
    </Router>,
  );
  return location;
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('routes', () => {
  it('home: title and contents by part, unwritten chapters as "coming" without links', () => {
    renderAt('/');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Weave a Framework');
    const contents = screen.getByRole('region', { name: 'Contents' });
    expect(within(contents).getByRole('heading', { level: 3, name: 'Part VII · Transformers' })).toBeTruthy();
    const building = within(contents).getByText('Building GPT').closest('li')!;
    expect(building.textContent).toContain('coming');
    expect(building.querySelector('a')).toBeNull();
    expect(within(contents).getByRole('link', { name: 'How to Read This Book' }).getAttribute('href')).toBe('/chapters/how-to-read');
    expect(contents.querySelectorAll('li').length).toBeGreaterThanOrEqual(PLAN.length);
    expect(document.title).toBe('Weave a Framework — an interactive deep-learning textbook');
  });

  it('chapter: loads the compiled MDX lazily, with math, code, table, figure and the sidebar marking it', async () => {
    renderAt('/chapters/how-to-read');
    const article = await screen.findByRole('article');
    // The first chapter compiled in a test run pays for MDX, KaTeX and Shiki start-up: 8-14 s on a busy machine.
    await screen.findByText(/Most deep-learning books ask you to trust a library/, {}, { timeout: 45_000 });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('How to Read This Book');
    expect(document.title).toBe('How to Read This Book · Weave a Framework');
    expect(article.querySelectorAll('.katex').length).toBeGreaterThan(10);
    expect(article.querySelector('.katex-display .tag')?.textContent).toContain('(0.1)');
    expect(article.querySelector('[data-rehype-pretty-code-title]')?.textContent).toBe('src/engine/ops/activations.ts');
    expect(within(article).getByRole('region', { name: /Table/ }).querySelector('table')).toBeTruthy();
    expect(article.querySelector('figure.figure figcaption')?.textContent).toMatch(/frequency slider/);
    const sidebar = screen.getByRole('navigation', { name: 'Chapters' });
    expect(sidebar.querySelector('[aria-current="page"]')?.textContent).toContain('How to Read This Book');
    // Body ready: the e2e marker is set and the on-page contents lists the h2 sections.
    await vi.waitFor(() => expect(article.getAttribute('data-chapter-loaded')).toBe('how-to-read'));
    const onPage = screen.getByRole('navigation', { name: 'On this page' });
    expect(within(onPage).getAllByRole('link').map((a) => a.getAttribute('href'))).toContain('#reading-the-math');
  }, 60_000);

  it('copy button puts the listing on the clipboard', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderAt('/chapters/how-to-read');
    const button = await screen.findByRole('button', { name: 'Copy code' }, { timeout: 10_000 });
    await act(async () => fireEvent.click(button));
    expect(writeText).toHaveBeenCalledOnce();
    expect(String((writeText.mock.calls[0] as unknown[])[0])).toContain('export function relu(a: Tensor): Tensor');
    expect(screen.getByRole('button', { name: 'Copied code' })).toBeTruthy();
  });

  it('unknown chapter: not-found naming it, a suggestion and a way back', () => {
    renderAt('/chapters/how-to-raed');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Chapter not found');
    expect(screen.getByRole('main').textContent).toContain('There is no chapter called “how-to-raed”');
    expect(screen.getByRole('link', { name: 'How to Read This Book', current: false, hidden: false }).closest('main')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the contents' }).getAttribute('href')).toBe('/');
    expect(document.title).toBe('Not found · Weave a Framework');
  });

  it('any other path: page not found with a way back', () => {
    const location = renderAt('/nowhere/at/all');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page not found');
    fireEvent.click(screen.getByRole('link', { name: 'Back to the contents' }));
    expect(location.history?.at(-1)).toBe('/');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Weave a Framework');
  });
});

describe('chrome', () => {
  it('theme toggle names the theme and switches it', () => {
    document.documentElement.dataset.theme = 'light';
    renderAt('/');
    fireEvent.click(screen.getByRole('button', { name: 'Theme: light' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(screen.getByRole('button', { name: 'Theme: dark' })).toBeTruthy();
  });

  it('menu button opens and closes the sidebar drawer', () => {
    renderAt('/');
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    expect(document.querySelector('.site--menu-open')).toBeTruthy();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('contained failures', () => {
  // React reports caught errors on the console; keep the output quiet and check the boundaries logged them.
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('a widget that throws shows its own error box; the text and the other widget keep working', async () => {
    render(
      <ErrorBoundary what="this chapter">
        <CrashingWidget components={mdxComponents} />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The “Boom” widget stopped working');
    expect(alert.textContent).toContain('the boom widget exploded on purpose');
    expect(screen.getByText(/must still be there/)).toBeTruthy();
    expect(document.querySelector('.katex')).toBeTruthy();
    // The sine demo loads on demand (near the viewport, or at the first idle moment): wait for it.
    const slider = await screen.findByRole('slider', { name: 'Frequency' }, { timeout: 5000 });
    fireEvent.change(slider, { target: { value: '3' } });
    expect(document.querySelector('.sine-demo__description')?.textContent).toContain('completes 3 cycles');
    expect(document.querySelector('.error-box')).toBeNull(); // the chapter boundary was not needed
    expect(warn).toHaveBeenCalledWith('Widget "Boom" stopped:', expect.any(Error));
  });

  it('a chapter body that throws is caught by the chapter boundary, with a message', () => {
    render(
      <main>
        <h1>Still here</h1>
        <ErrorBoundary what="this chapter">
          <BrokenBody components={mdxComponents} />
        </ErrorBoundary>
      </main>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/Sorry, this chapter could not be shown.*NotProvidedAnywhere/s);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Still here');
  });
});
