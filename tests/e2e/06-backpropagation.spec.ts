// Chapter 6 in a real browser: step backward by keyboard, the breadth-first bug shown by a toggle,
// the spot-the-bug choice exercise, and the gradient check.
import { test, expect, gotoChapter, expectNoSeriousAxeViolations, screenshots } from './support/reader';
import { expectListingsFilled, expectMathRendered, expectNoSidewaysScroll, widgetShots } from './support/chapter';

// The machine is shared by several helpers; axe and eight screenshots per test need more than 60 s there.
test.describe.configure({ timeout: 180_000 });

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
  await widgetShots(page, inspector, 'graph-inspector-stepped', 'chapters0to7');

  // F22: the breadth-first toggle shows the bug, step by step
  await inspector.getByRole('combobox', { name: 'Backward order' }).selectOption('breadth-first');
  await expect(inspector).toContainText('Step 0 of');
  await step.click();
  await step.click();
  await expect(inspector).toContainText('a (add) sent its gradient 1 back: x receives 1');
  await step.click();
  await expect(inspector).toContainText('a had 1 and now holds 3 (accumulated), too late: a already passed its gradient on at step 2');
  await expect(inspector).toContainText('Done: dout/dx = 1.');
  await widgetShots(page, inspector, 'graph-inspector-breadth-first', 'chapters0to7');

  // the spot-the-bug prediction: a choice exercise answered by keyboard, wrong first, then right
  const bug = page.locator('.kit-exercise', { hasText: 'spot the bug' });
  await expect(bug).toHaveAttribute('data-exercise-state', 'unanswered');
  await bug.getByRole('radio', { name: '3' }).check();
  await bug.getByRole('button', { name: 'Check' }).click();
  await expect(bug).toHaveAttribute('data-exercise-state', 'wrong');
  await expect(bug).toContainText('3 is the right gradient');
  await bug.getByRole('radio', { name: '1' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(bug).toHaveAttribute('data-exercise-state', 'correct');
  await expect(bug).toContainText('x ends with 1 instead of 3');
  await widgetShots(page, bug, 'choice-exercise-spot-the-bug', 'chapters0to7');

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
  await expectNoSidewaysScroll(page);
  await widgetShots(page, check, 'gradient-check', 'chapters0to7');
  await screenshots(page, 'ch6-backpropagation');
});
