// Shared Playwright helpers for every end-to-end spec: what a careful reader would notice.
//
//   import { test, expect, gotoChapter, expectNoSeriousAxeViolations, screenshots } from './support/reader';
//
//   test('XOR lab trains', async ({ page }) => {
//     await gotoChapter(page, 'activation-functions');
//     ...
//     await expectNoSeriousAxeViolations(page, 'xor-lab');
//     await screenshots(page, 'xor-lab');
//   });
//
// - `test` is @playwright/test's test with one automatic fixture, `pageProblems`: it records every
//   console error, uncaught page error, failed request and HTTP response >= 400 of `page`, and fails
//   the test at the end if any were seen. A test that provokes one on purpose says so first:
//   `pageProblems.allow(/expected message/)`.
// - `gotoChapter(page, slug)` opens /chapters/<slug> and waits until the chapter body (a lazily
//   loaded chunk) and the fonts are in place.
// - `expectNoSeriousAxeViolations(page, label)` runs axe, writes every violation to
//   test-results/axe/<label>.json and fails on serious or critical ones.
// - `screenshots(page, name)` saves full-page PNGs to screenshots/<name>-{desktop,phone}-{light,dark}.png
//   (1280 px and 390 px wide). Look at them.
// - `drawWholePage(page)` draws the blocks a chapter skips while they are far from the view
//   (content-visibility: auto), for anything that looks at or measures the whole page at once.
// - `settledBox(locator)` scrolls an element into view and returns its box once it has stopped moving,
//   for mouse actions at a position inside it.
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export { expect };
export type { Page };

/** localStorage key under which the site remembers an explicit theme choice (see src/book/theme.ts). */
export const THEME_STORAGE_KEY = 'textbook-theme';

export interface PageProblems {
  /** Everything seen so far, one line each ("console: …", "pageerror: …", "http 404: …", "requestfailed: …"). */
  readonly seen: readonly string[];
  /** Tolerate problems matching `pattern` in this test (for tests that provoke an error on purpose). */
  allow(pattern: RegExp): void;
}

