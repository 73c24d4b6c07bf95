// Chapter 13 in a real browser: the chapter opens with its math and listings; the overfit lab trains
// (mouse and keyboard), its two losses part, early stopping ends a run, a link shares the settings and
// a malformed one gives a notice; the dropout viewer draws masks; axe; phone width; screenshots.
import type { Locator } from '@playwright/test';
import { test, expect, gotoChapter, expectNoSeriousAxeViolations, screenshots, type Page } from './support/reader';
import { expectListingsFilled, expectMathRendered, expectNoSidewaysScroll, widgetShots } from './support/chapter';

const SLUG = 'regularization';
const UNSTICK = '.topbar { position: static !important; }';

async function openLab(page: Page, query = ''): Promise<Locator> {
  await page.goto(`/chapters/${SLUG}${query}`);
  await expect(page.locator(`[data-chapter-loaded="${SLUG}"]`)).toBeVisible({ timeout: 30_000 });
  const lab = page.getByRole('region', { name: 'Overfit lab' });
  await expect(lab.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible({ timeout: 30_000 });
  await lab.scrollIntoViewIfNeeded();
  return lab;
}
const exactly = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const statOf = (lab: Locator, label: string) => lab.locator('.kit-stat', { has: lab.page().locator('.kit-stat__label', { hasText: exactly(label) }) }).locator('.kit-stat__value');
const numberOf = async (lab: Locator, label: string) => Number(await statOf(lab, label).textContent());
const canvasPixels = (lab: Locator) => lab.locator('.kit-heatmap canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());

test('chapter 13 opens: sections in order, math rendered, listings filled, no exercise solved, axe', async ({ page }) => {
  test.setTimeout(180_000);
  await gotoChapter(page, SLUG);
  const headings = (await page.locator('main h2').allTextContents()).filter((h) => /^13\.\d/.test(h)).map((h) => h.slice(0, 4));
  expect(headings).toEqual(['13.1', '13.2', '13.3', '13.4', '13.5']);
  await expectMathRendered(page);
  await expectListingsFilled(page);
  const code = (await page.locator('pre code').allTextContents()).join('\n');
  expect(code).toContain('this.model.train()');
  expect(code).toContain('this.rng.next() >= this.p ? scale : 0');
  expect(code).toContain('if (this.decoupled) w[i] -= lr * wd * w[i]');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 30_000 });
  for (const state of await page.locator('.kit-exercise').evaluateAll((es) => es.map((e) => e.getAttribute('data-exercise-state')))) {
    expect(state).toBe('unanswered');
  }
  await expectNoSeriousAxeViolations(page, 'chapter13');
  await expectNoSidewaysScroll(page);
  await screenshots(page, 'chapter13/page');
});

