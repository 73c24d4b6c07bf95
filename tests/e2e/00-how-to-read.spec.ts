// Chapter 0 in a real browser: the first widget's slider and read-out, axe, screenshots.
import { test, expect, gotoChapter, expectNoSeriousAxeViolations, screenshots, type Page } from './support/reader';
import { expectListingsFilled, expectMathRendered, expectNoSidewaysScroll, widgetShots as shots } from './support/chapter';
import type { Locator } from '@playwright/test';

const widgetShots = (page: Page, widget: Locator, name: string) => shots(page, widget, name, 'chapters0to7');

test('chapter 0: the sine demo follows slider and keys, and its read-out is true at f = 0.5', async ({ page }) => {
  await gotoChapter(page, 'how-to-read');
  await expectMathRendered(page);
  await expectListingsFilled(page);
  const demo = page.getByRole('region', { name: 'A sine wave you can tune' });
  const slider = demo.getByRole('slider', { name: 'Frequency' });
  await expect(demo).toContainText('completes 1 full cycle');
  await expect(demo).toContainText('swings between −1 and 1');
  // F5: at the lowest setting the curve never reaches −1, and the sentence says so
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', '0.5');
  await expect(demo).toContainText('completes half a cycle');
  await expect(demo).toContainText('rises from 0 to 1 and falls back to 0 without going below zero');
  await expect(demo).not.toContainText('−1 and 1');
  await widgetShots(page, demo, 'sine-demo-half-cycle');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '2');
  await expect(demo).toContainText('crosses zero 3 times');
  await expectNoSeriousAxeViolations(page, 'ch0-how-to-read');
  await expectNoSidewaysScroll(page);
  await screenshots(page, 'ch0-how-to-read');
  await widgetShots(page, demo, 'sine-demo');
});
