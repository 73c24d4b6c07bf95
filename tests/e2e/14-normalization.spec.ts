// Chapter 14 in a real browser: math, listings, the histogram viewer and the duel operated by mouse and
// keyboard, a malformed link, axe, phone width, screenshots.
import type { Locator } from '@playwright/test';
import { test, expect, gotoChapter, expectNoSeriousAxeViolations, screenshots, type Page } from './support/reader';
import { expectListingsFilled, expectMathRendered, expectNoSidewaysScroll, widgetShots } from './support/chapter';

const SLUG = 'normalization';
const UNSTICK = '.topbar { position: static !important; }';

async function open(page: Page, name: string, query = ''): Promise<Locator> {
  await page.goto(`/chapters/${SLUG}${query}`);
  await expect(page.locator(`[data-chapter-loaded="${SLUG}"]`)).toBeVisible({ timeout: 30_000 });
  const w = page.getByRole('region', { name });
  // The widget loads on demand: its loading frame is replaced by the real one, so retry the scroll.
  await expect(async () => {
    await w.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(w.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  return w;
}
const statOf = (w: Locator, label: string) => w.locator('.kit-stat', { has: w.page().locator('.kit-stat__label', { hasText: label }) }).locator('.kit-stat__value');

test('chapter 14 opens: sections, math, the engine listings, no exercise solved, axe, phone width', async ({ page }) => {
  test.setTimeout(180_000);
  await gotoChapter(page, SLUG);
  const headings = (await page.locator('main h2').allTextContents()).filter((h) => /^14\.\d/.test(h)).map((h) => h.slice(0, 4));
  expect(headings).toEqual(['14.1', '14.2', '14.3', '14.4', '14.5']);
  await expectMathRendered(page);
  await expectListingsFilled(page);
  const code = (await page.locator('pre code').allTextContents()).join('\n');
  expect(code).toContain('export function layerNorm');
  expect(code).toContain('export function batchNorm');
  for (const name of ['Activation histograms per layer', 'Normalization duel']) {
    const w = page.getByRole('region', { name });
    await expect(async () => {
      await w.scrollIntoViewIfNeeded({ timeout: 2_000 });
      await expect(w.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
  }
  for (const state of await page.locator('.kit-exercise').evaluateAll((es) => es.map((e) => e.getAttribute('data-exercise-state')))) {
    expect(state).toBe('unanswered');
  }
  await expectNoSeriousAxeViolations(page, 'chapter14');
  await expectNoSidewaysScroll(page);
  await screenshots(page, 'chapter14/page');
});

test('histograms: Play changes them, the gain slider (keyboard) starts again', async ({ page }) => {
  test.setTimeout(120_000);
  const w = await open(page, 'Activation histograms per layer');
  const live = w.locator('.kit-readout');
  await expect(live).toContainText('Untrained (step 0)');
  await w.getByRole('button', { name: 'Play' }).click();
  await expect(live).toContainText(/Step \d+\./, { timeout: 60_000 });
  await w.getByRole('button', { name: 'Pause' }).click();
  const gain = w.getByRole('slider', { name: 'Initial weight gain' });
  await gain.focus();
  for (let i = 0; i < 6; i++) await gain.press('ArrowRight');
  await expect(gain).toHaveAttribute('aria-valuetext', '2.5');
  await expect(live).toContainText('Untrained (step 0)');
  await widgetShots(page, w, 'histograms', 'chapter14', { style: UNSTICK });
});

test('duel: Play trains both, the normalized loss falls below the plain one; a malformed link gives a notice', async ({ page }) => {
  test.setTimeout(150_000);
  let w = await open(page, 'Normalization duel', '?norm.speed=10');
  await w.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => Number(await statOf(w, 'Step').textContent()), { timeout: 90_000 }).toBeGreaterThanOrEqual(120);
  await w.getByRole('button', { name: 'Pause' }).click();
  const plain = Number(await statOf(w, 'Plain loss').textContent());
  const normed = Number(await statOf(w, 'Loss with LayerNorm').textContent());
  expect(normed).toBeLessThan(plain);
  await expect(w.locator('.kit-readout')).toContainText(/First layer's weight gradient: plain/);
  await widgetShots(page, w, 'duel', 'chapter14', { style: UNSTICK });
  await w.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('Enter');
  await expect(statOf(w, 'Step')).toHaveText('0');
  await w.getByRole('combobox', { name: 'Normalization' }).selectOption('batch');
  await expect(statOf(w, 'Loss with BatchNorm1d')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('norm.norm')).toBe('batch');
  w = await open(page, 'Normalization duel', '?norm.depth=99');
  await expect(w.locator('.kit-notice', { hasText: 'could not be used' })).toContainText('Hidden layers');
});

test('exercises check against engine values', async ({ page }) => {
  await gotoChapter(page, SLUG);
  const ex = page.locator('.kit-exercise', { hasText: 'normalize by hand' });
  await ex.getByRole('textbox').fill('1.5');
  await expect(ex).toHaveAttribute('data-exercise-state', 'wrong');
  await ex.getByRole('textbox').fill('1.604');
  await expect(ex).toHaveAttribute('data-exercise-state', 'correct');
  const choice = page.locator('.kit-exercise', { hasText: 'one example at a time' });
  await choice.getByRole('radio', { name: 'LayerNorm' }).check();
  await choice.getByRole('button', { name: 'Check' }).click();
  await expect(choice).toHaveAttribute('data-exercise-state', 'correct');
});
