// Chapter 11 in a real browser: math and the cosine listing render; the schedule plotter follows its
// schedule menu (keyboard) and sliders (mouse), and reads η at a step; the schedule duel trains two
// networks from one start, marks the current η on both curves, reads a shared link and reports bad
// values; axe finds nothing serious; screenshots at desktop and phone width in both themes.
import type { Locator } from '@playwright/test';
import { test, expect, gotoChapter, expectNoSeriousAxeViolations, screenshots, type Page, settledBox } from './support/reader';
import { expectListingsFilled, expectMathRendered, expectNoSidewaysScroll, widgetShots } from './support/chapter';

const SLUG = 'learning-rate-schedules';
const UNSTICK = '.topbar { position: static !important; }';

async function widgetNamed(page: Page, name: string, ready: RegExp): Promise<Locator> {
  const w = page.getByRole('region', { name });
  await expect(w.getByRole('combobox', { name: ready }).first()).toBeVisible({ timeout: 30_000 });
  await w.scrollIntoViewIfNeeded();
  return w;
}

test('chapter 11 opens: sections, math, the cosine listing, no exercise solved, axe, screenshots', async ({ page }) => {
  test.setTimeout(240_000);
  await gotoChapter(page, SLUG);
  const headings = (await page.locator('main h2').allTextContents()).filter((h) => /^11\.\d/.test(h)).map((h) => h.slice(0, 4));
  expect(headings).toEqual(['11.1', '11.2', '11.3', '11.4', '11.5', '11.6']);
  await expectMathRendered(page);
  await expectListingsFilled(page);
  expect((await page.locator('pre code').allTextContents()).join('\n')).toContain('export class CosineAnnealingLR extends LRScheduler');
  await widgetNamed(page, 'Schedule plotter', /^Schedule$/);
  await widgetNamed(page, 'Schedule duel', /^Schedule A$/);
  await expect(page.locator('[data-exercise-state="correct"]')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, 'chapter11');
  await expectNoSidewaysScroll(page);
  await screenshots(page, 'chapter11/page');
});

test('schedule plotter: keyboard picks a schedule, the mouse moves a knob, the read-out follows', async ({ page }) => {
  await gotoChapter(page, SLUG);
  const plot = await widgetNamed(page, 'Schedule plotter', /^Schedule$/);
  const live = plot.locator('.plotter__readout');
  await expect(live).toContainText('cosine annealing: η at step 500 is 0.05 (0.5 × the peak rate)');
  await expect(plot.locator('.plotter__formula .katex')).toBeVisible();
  await plot.getByRole('combobox', { name: 'Schedule' }).focus();
  await page.keyboard.press('ArrowUp'); // exponential decay
  await page.keyboard.press('ArrowUp'); // step decay
  await expect(live).toContainText('step decay: η at step 500 is 0.01');
  const gamma = plot.getByRole('slider', { name: 'Step decay factor γ' });
  const box = await settledBox(gamma);
  await page.mouse.click(box.x + box.width * 0.55, box.y + box.height / 2);
  await expect(live).not.toContainText('step decay: η at step 500 is 0.01 ');
  await expect(gamma).not.toHaveAttribute('aria-valuetext', '0.1');
  await widgetShots(page, plot, 'schedule-plotter', 'chapter11', { style: UNSTICK });
});

test('schedule duel: two schedules from one start, η marked on both curves, link state and notices', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`/chapters/${SLUG}?duel.total=300&duel.speed=10`);
  const duel = await widgetNamed(page, 'Schedule duel', /^Schedule A$/);
  const cells = duel.locator('tbody tr td:nth-child(3)');
  const [a0, b0] = await cells.allTextContents();
  expect(a0).toBe(b0); // same weights, same start
  await duel.getByRole('combobox', { name: 'My prediction' }).selectOption('b');
  await duel.getByRole('button', { name: 'Play' }).click();
  await expect(duel.getByText('After 300 of 300 steps')).toBeVisible({ timeout: 90_000 });
  await expect(duel.locator('[data-exercise-state="unanswered"]')).toHaveCount(0);
  await expect(duel.locator('.kit-curve__dot')).toHaveCount(2);
  const etas = await duel.locator('tbody tr td:nth-child(2)').allTextContents();
  expect(etas[0]).toBe('0.3');
  expect(Number(etas[1])).toBeLessThan(0.001);
  await widgetShots(page, duel, 'schedule-duel', 'chapter11', { style: UNSTICK });
  await expectNoSidewaysScroll(page);

  await page.goto(`/chapters/${SLUG}?duel.a=sawtooth&duel.lr=9`);
  const bad = await widgetNamed(page, 'Schedule duel', /^Schedule A$/);
  await expect(bad.locator('.kit-notice').first()).toContainText('Schedule A: "sawtooth" is not one of');
  await expect(bad.locator('.kit-notice').first()).toContainText('Peak rate η: 9 is outside');
});
