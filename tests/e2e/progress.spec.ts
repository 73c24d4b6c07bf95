// Progress and print, in real Chromium. Solving an exercise on chapter 4 puts a count in the sidebar
// and on the home page's contents; it survives a reload; the home page's reset (after a confirmation)
// clears it. Nothing is recorded at page load. Printing drops the navigation and keeps math and code.
import { mkdirSync } from 'node:fs';
import { expect, expectNoSeriousAxeViolations, gotoChapter, test, type Page } from './support/reader';

const SLUG = 'loss-functions';
const SOLVED = /1 of \d+ exercises solved|all exercises solved/;

const sidebarEntry = (page: Page) => page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: /Loss Functions/ });
const homeEntry = (page: Page) =>
  page.getByRole('region', { name: 'Contents' }).locator('.toc-entry', { has: page.getByRole('link', { name: 'Loss Functions', exact: true }) });

test('a solved exercise shows in the contents, survives a reload, and a reset clears it', async ({ page }) => {
  await gotoChapter(page, SLUG);
  // visiting is not solving
  await expect(sidebarEntry(page)).not.toHaveAccessibleName(SOLVED);
  await expect(page.locator('.kit-progress')).toHaveCount(0);

  // a wrong answer first, then the right one (w = 1, b = 0 on the two points: errors 22 and 108 → MSE 6784)
  const exercise = page.locator('.kit-exercise', { hasText: 'a loss by hand' });
  await exercise.getByRole('textbox', { name: 'MSE' }).fill('87');
  await expect(exercise).toHaveAttribute('data-exercise-state', 'wrong');
  await expect(page.locator('.kit-progress')).toHaveCount(0);
  await exercise.getByRole('textbox', { name: 'MSE' }).fill('6784');
  await expect(exercise).toHaveAttribute('data-exercise-state', 'correct');
  await expect(sidebarEntry(page)).toHaveAccessibleName(SOLVED);

  await page.reload();
  await expect(page.locator('.chapter__body')).toBeVisible();
  await expect(sidebarEntry(page)).toHaveAccessibleName(SOLVED);
  // the remembered solve does not fill in the exercise itself
  await expect(page.locator('.kit-exercise', { hasText: 'a loss by hand' })).toHaveAttribute('data-exercise-state', 'unanswered');

  await page.goto('/');
  await expect(homeEntry(page).locator('.kit-progress')).toHaveText(/1\/\d+|✓/);
  await expect(homeEntry(page)).toContainText(SOLVED);
  await expect(sidebarEntry(page)).toHaveAccessibleName(SOLVED);
  await page.reload();
  await expect(homeEntry(page)).toContainText(SOLVED);
  mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: 'screenshots/progress-home.png' });
  await expectNoSeriousAxeViolations(page, 'progress-home');

  // reset: dismissing the confirmation keeps everything, accepting clears the ticks
  page.once('dialog', (d) => void d.dismiss());
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(homeEntry(page)).toContainText(SOLVED);
  page.once('dialog', (d) => {
    expect(d.type()).toBe('confirm');
    void d.accept();
  });
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.locator('.kit-progress')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reset progress' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Contents' })).toBeVisible();
  await expect(page.locator('.kit-progress')).toHaveCount(0);
});

test('with storage disabled the book still works, without ticks', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('storage disabled', 'SecurityError');
      },
    });
  });
  await gotoChapter(page, SLUG);
  const exercise = page.locator('.kit-exercise', { hasText: 'a loss by hand' });
  await exercise.getByRole('textbox', { name: 'MSE' }).fill('6784');
  await expect(exercise).toHaveAttribute('data-exercise-state', 'correct');
  await expect(page.locator('.kit-progress')).toHaveCount(0);
});

test('print: no navigation or buttons; math, code and widget read-outs stay', async ({ page }) => {
  await gotoChapter(page, SLUG);
  await expect(page.locator('.sidebar')).toBeVisible();
  mkdirSync('screenshots', { recursive: true });
  await page.emulateMedia({ media: 'print' });
  for (const nav of ['.topbar', '.sidebar', '.on-this-page', '.chapter-nav']) {
    await expect(page.locator(nav).first(), nav).toBeHidden();
  }
  await expect(page.locator('.chapter__body button:visible')).toHaveCount(0);
  await expect(page.locator('.katex').first()).toBeVisible();
  await expect(page.locator('pre code').first()).toBeVisible();
  await expect(page.locator('.kit-readout').first()).toBeVisible();
  // no listing is clipped: every code block is as wide as its content
  const clipped = await page.locator('pre').evaluateAll((pres) => pres.filter((p) => p.scrollWidth > p.clientWidth + 1).length);
  expect(clipped).toBe(0);
  await page.screenshot({ path: 'screenshots/progress-print.png', fullPage: true });
  // a reader in the dark theme prints dark text on white paper
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  const fg = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--fg').trim());
  expect(fg).toBe('#1c1e22');
  await page.screenshot({ path: 'screenshots/progress-print-dark.png' });
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.sidebar')).toBeVisible();
});