export const test = base.extend<{ pageProblems: PageProblems }>({
  pageProblems: [
    async ({ page }, use) => {
      const seen: string[] = [];
      const allowed: RegExp[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') seen.push(`console: ${m.text()} @ ${m.location().url}`);
      });
      page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
      page.on('response', (r) => {
        if (r.status() >= 400) seen.push(`http ${r.status()}: ${r.url()}`);
      });
      page.on('requestfailed', (r) => {
        const why = r.failure()?.errorText ?? 'unknown';
        // A reload or navigation cancels requests still in flight (net::ERR_ABORTED): not a fault.
        if (why.includes('ERR_ABORTED')) return;
        seen.push(`requestfailed: ${r.url()} ${why}`);
      });
      await use({ seen, allow: (p) => void allowed.push(p) });
      const unexpected = seen.filter((s) => !allowed.some((p) => p.test(s)));
      expect(unexpected, `console errors, page errors or failed requests:\n${unexpected.join('\n')}`).toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens a chapter by slug and waits until its lazily loaded body and the web fonts are ready. */
export async function gotoChapter(page: Page, slug: string): Promise<void> {
  await page.goto(`/chapters/${slug}`);
  await waitForChapter(page, slug);
}

/** Waits for the chapter body the site marks with data-chapter-loaded="<slug>" (after navigation by link, too). */
export async function waitForChapter(page: Page, slug: string): Promise<void> {
  await expect(page.locator(`[data-chapter-loaded="${slug}"]`)).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Runs axe on the current page; writes all violations to test-results/axe/<label>.json; fails on serious/critical. */
export async function expectNoSeriousAxeViolations(
  page: Page,
  label: string,
  options: { exclude?: string[]; include?: string[] } = {},
): Promise<void> {
  let builder = new AxeBuilder({ page });
  for (const selector of options.include ?? []) builder = builder.include(selector); // only these parts (a long page is slow to scan)
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const result = await builder.analyze();
  const violations = result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
  }));
  const dir = join('test-results', 'axe');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${safeName(label)}.json`), JSON.stringify(violations, null, 2));
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `axe (${label}): serious/critical violations\n${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

export const SCREEN_SIZES = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/**
 * Saves full-page screenshots of the current page at desktop and phone width, in light and dark.
 * The colour scheme is switched the way a reader's system would switch it (emulateMedia), after
 * forgetting any theme the test chose with the toggle, so the site must follow the system.
 * Restores the viewport and the light scheme afterwards. Returns the file paths.
 */
export async function screenshots(page: Page, name: string): Promise<string[]> {
  const original = page.viewportSize() ?? SCREEN_SIZES.desktop;
  mkdirSync('screenshots', { recursive: true });
  const paths: string[] = [];
  const undraw = await drawWholePage(page);
  for (const [size, viewport] of Object.entries(SCREEN_SIZES)) {
    await page.setViewportSize(viewport);
    for (const scheme of ['light', 'dark'] as const) {
      await emulateSystemTheme(page, scheme);
      const path = join('screenshots', `${safeName(name)}-${size}-${scheme}.png`);
      // From the top, so sticky bars sit where a reader first sees them.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path, fullPage: true });
      paths.push(path);
    }
  }
  await undraw();
  await page.setViewportSize(original);
  await emulateSystemTheme(page, 'light');
  return paths;
}

/**
 * Chapters skip laying out and painting the blocks far from the view (content-visibility: auto in
 * src/book/styles/prose.css): a full-page screenshot would show them blank, and a measurement of the
 * page's width or height would miss them. This draws every such block as it looks once on screen (the
 * same containment, its real size) until the returned function is called.
 */
export async function drawWholePage(page: Page): Promise<() => Promise<void>> {
  const marked = await page.evaluate(() => {
    let count = 0;
    for (const el of document.querySelectorAll('main *')) {
      if (getComputedStyle(el).contentVisibility !== 'auto') continue;
      el.setAttribute('data-e2e-drawn', '');
      count++;
    }
    const style = document.createElement('style');
    style.id = 'e2e-draw-whole-page';
    style.textContent = '[data-e2e-drawn] { content-visibility: visible !important; contain: layout style paint !important; }';
    document.head.append(style);
    return count;
  });
  // No wait for a frame here (none comes in a page with JavaScript off): measuring or screenshotting lays the page out.
  return async () => {
    if (!marked) return;
    await page.evaluate(() => {
      document.getElementById('e2e-draw-whole-page')?.remove();
      for (const el of document.querySelectorAll('[data-e2e-drawn]')) el.removeAttribute('data-e2e-drawn');
    });
  };
}

/** Emulates the system colour scheme and waits until the site's theme (<html data-theme>) follows it. */
/**
 * An element's box once the page has stopped moving it, for mouse actions at a position inside it.
 * Chapters lay out text blocks only as they come near the view (content-visibility), so right after a
 * scroll the blocks around it can still take their real height for a frame or two. Scrolls the element
 * into view, then waits until its box is the same in two frames in a row.
 */
export async function settledBox(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  await locator.scrollIntoViewIfNeeded();
  let last = await locator.boundingBox();
  for (let i = 0; i < 60; i++) {
    await locator.page().evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const box = await locator.boundingBox();
    if (box && last && box.x === last.x && box.y === last.y && box.width === last.width && box.height === last.height) return box;
    last = box;
  }
  throw new Error('settledBox: the element kept moving for 60 frames');
}

export async function emulateSystemTheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  const hadChoice = await page.evaluate((key) => {
    try {
      const had = localStorage.getItem(key) !== null;
      localStorage.removeItem(key);
      return had;
    } catch {
      return false; // no page loaded yet (about:blank has no storage)
    }
  }, THEME_STORAGE_KEY);
  await page.emulateMedia({ colorScheme: scheme });
  // A remembered choice was applied at load; without it the site follows the system again after a reload.
  if (hadChoice && (await page.locator('html').getAttribute('data-theme')) !== scheme) {
    await page.reload();
    await page.waitForLoadState('networkidle');
  }
  await expect(page.locator('html'), `theme follows the system (${scheme})`).toHaveAttribute('data-theme', scheme);
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => r(undefined)))));
}

function safeName(s: string): string {
  return s.replace(/[^a-z0-9._-]+/gi, '-').replace(/^-|-$/g, '') || 'page';
}
