// Chapter 10 in a real browser: math and the Adam listing render; the bias-correction lens answers its
// switch and sliders (keyboard and mouse); the optimizer race runs on a surface and on the network from
// one start, takes its start from a click or the arrow keys, pauses on divergence, reads a shared link;
// axe finds nothing serious; screenshots at desktop and phone width in both themes.
import type { Locator } from '@playwright/test';
import { test, expect, gotoChapter, expectNoSeriousAxeViolations, screenshots, type Page, settledBox } from './support/reader';
import { expectListingsFilled, expectMathRendered, expectNoSidewaysScroll, widgetShots } from './support/chapter';

const SLUG = 'adam-and-adamw';
const UNSTICK = '.topbar { position: static !important; }';

async function widgetNamed(page: Page, name: string, ready: string): Promise<Locator> {
  const w = page.getByRole('region', { name });
  await expect(w.getByRole('button', { name: ready }).or(w.getByRole('checkbox', { name: ready })).first()).toBeVisible({ timeout: 30_000 });
  await w.scrollIntoViewIfNeeded();
  return w;
}
const stepsOf = async (race: Locator) => Number(((await race.locator('caption').textContent()) ?? '').match(/After (\d+) steps/)![1]);

test('chapter 10 opens: sections, math, the Adam listing, no exercise solved, axe, screenshots', async ({ page }) => {
  test.setTimeout(240_000);
  await gotoChapter(page, SLUG);
  const headings = (await page.locator('main h2').allTextContents()).filter((h) => /^10\.\d/.test(h)).map((h) => h.slice(0, 4));
  expect(headings).toEqual(['10.1', '10.2', '10.3', '10.4', '10.5', '10.6', '10.7', '10.8']);
  await expectMathRendered(page);
  await expectListingsFilled(page);
  expect((await page.locator('pre code').allTextContents()).join('\n')).toContain('m[i] = b1 * m[i] + (1 - b1) * gi;');
  await widgetNamed(page, 'Optimizer race', 'Play');
  await widgetNamed(page, 'Bias-correction lens', 'Bias correction');
  await expect(page.locator('[data-exercise-state="correct"]')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, 'chapter10');
  await screenshots(page, 'chapter10/page');
});

test('bias-correction lens: the switch (mouse) and the gradient slider (keyboard) change the steps', async ({ page }) => {
  await gotoChapter(page, SLUG);
  const lens = await widgetNamed(page, 'Bias-correction lens', 'Bias correction');
  const live = lens.locator('.lens__summary');
  await expect(live).toContainText('step 1 moves θ by 0.001, which is 1 × η');
  await lens.getByRole('checkbox', { name: 'Bias correction' }).click();
  await expect(live).toContainText('which is 3.16 × η; the largest of the first 20 steps is step 12, at 6.57 × η');
  const g = lens.getByRole('slider', { name: 'Gradient size g' });
  await g.focus();
  for (let i = 0; i < 8; i++) await g.press('ArrowRight'); // g = 100
  await expect(g).toHaveAttribute('aria-valuetext', '100');
  await expect(live).toContainText('which is 3.16 × η'); // the ratio does not depend on the gradient's size
  await expect(lens.getByRole('row').nth(1)).toContainText('100');
  await widgetShots(page, lens, 'bias-correction-lens', 'chapter10', { style: UNSTICK });
});

test('optimizer race on a surface: click and arrow keys set the start, Play races, a large rate diverges', async ({ page }) => {
  test.setTimeout(180_000);
  await gotoChapter(page, SLUG);
  const race = await widgetNamed(page, 'Optimizer race', 'Play');
  const plane = race.getByRole('application');
  // Mouse: click near the top-left of the picture.
  const box = await settledBox(plane);
  await plane.click({ position: { x: box.width * 0.2, y: box.height * 0.5 } }); // Rosenbrock: x −2…2, y −1…3
  const startX = async () => Number(((await race.locator('figcaption').textContent()) ?? '').match(/^start \((-?[\d.]+),/)![1]);
  await expect.poll(startX).toBeCloseTo(-1.2, 1);
  const clicked = await startX();
  // Keyboard: one step right moves the start by a fortieth of the picture's width (0.1 here).
  await plane.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(startX).toBeCloseTo(clicked + 0.1, 5);
  await expect(page).toHaveURL(new RegExp(`optrace\\.x0=${(clicked + 0.1).toFixed(2)}`));
  await race.getByRole('combobox', { name: 'My prediction' }).selectOption('Momentum');
  await race.getByRole('slider', { name: 'Steps per frame' }).fill('50');
  await race.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepsOf(race), { timeout: 30_000 }).toBeGreaterThanOrEqual(300);
  await race.getByRole('button', { name: 'Pause' }).click();
  expect(await race.locator('[data-path]').count()).toBe(5);
  await widgetShots(page, race, 'optimizer-race-surface', 'chapter10', { style: UNSTICK });
  // A rate far too large: SGD and momentum diverge and the race pauses with the reason.
  const lr = race.getByRole('slider', { name: 'η for SGD and momentum' });
  await lr.fill('0');
  await expect(lr).toHaveAttribute('aria-valuetext', '1');
  await race.getByRole('button', { name: 'Play' }).click();
  await expect(race.getByRole('alert')).toContainText(/SGD and Momentum diverged at step \d+/);
  await expect(race.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('optimizer race on the network: one start for all five, losses fall; a shared link replays; bad values get a notice', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`/chapters/${SLUG}?optrace.mode=network&optrace.speed=10`);
  const race = await widgetNamed(page, 'Optimizer race', 'Play');
  await expect(race.getByTestId('fairness')).toContainText('Fair start: all five networks');
  await expect(race.getByRole('slider', { name: 'η for SGD and momentum' })).toHaveAttribute('aria-valuetext', '0.3'); // the network's rates
  const prints = await race.locator('tbody tr td:nth-child(3)').allTextContents();
  expect(new Set(prints).size).toBe(1);
  await race.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepsOf(race), { timeout: 60_000 }).toBeGreaterThanOrEqual(100);
  await race.getByRole('button', { name: 'Pause' }).click();
  await expect(race.locator('.live-chart canvas')).toBeVisible();
  const losses = (await race.locator('tbody tr td:nth-child(4)').allTextContents()).map(Number);
  const start = Number(((await race.getByTestId('fairness').textContent()) ?? '').match(/at loss ([\d.]+)/)![1]);
  for (const l of losses) expect(l).toBeLessThan(start); // every network started at the same loss and learned
  await widgetShots(page, race, 'optimizer-race-network', 'chapter10', { style: UNSTICK });
  await expectNoSidewaysScroll(page);

  await page.goto(`/chapters/${SLUG}?optrace.surface=galaxy&optrace.lrAdaptive=7`);
  const bad = await widgetNamed(page, 'Optimizer race', 'Play');
  await expect(bad.locator('.kit-notice').first()).toContainText('Surface: "galaxy" is not one of');
  await expect(bad.locator('.kit-notice').first()).toContainText('η for RMSprop, Adam, AdamW: 7 is outside');
  await expect(bad.getByRole('combobox', { name: 'Surface' })).toHaveValue('rosenbrock');
});
