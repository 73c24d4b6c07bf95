// Chapters 5–7 in a real browser: the graph inspector steps backward, the gradient check compares,
// the trainer trains, diverges with an explanation, and keeps its settings in the link.
import { test, expect, gotoChapter, expectNoSeriousAxeViolations, screenshots } from './support/reader';
import { expectListingsFilled, expectMathRendered, expectNoSidewaysScroll, widgetShots } from './support/chapter';

// The machine is shared by several helpers; axe and eight screenshots per test need more than 60 s there.
test.describe.configure({ timeout: 180_000 });

test('chapter 5: the graph of z = 3·x² is drawn from the engine', async ({ page }) => {
  await gotoChapter(page, 'computational-graph');
  await expectMathRendered(page);
  await expectListingsFilled(page);
  const inspector = page.getByRole('region', { name: /Graph inspector/ });
  await expect(inspector.getByRole('combobox', { name: 'Expression' })).toHaveValue('square');
  await expect(inspector.locator('.graph-inspector__node')).toHaveCount(4); // x, y = pow, the constant 3, z = mul
  await inspector.getByRole('combobox', { name: 'Expression' }).selectOption('neuron');
  await expect(inspector.locator('.graph-inspector__node.is-leaf')).toHaveCount(4);
  await expectNoSeriousAxeViolations(page, 'ch5-computational-graph');
  await expectNoSidewaysScroll(page);
  await widgetShots(page, inspector, 'graph-inspector', 'chapters5to7');
  await screenshots(page, 'ch5-computational-graph');
});

test('chapter 6: step backward with the keyboard, then check gradients', async ({ page }) => {
  await gotoChapter(page, 'backpropagation');
  await expectMathRendered(page);
  await expectListingsFilled(page);
  const inspector = page.getByRole('region', { name: /Graph inspector/ });
  const step = inspector.getByRole('button', { name: 'Step backward' });
  await step.focus();
  await page.keyboard.press('Enter');
  await expect(inspector).toContainText('out (add) sent its gradient 1 back');
  await page.keyboard.press('Enter');
  await expect(inspector).toContainText('a had 1 and now holds 3 (accumulated)');
  await step.click();
  await expect(inspector).toContainText('Done: dout/dx = 3');
  await expect(inspector.getByText('✓ solved')).toBeVisible();
  await widgetShots(page, inspector, 'graph-inspector-stepped', 'chapters5to7');

  const check = page.getByRole('region', { name: /Gradient check/ });
  await expect(check).toContainText('the two agree');
  await check.getByRole('combobox', { name: 'Operation' }).selectOption('softmax');
  await expect(check.getByRole('row')).toHaveCount(7);
  await expect(check).toContainText('the two agree');
  const eps = check.getByRole('slider', { name: 'Step ε' });
  await eps.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight'); // 1e-6 → 1e-1
  await expect(check).not.toContainText('the two agree');
  await expectNoSeriousAxeViolations(page, 'ch6-backpropagation');
  await widgetShots(page, check, 'gradient-check', 'chapters5to7');
  await screenshots(page, 'ch6-backpropagation');
});

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
  await widgetShots(page, trainer, 'trainer', 'chapters5to7'); // the fitted line over the points, the loss curve

  // A shared link restores the settings; a rate of 0.01 on raw inputs diverges and is explained.
  await page.goto('/chapters/first-training-loop?fit.lr=0.01&fit.stepsPerFrame=50');
  const again = page.getByRole('region', { name: /Trainer/ });
  await expect(again.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '0.01');
  await again.getByRole('button', { name: 'Play' }).click();
  await expect(again.getByRole('alert')).toContainText(/Training diverged at step \d+/);
  await expectNoSeriousAxeViolations(page, 'ch7-diverged');
  await widgetShots(page, again, 'trainer-diverged', 'chapters5to7');
  await again.getByRole('button', { name: 'Lower the learning rate and reset' }).click();
  await expect(again.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '0.001');
  await expect(again.getByRole('alert')).toHaveCount(0);

  // A malformed link falls back with a notice instead of breaking.
  await page.goto('/chapters/first-training-loop?fit.lr=banana');
  await expect(page.getByRole('region', { name: /Trainer/ })).toContainText('Learning rate: "banana" is not a number; using 0.0015.');
  await expectNoSidewaysScroll(page);
  await screenshots(page, 'ch7-first-training-loop');
});
