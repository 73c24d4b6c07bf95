// Chapter 2 in a real browser: the shape playground reports shapes, strides, the engine's ragged
// error and the transpose of a 3-D tensor (last two axes swapped).
import { test, expect, gotoChapter, expectNoSeriousAxeViolations, screenshots, type Page } from './support/reader';
import { expectListingsFilled, expectMathRendered, expectNoSidewaysScroll, widgetShots as shots } from './support/chapter';
import type { Locator } from '@playwright/test';

const widgetShots = (page: Page, widget: Locator, name: string) => shots(page, widget, name, 'chapters0to7');

test('chapter 2: the shape playground reports shapes and the engine’s ragged error', async ({ page }) => {
  await gotoChapter(page, 'tensor-basics');
  await expectMathRendered(page);
  await expectListingsFilled(page);
  const pg = page.getByRole('region', { name: /Shape playground/ });
  const input = pg.getByRole('textbox', { name: /Nested array/ });
  await input.fill('[[1, 2, 3], [4, 5, 6]]');
  await expect(pg).toContainText('shape[2,3]');
  await expect(pg).toContainText('strides[3,1]');
  await pg.getByRole('button', { name: 'ragged' }).click();
  await expect(pg.getByText('Tensor: ragged nested array at index [2]')).toBeVisible();
  await pg.getByRole('button', { name: '3-D' }).click();
  await expect(pg).toContainText('shape[2,3,2]');
  // keyboard: type the exercise's shape [2,1,3]
  await input.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('[[[1, 2, 3]], [[4, 5, 6]]]');
  await expect(pg).toContainText('shape[2,1,3]');
  await expect(pg.getByText('✓ solved')).toBeVisible();
  await pg.getByRole('checkbox', { name: 'Show float32 rounding' }).check();
  await pg.getByRole('checkbox', { name: 'Show the transpose (.T)' }).check();
  await expect(pg).toContainText('.T has shape [2,3,1]');
  await pg.getByRole('button', { name: 'decimals' }).click();
  await expect(pg.getByRole('cell', { name: '0.10000000149011612' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'ch2-tensor-basics');
  await expectNoSidewaysScroll(page);
  await screenshots(page, 'ch2-tensor-basics');
  await widgetShots(page, pg, 'shape-playground');
});
