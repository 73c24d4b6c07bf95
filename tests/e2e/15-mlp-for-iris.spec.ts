// Chapter 15 in a real browser: the chapter opens with math, listings and tables; the Iris trainer
// trains past step 300 to at least 93 % test accuracy (mouse and keyboard), its confusion matrix is a
// real table that fills in, a malformed link gives a notice, divergence pauses with an explanation;
// the decision regions train, stop at step 300 and draw 150 flowers; axe; phone width; screenshots.
import type { Locator } from '@playwright/test';
import { test, expect, gotoChapter, expectNoSeriousAxeViolations, screenshots, type Page } from './support/reader';
import { expectListingsFilled, expectMathRendered, expectNoSidewaysScroll, widgetShots } from './support/chapter';

const SLUG = 'mlp-for-iris';
const UNSTICK = '.topbar { position: static !important; }';

async function open(page: Page, name: string, query = ''): Promise<Locator> {
  await page.goto(`/chapters/${SLUG}${query}`);
  await expect(page.locator(`[data-chapter-loaded="${SLUG}"]`)).toBeVisible({ timeout: 30_000 });
  const w = page.getByRole('region', { name });
  // The widget loads on demand: its loading frame (same name) is replaced once the chunk arrives.
  await expect(w.getByRole('button', { name: /^(Play|Pause)$/ })).toBeAttached({ timeout: 30_000 });
  await w.scrollIntoViewIfNeeded();
  return w;
}
const exactly = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const statOf = (w: Locator, label: string) => w.locator('.kit-stat', { has: w.page().locator('.kit-stat__label', { hasText: exactly(label) }) }).locator('.kit-stat__value');

test('chapter 15 opens: sections in order, math, listings, no exercise solved, axe, phone width', async ({ page }) => {
  test.setTimeout(150_000);
  await gotoChapter(page, SLUG);
  const headings = (await page.locator('main h2').allTextContents()).filter((h) => /^15\.\d/.test(h)).map((h) => h.slice(0, 4));
  expect(headings).toEqual(['15.1', '15.2', '15.3', '15.4', '15.5', '15.6', '15.7']);
  await expectMathRendered(page);
  await expectListingsFilled(page);
  const code = (await page.locator('pre code').allTextContents()).join('\n');
  expect(code).toContain('export function stratifiedSplit');
  expect(code).toContain('crossEntropy(logits, this.labels)');
  expect(code).toContain('logSoftmax(logits, 1)');
  await expect(page.getByRole('region', { name: 'Iris trainer' }).getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('region', { name: 'Iris decision regions' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('region', { name: 'Iris decision regions' }).getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 30_000 });
  for (const state of await page.locator('.kit-exercise').evaluateAll((es) => es.map((e) => e.getAttribute('data-exercise-state')))) {
    expect(state).toBe('unanswered');
  }
  await expectNoSeriousAxeViolations(page, 'chapter15');
  await expectNoSidewaysScroll(page);
  await screenshots(page, 'chapter15/page');
});

test('Iris trainer: predict, Play past step 300, ≥ 93 % on the test flowers, the table fills in; keyboard', async ({ page }) => {
  test.setTimeout(150_000);
  const w = await open(page, 'Iris trainer', '?iris.speed=30');
  const table = w.getByRole('table', { name: /Confusion matrix on the 30 held-out flowers/ });
  await expect(table.getByRole('columnheader', { name: 'virginica' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'setosa' })).toBeVisible();
  await w.getByRole('radio', { name: 'versicolor and virginica' }).check();
  await expect(w.getByText(/Prediction noted/).first()).toBeVisible();
  await w.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => Number(await statOf(w, 'Step').textContent()), { timeout: 60_000 }).toBeGreaterThanOrEqual(300);
  await w.getByRole('button', { name: 'Pause' }).click();
  expect(parseFloat((await statOf(w, 'Test accuracy').textContent())!)).toBeGreaterThanOrEqual(93);
  await expect(w.locator('.kit-exercise').first()).toHaveAttribute('data-exercise-state', 'correct');
  const diagonal = await w.locator('.iris-confusion__cell--right').allTextContents();
  expect(diagonal.map(Number).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(28);
  await expect(w.locator('.kit-readout')).toContainText(/of 30 right/);
  await widgetShots(page, w, 'iris-trainer', 'chapter15', { style: UNSTICK });
  // Keyboard: Reset and Step with Enter; the scaling choice from the keyboard starts a new run.
  await w.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('Enter');
  await expect(statOf(w, 'Step')).toHaveText('0');
  await w.getByRole('button', { name: 'Step' }).focus();
  await page.keyboard.press('Enter');
  await expect(statOf(w, 'Step')).toHaveText('1');
  await w.getByRole('combobox', { name: 'Standardise with' }).selectOption('all');
  await expect(statOf(w, 'Step')).toHaveText('0');
  await expect(w.getByText(/no longer a clean measurement/)).toBeVisible();
  expect(new URL(page.url()).searchParams.get('iris.scaling')).toBe('all');
});

test('Iris trainer: a malformed link gives a notice; a huge rate diverges, pauses and explains', async ({ page }) => {
  test.setTimeout(90_000);
  const w = await open(page, 'Iris trainer', '?iris.lr=oops&iris.hidden=999');
  await expect(w.getByText('Some settings in the link could not be used:')).toBeVisible();
  await expect(w.getByRole('slider', { name: 'Hidden units' })).toHaveAttribute('aria-valuetext', '8');
  const bad = await open(page, 'Iris trainer', '?iris.lr=10&iris.speed=10');
  await bad.getByRole('button', { name: 'Play' }).click();
  await expect(bad.getByText(/Training stopped at step \d+/)).toBeVisible({ timeout: 30_000 });
  await expect(bad.getByRole('button', { name: 'Play' })).toBeDisabled();
  await bad.getByRole('button', { name: /Lower the rate to 1 and restart/ }).click();
  await expect(statOf(bad, 'Step')).toHaveText('0');
});

test('Iris regions: Play trains to step 300 and stops, the picture changes, 150 flowers, read-out', async ({ page }) => {
  test.setTimeout(90_000);
  const w = await open(page, 'Iris decision regions', '?regions.speed=20');
  await expect(w.locator('.iris-regions__area .iris-regions__flower')).toHaveCount(150);
  await expect(w.locator('.iris-regions__area .iris-regions__flower--test')).toHaveCount(30);
  const pixels = () => w.locator('canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());
  const before = await pixels();
  await w.getByRole('button', { name: 'Play' }).click();
  await expect(w.getByText(/Paused at step 300/)).toBeVisible({ timeout: 60_000 });
  await expect(statOf(w, 'Step')).toHaveText('300');
  expect(await pixels()).not.toBe(before);
  await expect(w.locator('.kit-readout')).toContainText(/In this two-feature slice, \d+ of 150 flowers/);
  expect(parseFloat((await statOf(w, 'Test accuracy').textContent())!)).toBeGreaterThanOrEqual(93);
  await widgetShots(page, w, 'iris-regions', 'chapter15', { style: UNSTICK });
  const seed = w.getByRole('slider', { name: 'Seed (split and weights)' });
  await seed.focus();
  await seed.press('ArrowRight');
  await expect(statOf(w, 'Step')).toHaveText('0');
  expect(new URL(page.url()).searchParams.get('regions.seed')).toBe('2');
});