test('overfit lab: Play trains, the validation loss rises above its best, the boundary changes; keyboard too', async ({ page }) => {
  test.setTimeout(180_000);
  const lab = await openLab(page, '?overfit.speed=20');
  const before = await canvasPixels(lab);
  await lab.getByRole('button', { name: 'Play' }).click();
  // The "overfit on purpose" exercise is solved once the validation loss is twice its best (step ~150).
  await expect(lab.locator('.kit-exercise').first()).toContainText('✓ solved', { timeout: 100_000 });
  await lab.getByRole('button', { name: 'Pause' }).click();
  expect(await numberOf(lab, 'Step')).toBeGreaterThan(37);
  expect(await canvasPixels(lab)).not.toBe(before);
  const train = await numberOf(lab, 'Training loss'), val = await numberOf(lab, 'Validation loss');
  expect(val).toBeGreaterThan(2 * train);
  await expect(lab.locator('.kit-readout')).toContainText(/Step \d+\. Training loss/);
  await widgetShots(page, lab, 'overfit-lab', 'chapter13', { style: UNSTICK });
  // Keyboard: Reset, then a step with Enter, and the dropout slider with the arrow keys.
  await lab.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('Enter');
  await expect(statOf(lab, 'Step')).toHaveText('0');
  await lab.getByRole('button', { name: 'Step' }).focus();
  await page.keyboard.press('Enter');
  await expect(statOf(lab, 'Step')).toHaveText('1');
  const dropout = lab.getByRole('slider', { name: 'Dropout p' });
  await dropout.focus();
  for (let i = 0; i < 10; i++) await dropout.press('ArrowRight');
  await expect(dropout).toHaveAttribute('aria-valuetext', '0.5');
  await expect(lab.getByRole('status').filter({ hasText: 'Dropout p = 0.5 from step 1 on' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('overfit.dropout')).toBe('0.5');
  await lab.getByRole('checkbox', { name: 'Show the validation points instead' }).check();
  await expect(lab.locator('.kit-heatmap circle')).toHaveCount(200);
});

test('overfit lab: early stopping ends the run and goes back to the best step', async ({ page }) => {
  test.setTimeout(150_000);
  const lab = await openLab(page, '?overfit.speed=20&overfit.earlyStop=true');
  await lab.getByRole('button', { name: 'Play' }).click();
  await expect(lab.getByText(/Early stopping at step 187/)).toBeVisible({ timeout: 100_000 });
  await expect(statOf(lab, 'Best validation')).toHaveText('0.308 (step 37)');
  await expect(statOf(lab, 'Validation loss')).toHaveText('0.308');
  await expect(lab.getByRole('button', { name: 'Play' })).toBeDisabled();
});

test('overfit lab: a malformed link gives defaults and a notice; divergence pauses with an explanation', async ({ page }) => {
  test.setTimeout(90_000);
  let lab = await openLab(page, '?overfit.decay=heavy&overfit.seed=0');
  const notice = lab.locator('.kit-notice', { hasText: 'could not be used' });
  await expect(notice).toContainText('Weight penalty λ');
  await expect(notice).toContainText('Seed');
  await expect(lab.getByRole('slider', { name: 'Seed' })).toHaveAttribute('aria-valuetext', '5');
  lab = await openLab(page, '?overfit.lr=1&overfit.speed=20');
  await lab.getByRole('button', { name: 'Play' }).click();
  await expect(lab.getByRole('alert')).toContainText(/Training diverged at step \d+/, { timeout: 60_000 });
  await lab.getByRole('button', { name: 'Lower the learning rate and reset' }).click();
  await expect(statOf(lab, 'Step')).toHaveText('0');
  await expect(lab.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '0.1');
});

test('overfit lab does not start by itself under reduced motion, and stays put until Play', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const lab = await openLab(page);
  await page.waitForTimeout(1000);
  await expect(statOf(lab, 'Step')).toHaveText('0');
});

test('dropout viewer: masks by mouse and keyboard, eval mode passes everything through', async ({ page }) => {
  await gotoChapter(page, SLUG);
  const w = page.getByRole('region', { name: 'Dropout mask viewer' });
  await w.scrollIntoViewIfNeeded();
  await w.getByRole('button', { name: 'Next mask' }).click();
  await expect(w.locator('.kit-readout')).toContainText(/Mask 1: .*survivors multiplied by 2/);
  await w.getByRole('button', { name: '100 masks' }).focus();
  await page.keyboard.press('Enter');
  await expect(statOf(w, 'Masks drawn')).toHaveText('101');
  const avg = Number(await statOf(w, 'Mean out (average)').textContent());
  const input = Number(await statOf(w, 'Mean in').textContent());
  expect(Math.abs(avg - input) / input).toBeLessThan(0.15);
  await w.getByRole('combobox', { name: 'Mode' }).selectOption('eval');
  await w.getByRole('button', { name: 'Next mask' }).click();
  await expect(statOf(w, 'Dropped now')).toHaveText('0 of 12');
  await w.getByRole('combobox', { name: 'Mode' }).selectOption('train');
  await w.getByRole('button', { name: 'Next mask' }).click();
  await widgetShots(page, w, 'dropout-viewer', 'chapter13', { style: UNSTICK });
});

test('exercises: answers are checked against engine values', async ({ page }) => {
  await gotoChapter(page, SLUG);
  const survivors = page.locator('.kit-exercise', { hasText: "the survivors' factor" });
  await survivors.getByRole('textbox').fill('3');
  await expect(survivors).toHaveAttribute('data-exercise-state', 'wrong');
  await survivors.getByRole('textbox').fill('3.75');
  await expect(survivors).toHaveAttribute('data-exercise-state', 'correct');
  const decay = page.locator('.kit-exercise', { hasText: 'one step of decay' });
  await decay.getByRole('textbox').fill('0.95');
  await expect(decay).toHaveAttribute('data-exercise-state', 'correct');
  const curves = page.locator('.kit-exercise', { hasText: 'read the curves' });
  await curves.getByRole('radio', { name: /^overfitting/ }).check();
  await curves.getByRole('button', { name: 'Check' }).click();
  await expect(curves).toHaveAttribute('data-exercise-state', 'correct');
});
