// Chapter 4 in a real browser: the loss landscape follows drag, sliders and touch; the worked example
// reads 11794; binary cross-entropy's exercise and its section anchor.
import { test, expect, gotoChapter, expectNoSeriousAxeViolations, screenshots, type Page, settledBox } from './support/reader';
import { expectListingsFilled, expectMathRendered, expectNoSidewaysScroll, widgetShots as shots } from './support/chapter';
import type { Locator } from '@playwright/test';

const widgetShots = (page: Page, widget: Locator, name: string) => shots(page, widget, name, 'chapters0to7');

test('chapter 4: the loss landscape follows drag and sliders; the worked example reads 11794', async ({ page }) => {
  await gotoChapter(page, 'loss-functions');
  await expectMathRendered(page);
  await expectListingsFilled(page);
  const ll = page.getByRole('region', { name: /Loss landscape/ });
  const stats = ll.locator('.kit-stats');
  await expect(stats).toContainText('MSE11794');
  await expect(ll).toContainText('Their squares: 484, 23104; mean 11794');
  // mouse: drag the point to the middle of the map
  const plane = ll.getByRole('img', { name: /MSE for every w/ });
  await plane.scrollIntoViewIfNeeded();
  const box = await settledBox(plane);
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.up();
  const wAfterDrag = () => ll.getByRole('slider', { name: 'Weight w' }).getAttribute('aria-valuetext').then(Number);
  await expect.poll(wAfterDrag).toBeCloseTo(1.75, 1);
  await expect(ll.getByRole('slider', { name: 'Bias b' })).toHaveAttribute('aria-valuetext', /^(29|30|31)(\.5)?$/);
  // keyboard: set w = 1.8, b = 32 with the sliders → loss 0, exercise solved
  const w = ll.getByRole('slider', { name: 'Weight w' });
  const bSlider = ll.getByRole('slider', { name: 'Bias b' });
  await w.fill('1.8');
  await bSlider.fill('31.5');
  await bSlider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(bSlider).toHaveAttribute('aria-valuetext', '32');
  await expect(stats).toContainText('MSE0');
  await expect(ll.getByText('✓ solved')).toBeVisible();
  await ll.getByRole('combobox', { name: 'Loss' }).selectOption('mae');
  await expect(ll.getByRole('img', { name: /MAE for every w/ })).toBeVisible();
  // the by-hand exercise
  await page.getByRole('textbox', { name: 'MSE' }).fill('6784');
  await expect(page.locator('.kit-exercise', { hasText: 'a loss by hand' })).toContainText('✓ solved');
  // binary cross-entropy: predict, then type the answer to three decimals (a wrong one first)
  const bceEx = page.locator('.kit-exercise', { hasText: 'a confident mistake' });
  await bceEx.getByRole('textbox', { name: 'binary cross-entropy' }).fill('0.693');
  await expect(bceEx).toHaveAttribute('data-exercise-state', 'wrong');
  await bceEx.getByRole('textbox', { name: 'binary cross-entropy' }).fill('1.609');
  await expect(bceEx).toHaveAttribute('data-exercise-state', 'correct');
  await expect(bceEx).toContainText('more than twice the coin toss');
  // the section has the anchor other chapters link to
  await expect(page.locator('h2#binary-cross-entropy')).toHaveText(/Binary cross-entropy/);
  // back to the worked example for the pictures
  await w.fill('0.5');
  await bSlider.fill('10');
  await ll.getByRole('combobox', { name: 'Loss' }).selectOption('mse');
  await expectNoSeriousAxeViolations(page, 'ch4-loss-functions');
  await expectNoSidewaysScroll(page);
  await screenshots(page, 'ch4-loss-functions');
  await widgetShots(page, ll, 'loss-landscape');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('chapter 4: tapping the landscape moves the point', async ({ page }) => {
    await gotoChapter(page, 'loss-functions');
    const ll = page.getByRole('region', { name: /Loss landscape/ });
    const plane = ll.getByRole('img', { name: /MSE for every w/ });
    await plane.scrollIntoViewIfNeeded();
    const box = await settledBox(plane);
    // w = −1 + 0.9·5.5 = 3.95, b = 120 − 0.1·180 = 102
    await page.touchscreen.tap(box.x + box.width * 0.9, box.y + box.height * 0.1);
    await expect(ll.getByRole('slider', { name: 'Weight w' })).toHaveAttribute('aria-valuetext', /^3\.9\d?$|^4$/);
    await expect(ll.getByRole('slider', { name: 'Bias b' })).toHaveAttribute('aria-valuetext', /^10[1-3](\.5)?$/);
    await expect(page).toHaveURL(/ll\.w=(3\.9|4)/);
  });
});
