// The activation race in chapter 12: five copies of one network, one per activation, trained in
// lockstep from the same weights. ReLU solves XOR; no activation cannot.
import type { Locator } from '@playwright/test';
import { test, expect, expectNoSeriousAxeViolations, emulateSystemTheme, type Page } from './support/reader';

const SLUG = 'activation-functions';
/** Close-ups are stitched while scrolling: the sticky top bar would land in the middle of the widget. */
import { expectNoSidewaysScroll, widgetShots } from './support/chapter';
const UNSTICK = '.topbar { position: static !important; }';

async function openRace(page: Page, query = ''): Promise<Locator> {
  await page.goto(`/chapters/${SLUG}${query}`);
  await expect(page.locator(`[data-chapter-loaded="${SLUG}"]`)).toBeVisible({ timeout: 30_000 }); // a long chapter on a busy machine
  const race = page.getByRole('region', { name: 'Activation race' });
  // The widget loads on demand when it comes near the viewport: scroll to its frame, then wait for the
  // real one (its Play button), not the loading frame (which is replaced, so scrolling may need a retry).
  await expect(async () => {
    await race.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(race.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await race.scrollIntoViewIfNeeded();
  return race;
}
const stepsOf = async (race: Locator) => Number(((await race.locator('caption').textContent()) ?? '').match(/After (\d+) steps/)![1]);
const rowOf = (race: Locator, name: string) => race.getByRole('row').filter({ has: race.page().getByRole('cell', { name, exact: true }) });
const pictures = (race: Locator) => race.locator('.kit-heatmap canvas').evaluateAll((cs) => cs.map((c) => (c as HTMLCanvasElement).toDataURL()));

test('five networks train in lockstep: every picture moves, ReLU solves XOR, none does not', async ({ page }) => {
  const race = await openRace(page, '?race.speed=4');
  await expect(race.getByRole('img', { name: /Decision boundary with/ })).toHaveCount(5);
  const before = await pictures(race);
  await race.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepsOf(race), { timeout: 20_000 }).toBeGreaterThanOrEqual(400);
  await race.getByRole('button', { name: 'Pause' }).click();
  const after = await pictures(race);
  after.forEach((p, i) => expect(p, `picture ${i} changed`).not.toBe(before[i]));
  await expect(rowOf(race, 'ReLU')).toContainText('100 %');
  await expect(rowOf(race, 'none (identity)')).not.toContainText('100 %');
  const loss = async (name: string) => Number(await rowOf(race, name).getByRole('cell').nth(1).textContent());
  expect(await loss('ReLU')).toBeLessThan(await loss('none (identity)'));
  // The live chart is a canvas; it records how many points of each line it drew.
  const drawn = ((await race.locator('.live-chart canvas').getAttribute('data-points')) ?? '').split(',').map(Number);
  expect(drawn).toHaveLength(5);
  for (const n of drawn) expect(n).toBeGreaterThan(50);
});

test('the race reads its settings from a shared link, and reports malformed ones', async ({ page }) => {
  test.setTimeout(120_000);
  const race = await openRace(page, '?race.data=circle&race.hidden=6&race.seed=5&race.lr=0.01&race.optimizer=adam');
  await expect(race.getByRole('combobox', { name: 'Data set' })).toHaveValue('circle');
  await expect(race.getByRole('slider', { name: 'Hidden units' })).toHaveAttribute('aria-valuetext', '6');
  await expect(race.getByRole('slider', { name: 'Seed' })).toHaveAttribute('aria-valuetext', '5');
  await expect(race.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '0.01');
  for (let i = 0; i < 10; i++) await race.getByRole('button', { name: 'Step' }).click();
  const table = await race.locator('tbody').textContent();
  const race2 = await openRace(page, new URL(page.url()).search);
  for (let i = 0; i < 10; i++) await race2.getByRole('button', { name: 'Step' }).click();
  await expect(race2.locator('tbody')).toHaveText(table!);

  const bad = await openRace(page, '?race.data=galaxy&race.hidden=0');
  await expect(bad.locator('.kit-notice')).toContainText('Data set: "galaxy" is not one of');
  await expect(bad.locator('.kit-notice')).toContainText('Hidden units: 0 is outside 1…16');
  await expect(bad.getByRole('combobox', { name: 'Data set' })).toHaveValue('xor');
});

test('race: axe and screenshots at desktop and phone width in both themes', async ({ page }) => {
  test.setTimeout(180_000);
  const race = await openRace(page, '?race.speed=4&race.data=moons');
  await race.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepsOf(race), { timeout: 20_000 }).toBeGreaterThanOrEqual(200);
  await race.getByRole('button', { name: 'Pause' }).click();
  await expectNoSeriousAxeViolations(page, 'activation-race', { include: ['.race'] }); // the whole page is scanned in 12-activation-functions.spec.ts
  // Switching the theme repaints each picture with its own network's boundary (not one shared picture).
  const beforeTheme = await pictures(race);
  expect(new Set(beforeTheme).size, 'five different boundaries').toBe(5);
  await emulateSystemTheme(page, 'dark');
  await emulateSystemTheme(page, 'light');
  expect(await pictures(race)).toEqual(beforeTheme);
  await widgetShots(page, race, 'race', 'activation-race', { style: UNSTICK });
  await expectNoSidewaysScroll(page);
});
