// Chapter 7 in a real browser: the trainer fits the line, explains divergence where equation (7.2)
// predicts it, keeps its settings in the link, and falls back on a malformed one.
import { test, expect, gotoChapter, expectNoSeriousAxeViolations, screenshots } from './support/reader';
import { expectListingsFilled, expectMathRendered, expectNoSidewaysScroll, widgetShots } from './support/chapter';

// The machine is shared by several helpers; axe and eight screenshots per test need more than 60 s there.
test.describe.configure({ timeout: 180_000 });

test('chapter 7: the trainer fits the line, explains divergence, and shares its settings', async ({ page }) => {
  await gotoChapter(page, 'first-training-loop');
  await expectMathRendered(page);
  await expectListingsFilled(page);
  const trainer = page.getByRole('region', { name: /Trainer/ });
  const stat = (label: string) => trainer.locator('.kit-stat', { hasText: label }).locator('.kit-stat__value');
  await trainer.getByRole('checkbox', { name: 'Standardise the inputs' }).check();
  await trainer.getByRole('slider', { name: 'Learning rate' }).fill('-1'); // log slider: 10^-1
  await expect(trainer.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '0.1');
  await trainer.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => Number(await stat('step').textContent()), { timeout: 20_000 }).toBeGreaterThan(400);
  await trainer.getByRole('button', { name: 'Pause' }).click();
  expect(Number(await stat('loss').textContent())).toBeLessThan(10);
  expect(Number(await stat('w (°F per °C)').textContent())).toBeCloseTo(1.8, 1);
  expect(page.url()).toContain('fit.standardise=1');
  await widgetShots(page, trainer, 'trainer', 'chapters0to7'); // the fitted line over the points, the loss curve

  // A shared link restores the settings; a rate of 0.01 on raw inputs diverges and is explained.
  await page.goto('/chapters/first-training-loop?fit.lr=0.01&fit.stepsPerFrame=50');
  const again = page.getByRole('region', { name: /Trainer/ });
  await expect(again.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '0.01');
  await again.getByRole('button', { name: 'Play' }).click();
  await expect(again.getByRole('alert')).toContainText(/Training diverged at step \d+/);
  await expectNoSeriousAxeViolations(page, 'ch7-diverged');
  await widgetShots(page, again, 'trainer-diverged', 'chapters0to7');
  await again.getByRole('button', { name: 'Lower the learning rate and reset' }).click();
  await expect(again.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '0.001');
  await expect(again.getByRole('alert')).toHaveCount(0);

  // The stability limit: the chapter predicts η = 0.003 fails at step 415; the trainer names that step.
  await page.goto('/chapters/first-training-loop?fit.lr=0.003&fit.stepsPerFrame=200');
  const edge = page.getByRole('region', { name: /Trainer/ });
  await edge.getByRole('button', { name: 'Play' }).click();
  await expect(edge.getByRole('alert')).toContainText(/Training diverged at step 41[45]/, { timeout: 20_000 });
  // …and the exercise: after standardising the limit is 1
  const limit = page.locator('.kit-exercise', { hasText: 'the limit after scaling' });
  await limit.getByRole('textbox', { name: 'largest stable η' }).fill('1');
  await expect(limit).toHaveAttribute('data-exercise-state', 'correct');

  // F30: gradient descent drawn on chapter 4's landscape; standardised, η = 0.5 lands in one step
  const land = page.getByRole('region', { name: /Loss landscape/ });
  await expect(land.locator('.ll__descent')).toContainText('100 steps at η = 0.00025');
  await expect(land.locator('.ll-map__path')).toBeVisible();
  await widgetShots(page, land, 'loss-landscape-descent', 'chapters0to7');
  await land.getByRole('checkbox', { name: 'Standardise the inputs' }).check();
  await land.getByRole('slider', { name: 'Learning rate η' }).fill(String(Math.log10(0.5)));
  await expect(land.locator('.ll__descent')).toContainText('it ends at w = 1.8, b = 32 with MSE 0');

  // A malformed link falls back with a notice instead of breaking.
  await page.goto('/chapters/first-training-loop?fit.lr=banana');
  await expect(page.getByRole('region', { name: /Trainer/ })).toContainText('Learning rate: "banana" is not a number; using 0.0015.');
  await expectNoSidewaysScroll(page);
  await screenshots(page, 'ch7-first-training-loop');
});
