// Checks every chapter spec makes: math rendered, code listings filled, no sideways scroll at phone
// width, and close-up screenshots of a widget at both widths in both themes.
import type { Locator } from '@playwright/test';
import { expect, drawWholePage, emulateSystemTheme, SCREEN_SIZES, type Page } from './reader';

/** Close-ups of one widget at desktop and phone width, light and dark (full pages shrink too much to judge a widget). */
export async function widgetShots(page: Page, widget: Locator, name: string, folder = 'widgets', options: { style?: string } = {}) {
  const original = page.viewportSize() ?? SCREEN_SIZES.desktop;
  for (const [size, viewport] of Object.entries(SCREEN_SIZES)) {
    await page.setViewportSize(viewport);
    for (const scheme of ['light', 'dark'] as const) {
      await emulateSystemTheme(page, scheme);
      await widget.scrollIntoViewIfNeeded();
      await widget.screenshot({ path: `screenshots/${folder}/${name}-${size}-${scheme}.png`, style: options.style });
    }
  }
  await page.setViewportSize(original);
  await emulateSystemTheme(page, 'light');
}

export async function expectMathRendered(page: Page) {
  const math = page.locator('article .katex, main .katex');
  expect(await math.count()).toBeGreaterThan(3);
  await expect(page.locator('.katex-error')).toHaveCount(0);
  await expect(page.locator('.katex-display').first()).toBeVisible();
}

/** At phone width the page must not scroll sideways (wide things scroll inside their own boxes). */
export async function expectNoSidewaysScroll(page: Page) {
  const original = page.viewportSize() ?? SCREEN_SIZES.desktop;
  await page.setViewportSize(SCREEN_SIZES.phone);
  const undraw = await drawWholePage(page); // blocks far from the view count too
  // Charts that size themselves with a ResizeObserver re-measure a frame after the resize.
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await expect.poll(overflow, { message: 'page wider than the 390 px screen', timeout: 5_000 }).toBeLessThanOrEqual(0);
  await undraw();
  await page.setViewportSize(original);
}

export async function expectListingsFilled(page: Page) {
  const blocks = page.locator('pre code');
  expect(await blocks.count()).toBeGreaterThan(0);
  for (const text of await blocks.allTextContents()) expect(text.trim().length).toBeGreaterThan(20);
}
