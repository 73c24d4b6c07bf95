// Prerendered pages on the built site (PW_DIST), served by the plain static server of
// static-hosting.spec.ts: every chapter's HTML carries its text before any script runs; with
// JavaScript off a reader reads it; with JavaScript on, React hydrates the page without a console
// warning or error (a hydration mismatch would show there) and keeps the server's DOM; a shared link's
// widget settings still apply after hydration. PW_BASE for a sub-path build, as in static-hosting.
import type { ConsoleMessage, Page } from '@playwright/test';
import { readChapterManifest } from '../../src/book/plugins/chapterManifestPlugin';
import { chapterSources, firstParagraphText, hasMath, htmlText } from '../support/chapterText';
import { drawWholePage, expect, test, waitForChapter } from './support/reader';
import { serveBuiltSite } from './support/staticServer';

const BASE = process.env.PW_BASE ?? '/';
const CHAPTERS = readChapterManifest('chapters');
const SOURCES = new Map(chapterSources().map((c) => [c.slug, c.source]));

/** An absolute URL on the plain static server for a route under the base ('chapters/x', '' for home). */
const at = serveBuiltSite();

/** Every console warning and error, and every uncaught page error, from now on. */
function watchConsole(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    // Playwright's own note when playwright.config.ts blocks the service worker, not the page's.
    if (m.text().startsWith('Service Worker registration blocked by Playwright')) return;
    if (m.type() === 'error' || m.type() === 'warning') seen.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  return seen;
}

/** Keeps the prerendered <h1> as the parser made it, before any module script runs (readyState "interactive"). */
const KEEP_SERVER_H1 = () => {
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') (window as unknown as { serverH1: Element | null }).serverH1 = document.querySelector('#root h1');
  });
};

test('the HTML of every chapter holds its title, first paragraph and math before any script runs', async ({ request }) => {
  for (const c of CHAPTERS) {
    const res = await request.get(at(`chapters/${c.slug}`));
    expect(res.status(), c.slug).toBe(200);
    const html = await res.text();
    const source = SOURCES.get(c.slug)!;
    expect(html, c.slug).toContain(`<div id="root" data-route="/chapters/${c.slug}">`);
    const root = html.slice(html.indexOf('<div id="root"'));
    expect(root, c.slug).toMatch(/<h1 id="chapter-title">/);
    expect(htmlText(root), c.slug).toContain(c.title);
    expect(htmlText(root), c.slug).toContain(firstParagraphText(source));
    if (hasMath(source)) expect(root, `${c.slug} has KaTeX HTML`).toContain('class="katex"');
    expect(root, c.slug).not.toContain('Loading the chapter');
  }
  const home = await (await request.get(at(''))).text();
  for (const c of CHAPTERS) expect(home, `home links ${c.slug}`).toContain(`href="${BASE}chapters/${c.slug}"`);
  const missing = await request.get(at('no/such/page'));
  expect(missing.status()).toBe(404);
  expect(htmlText(await missing.text())).toContain('Page not found');
});

test('with JavaScript off, a chapter reads: text, math, code, and a note where each interactive widget is', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const slug = 'activation-functions';
  const c = CHAPTERS.find((x) => x.slug === slug)!;
  await page.goto(at(`chapters/${slug}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
  await expect(page.getByText(firstParagraphText(SOURCES.get(slug)!)).first()).toBeVisible();
  await expect(page.locator('.katex').first()).toBeVisible();
  await expect(page.locator('pre code').first()).toBeVisible();
  await expect(page.getByText(/^JavaScript is off: every chapter/)).toBeVisible();
  const lab = page.getByRole('region', { name: 'XOR lab' });
  await expect(lab.getByText(/^This interactive widget needs JavaScript/)).toBeVisible();
  await expect(lab).not.toContainText('Loading');
  await page.screenshot({ path: 'screenshots/prerender-nojs-desktop.png' });
  await lab.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'screenshots/prerender-nojs-widget-desktop.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(at(`chapters/${slug}`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const undraw = await drawWholePage(page); // the blocks far from the view count too
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await undraw();
  await page.screenshot({ path: 'screenshots/prerender-nojs-phone.png' });
  await context.close();
});

test('every chapter hydrates: no console warning or error, and the server DOM is kept', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(KEEP_SERVER_H1);
  const seen = watchConsole(page);
  for (const c of CHAPTERS) {
    seen.length = 0;
    await page.goto(at(`chapters/${c.slug}`));
    await expect(page.locator(`[data-chapter-loaded="${c.slug}"]`)).toBeVisible({ timeout: 30_000 }); // a busy machine
    await waitForChapter(page, c.slug);
    // The body's chunk has loaded and its boundary hydrated; the <h1> the parser made is still the one shown.
    expect(await page.evaluate(() => (window as unknown as { serverH1: Element | null }).serverH1 === document.querySelector('#root h1')), `${c.slug} hydrated in place`).toBe(true);
    expect(seen, `${c.slug}: console`).toEqual([]);
  }
});

test('the home page and a dark-theme reader hydrate without a warning; the theme toggle names the theme', async ({ page }) => {
  await page.addInitScript(KEEP_SERVER_H1);
  const seen = watchConsole(page);
  await page.goto(at(''));
  await expect(page.getByRole('button', { name: 'Theme: light' })).toBeVisible();
  // Hydration is done once the toggle carries its full title (the server's names no theme).
  await expect(page.locator('.theme-toggle')).toHaveAttribute('title', /^Switch to the dark theme/);
  expect(await page.evaluate(() => (window as unknown as { serverH1: Element | null }).serverH1 === document.querySelector('#root h1')), 'home hydrated in place').toBe(true);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(at('chapters/tensor-basics'));
  await waitForChapter(page, 'tensor-basics');
  await expect(page.getByRole('button', { name: 'Theme: dark' })).toBeVisible();
  await expect(page.locator('.theme-toggle')).toHaveAttribute('title', /^Switch to the light theme/);
  expect(seen).toEqual([]);
});

test("a shared link's widget settings apply after hydration, with no console error", async ({ page }) => {
  const seen = watchConsole(page);
  // An eager widget (hydrated with the page): the broadcasting checker in chapter 3.
  await page.goto(at('chapters/operators-and-broadcasting?bc.a=4,1&bc.b=1,5'));
  await waitForChapter(page, 'operators-and-broadcasting');
  const checker = page.getByRole('region', { name: /Broadcasting checker/ });
  await expect(checker.getByLabel('Shape of a')).toHaveValue('4,1');
  await expect(checker.getByLabel('Shape of b')).toHaveValue('1,5');
  expect(new URL(page.url()).searchParams.get('bc.a')).toBe('4,1');
  // A lazy widget (mounted after hydration): the XOR lab in chapter 12.
  await page.goto(at('chapters/activation-functions?xor.hidden=8'));
  await waitForChapter(page, 'activation-functions');
  const lab = page.getByRole('region', { name: 'XOR lab' });
  await expect(async () => {
    await lab.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(lab.getByRole('slider', { name: 'Hidden units' })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(lab.getByRole('slider', { name: 'Hidden units' })).toHaveValue('8');
  expect(new URL(page.url()).searchParams.get('xor.hidden')).toBe('8');
  expect(seen).toEqual([]);
});
