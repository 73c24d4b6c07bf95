// Chapter 1 in a real browser: the Celsius dial follows mouse and keyboard, its exercise is solved by
// walking to −40, axe finds nothing serious, screenshots to look at.
import { test, expect, gotoChapter, expectNoSeriousAxeViolations, screenshots, type Page, settledBox } from './support/reader';
import { expectListingsFilled, expectMathRendered, expectNoSidewaysScroll, widgetShots as shots } from './support/chapter';
import type { Locator } from '@playwright/test';

const widgetShots = (page: Page, widget: Locator, name: string) => shots(page, widget, name, 'chapters0to7');

test('chapter 1: the Celsius dial follows the slider (mouse and keyboard)', async ({ page }) => {
  await gotoChapter(page, 'what-is-a-framework');
  await expectMathRendered(page);
  await expectListingsFilled(page);
  const dial = page.getByRole('region', { name: /Celsius dial/ });
  await expect(dial).toContainText('25 °C → 77 °F');
  const slider = dial.getByRole('slider', { name: 'Temperature C' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(dial).toContainText('26 °C → 78.8 °F');
  // mouse: click the far left end of the track (−60 °C)
  const box = await settledBox(slider);
  await page.mouse.click(box.x + 2, box.y + box.height / 2);
  await expect(dial).toContainText('-60 °C → -76 °F');
  await dial.getByRole('combobox', { name: 'Inputs' }).selectOption('three');
  await expect(dial.getByText('shape [3,1]').first()).toBeVisible();
  // the exercise: walk to −40 with the keyboard
  await slider.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
  await expect(dial.getByText('✓ solved')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'ch1-what-is-a-framework');
  await expectNoSidewaysScroll(page);
  await screenshots(page, 'ch1-what-is-a-framework');
  await widgetShots(page, dial, 'celsius-dial');
});
