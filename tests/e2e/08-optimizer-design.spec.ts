// Chapter 8: the parameter roster (freeze a parameter, watch it stay put) by mouse and keyboard,
// the exercises, math, the engine listings, axe and screenshots.
import type { Locator } from '@playwright/test';
import { test, expect, expectNoSeriousAxeViolations, type Page } from './support/reader';
import { expectListingsFilled, expectMathRendered, expectNoSidewaysScroll, widgetShots } from './support/chapter';

const SLUG = 'optimizer-design';
const UNSTICK = '.topbar { position: static !important; }';

async function openRoster(page: Page): Promise<Locator> {
  await page.goto(`/chapters/${SLUG}`);
  await expect(page.locator(`[data-chapter-loaded="${SLUG}"]`)).toBeVisible({ timeout: 30_000 });
  const roster = page.getByRole('region', { name: 'Parameter roster' });
  await roster.scrollIntoViewIfNeeded();
  return roster;
}
const value = (roster: Locator, p: string) => roster.locator(`tr[data-param="${p}"] td`).nth(0);
const grad = (roster: Locator, p: string) => roster.locator(`tr[data-param="${p}"] td`).nth(1);

test('stepping moves every parameter; a frozen one stays put while the others move', async ({ page }) => {
  const roster = await openRoster(page);
  for (const p of ['a', 'b', 'c']) await expect(value(roster, p)).toHaveText('0.0000');
  await roster.getByRole('button', { name: 'Step' }).click();
  for (const p of ['a', 'b', 'c']) await expect(value(roster, p)).not.toHaveText('0.0000');
  await roster.getByRole('checkbox', { name: 'Freeze c (bias)' }).check();
  const frozenAt = await value(roster, 'c').textContent();
  const aBefore = await value(roster, 'a').textContent();
  await roster.getByRole('button', { name: 'Play' }).click();
  await expect(roster.getByText(/after step (1\d|[2-9]\d)/)).toBeVisible({ timeout: 15_000 });
  await roster.getByRole('button', { name: 'Pause' }).click();
  await expect(value(roster, 'c')).toHaveText(frozenAt!);
  await expect(grad(roster, 'c')).toHaveText('not computed');
  await expect(value(roster, 'a')).not.toHaveText(aBefore!);
  await roster.getByRole('checkbox', { name: 'Freeze c (bias)' }).uncheck();
  await roster.getByRole('button', { name: 'Step' }).click();
  await expect(value(roster, 'c')).not.toHaveText(frozenAt!);
});

test('keyboard only: freeze with Space, step with Enter, change the rate with arrow keys', async ({ page }) => {
  const roster = await openRoster(page);
  await roster.getByRole('checkbox', { name: 'Freeze a (weight of x²)' }).focus();
  await page.keyboard.press('Space');
  await roster.getByRole('button', { name: 'Step' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(roster.getByText('after step 2')).toBeVisible();
  await expect(value(roster, 'a')).toHaveText('0.0000');
  await expect(value(roster, 'b')).not.toHaveText('0.0000');
  const lr = roster.getByRole('slider', { name: 'Learning rate η' });
  await lr.focus();
  await page.keyboard.press('ArrowRight');
  await expect(lr).not.toHaveAttribute('aria-valuetext', '0.05');
});

test('exercises start unanswered and are checked against the engine', async ({ page }) => {
  await openRoster(page);
  const exercises = page.locator('.kit-exercise');
  await expect(exercises).toHaveCount(2);
  for (const ex of await exercises.all()) await expect(ex).toHaveAttribute('data-exercise-state', 'unanswered');
  const midway = exercises.filter({ hasText: 'freezing halfway' });
  await midway.getByRole('radio', { name: /goes back to its starting value/ }).check();
  await midway.getByRole('button', { name: 'Check' }).click();
  await expect(midway).toHaveAttribute('data-exercise-state', 'wrong');
  await midway.getByRole('radio', { name: /keeps the value it had/ }).check();
  await midway.getByRole('button', { name: 'Check' }).click();
  await expect(midway).toHaveAttribute('data-exercise-state', 'correct');
});

test('chapter 8: math, engine listings, axe, phone width and screenshots', async ({ page }) => {
  test.setTimeout(150_000);
  const roster = await openRoster(page);
  await expectMathRendered(page);
  await expectListingsFilled(page);
  await expect(page.locator('pre code').filter({ hasText: 'if (!p.requiresGrad || p.grad === null) continue;' })).toHaveCount(1);
  await expect(page.locator('pre code').filter({ hasText: 'export interface ParamGroup' })).toHaveCount(1);
  await expect(page.locator('pre code').filter({ hasText: 'this.optimizer.step();' })).toHaveCount(1);
  await roster.getByRole('checkbox', { name: 'Freeze b (weight of x)' }).check();
  for (let i = 0; i < 5; i++) await roster.getByRole('button', { name: 'Step' }).click();
  await expectNoSeriousAxeViolations(page, 'ch08-parameter-roster');
  await expectNoSidewaysScroll(page);
  await widgetShots(page, roster, 'ch08-parameter-roster', 'widgets', { style: UNSTICK });
});
