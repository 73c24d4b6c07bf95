// Chapter 9: the ravine race (SGD, momentum, Nesterov from one start) operated by mouse and keyboard,
// its shared link, divergence, the exercises, math, listings, axe and screenshots.
import type { Locator } from '@playwright/test';
import { test, expect, expectNoSeriousAxeViolations, type Page, settledBox } from './support/reader';
import { expectListingsFilled, expectMathRendered, expectNoSidewaysScroll, widgetShots } from './support/chapter';

const SLUG = 'sgd-momentum';
const UNSTICK = '.topbar { position: static !important; }';

async function openRace(page: Page, query = ''): Promise<Locator> {
  await page.goto(`/chapters/${SLUG}${query}`);
  await expect(page.locator(`[data-chapter-loaded="${SLUG}"]`)).toBeVisible({ timeout: 30_000 });
  const race = page.getByRole('region', { name: 'Ravine race: SGD, momentum and Nesterov' });
  await expect(race.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible({ timeout: 30_000 }); // loaded on demand
  await race.scrollIntoViewIfNeeded();
  return race;
}
const stepsOf = async (race: Locator) => Number(((await race.locator('caption').textContent()) ?? '').match(/After (\d+) steps/)![1]);
const statusOf = (race: Locator, name: string) => race.locator('tbody tr').filter({ hasText: name }).locator('td').nth(2);

test('the race runs step by step from a start set by mouse, and names the winner', async ({ page }) => {
  const race = await openRace(page, '?ravine.speed=5');
  await expect(race.locator('[data-path]')).toHaveCount(3);
  expect(await stepsOf(race)).toBe(0);
  // click the upper-left of the contours: the shared start moves there
  const plane = race.getByRole('application', { name: /Contours of the ravine/ });
  const box = await settledBox(plane);
  await plane.click({ position: { x: box.width * 0.1, y: box.height * 0.2 } });
  // a tenth of the way across [−10, 10] and a fifth of the way down [5, −5]: near (−8, 3), to a pixel
  const startX = Number(await race.getByRole('slider', { name: 'Start x' }).getAttribute('aria-valuetext'));
  const startY = Number(await race.getByRole('slider', { name: 'Start y' }).getAttribute('aria-valuetext'));
  expect(Math.abs(startX + 8)).toBeLessThanOrEqual(0.15);
  expect(Math.abs(startY - 3)).toBeLessThanOrEqual(0.15);
  await expect(race.getByText(`Fair start: all three leave from the same point (${startX}, ${startY})`)).toBeVisible();
  for (const name of ['SGD', 'Momentum (heavy ball)', 'Nesterov']) await expect(race.locator('.kit-contour__legend')).toContainText(`${name}: step 0 at (${startX}, ${startY})`);
  await race.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepsOf(race), { timeout: 20_000 }).toBeGreaterThanOrEqual(60);
  await race.getByRole('button', { name: 'Pause' }).click();
  const points = await race.locator('[data-path] polyline').evaluateAll((ls) => ls.map((l) => l.getAttribute('points')!.split(' ').length));
  for (const n of points) expect(n).toBeGreaterThan(50);
  await race.getByRole('button', { name: 'Run to the end' }).click();
  await expect(race.getByText(/Nesterov reached the minimum first, at step \d+/)).toBeVisible();
  await expect(statusOf(race, 'SGD')).toContainText('reached it at step');
});

test('keyboard: focus the contours and move the start with the arrow keys; sliders by keys', async ({ page }) => {
  const race = await openRace(page);
  const plane = race.getByRole('application', { name: /Contours of the ravine/ });
  await plane.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(race.getByText(/same point \(-4, 3.75\)/)).toBeVisible();
  const kappa = race.getByRole('slider', { name: 'Condition number κ' });
  await kappa.focus();
  await page.keyboard.press('ArrowRight');
  await expect(kappa).toHaveAttribute('aria-valuetext', '51');
  await race.getByRole('button', { name: 'Step' }).focus();
  await page.keyboard.press('Enter');
  expect(await stepsOf(race)).toBe(1);
});

test('a shared link restores the race; malformed values fall back with a notice; divergence pauses with a reason', async ({ page }) => {
  const race = await openRace(page, '?ravine.lr=2.5&ravine.mu=0.5&ravine.kappa=20&ravine.speed=3');
  await expect(race.getByRole('slider', { name: 'Learning rate η' })).toHaveAttribute('aria-valuetext', '2.5');
  await race.getByRole('button', { name: 'Play' }).click();
  const alert = race.getByRole('alert');
  await expect(alert).toContainText(/Nesterov diverged at step \d+/, { timeout: 20_000 });
  await expect(alert).toContainText('limit η < 1.5 for this bowl');
  await expect(race.getByRole('button', { name: 'Play' })).toBeVisible(); // paused

  const bad = await openRace(page, '?ravine.kappa=0&ravine.mu=lots');
  await expect(bad.locator('.kit-notice')).toContainText('Condition number κ: 0 is outside 1…200');
  await expect(bad.locator('.kit-notice')).toContainText('"lots" is not a number');
  await expect(bad.getByRole('slider', { name: 'Condition number κ' })).toHaveAttribute('aria-valuetext', '50');
});

test('no autoplay under reduced motion; exercises start unanswered and check against the engine', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const race = await openRace(page);
  await page.waitForTimeout(500);
  expect(await stepsOf(race)).toBe(0);
  await expect(race.getByText(/Reduced motion is on/)).toBeVisible();
  const exercises = page.locator('.kit-exercise');
  await expect(exercises).toHaveCount(3);
  for (const ex of await exercises.all()) await expect(ex).toHaveAttribute('data-exercise-state', 'unanswered');
  const first = page.locator('.kit-exercise').filter({ hasText: 'who gets there first?' });
  await first.getByRole('radio', { name: 'SGD' }).check();
  await first.getByRole('button', { name: 'Check' }).click();
  await expect(first).toHaveAttribute('data-exercise-state', 'wrong');
  await first.getByRole('radio', { name: 'Nesterov' }).check();
  await first.getByRole('button', { name: 'Check' }).click();
  await expect(first).toHaveAttribute('data-exercise-state', 'correct');
  const second = page.locator('.kit-exercise').filter({ hasText: 'a bolder learning rate' });
  await second.getByRole('radio', { name: 'Momentum (heavy ball)' }).check();
  await second.getByRole('button', { name: 'Check' }).click();
  await expect(second).toContainText(/Nesterov diverges \(at step \d+\)/);
});

test('chapter 9: math, listings, axe, phone width and screenshots', async ({ page }) => {
  test.setTimeout(240_000); // axe and eight close-ups on a shared 2-core machine
  const race = await openRace(page, '?ravine.speed=20');
  await expectMathRendered(page);
  await expectListingsFilled(page);
  await expect(page.locator('pre code').filter({ hasText: 'protected update(' })).toHaveCount(1);
  await expect(page.locator('pre code').filter({ hasText: 'export function ravine(kappa: number)' })).toHaveCount(1);
  await race.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepsOf(race), { timeout: 20_000 }).toBeGreaterThanOrEqual(120);
  await race.getByRole('button', { name: 'Pause' }).click();
  await expectNoSeriousAxeViolations(page, 'ch09-ravine-race');
  await expectNoSidewaysScroll(page);
  await widgetShots(page, race, 'ch09-ravine-race', 'widgets', { style: UNSTICK });
});
