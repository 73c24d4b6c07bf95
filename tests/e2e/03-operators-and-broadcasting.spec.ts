// Chapter 3 in a real browser: neither exercise is solved at load; the broadcasting checker runs the
// engine and quotes its error; the matmul stepper follows mouse and arrow keys.
import { test, expect, gotoChapter, expectNoSeriousAxeViolations, screenshots, type Page } from './support/reader';
import { expectListingsFilled, expectMathRendered, expectNoSidewaysScroll, widgetShots as shots } from './support/chapter';
import type { Locator } from '@playwright/test';

const widgetShots = (page: Page, widget: Locator, name: string) => shots(page, widget, name, 'chapters0to7');

// Three widgets, axe and their screenshots at two widths and two themes: more than the default 120 s on the shared machine.
test.describe.configure({ timeout: 240_000 });

test('chapter 3: both exercises start unsolved; the checker and the stepper respond to mouse and keyboard', async ({ page }) => {
  await gotoChapter(page, 'operators-and-broadcasting');
  await expectMathRendered(page);
  await expectListingsFilled(page);
  const bc = page.getByRole('region', { name: /Broadcasting checker/ });
  const bcExercise = bc.locator('.kit-exercise');
  // F2: the checker starts with b = [1], which leaves a's shape as it is, and offers no example that answers it
  await expect(bc).toContainText('Result shape [8,1,6,1]');
  await expect(bcExercise).toHaveAttribute('data-exercise-state', 'unanswered');
  await expect(bc.getByRole('button', { name: '[8,1,6,1] + [7,1,5]' })).toHaveCount(0);
  const b = bc.getByRole('textbox', { name: 'Shape of b' });
  await b.fill('');
  await b.pressSequentially('7, 1, 5');
  await expect(bc).toContainText('Result shape [8,7,6,5]');
  await expect(bcExercise).toHaveAttribute('data-exercise-state', 'correct');
  await expect(bc.getByText('✓ solved')).toBeVisible();
  await bc.getByRole('button', { name: '[2,3] + [4]' }).click();
  await expect(bc.getByText('add: shapes [2,3] and [4] do not broadcast')).toBeVisible();
  await expect(page).toHaveURL(/bc\.a=2%2C\+?3/);
  await b.fill('');
  await b.pressSequentially('1, 3');
  await expect(bc).toContainText('Result shape [2,3]');
  // the URL carries the puzzle: reload and the same shapes come back
  await page.reload();
  await expect(page.getByRole('region', { name: /Broadcasting checker/ })).toContainText('Result shape [2,3]');

  // F2: the stepper starts on C[1][3], not on seed 1's largest entry C[0][0]; hovering is not answering
  const mm = page.getByRole('region', { name: /Matmul stepper/ });
  const mmExercise = mm.locator('.kit-exercise');
  const sum = mm.locator('.mm__sum');
  await expect(sum).toContainText('C[1][3]');
  await expect(mmExercise).toHaveAttribute('data-exercise-state', 'unanswered');
  await mm.getByRole('button', { name: /^C\[0\]\[0\]/ }).hover();
  await expect(sum).toContainText('C[0][0]');
  await expect(mmExercise).toHaveAttribute('data-exercise-state', 'unanswered');
  await mm.getByRole('button', { name: /^C\[1\]\[2\]/ }).click();
  await expect(sum).toContainText('C[1][2]');
  await page.keyboard.press('ArrowLeft');
  await expect(sum).toContainText('C[1][1]');
  await expect(mm.getByRole('button', { name: /^C\[1\]\[1\]/ })).toBeFocused();
  await expect(mm).toContainText(', the same number.');
  await widgetShots(page, mm, 'matmul-stepper');
  // keyboard to the largest entry (0, 0): up, then left
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await expect(sum).toContainText('C[0][0]');
  await expect(mmExercise).toHaveAttribute('data-exercise-state', 'correct');
  // F29: the reduction picker colours the cells that are combined; keyboard-operated selects
  const red = page.getByRole('region', { name: /Reduction picker/ });
  await expect(red.locator('.red__sentence')).toContainText('sum(M, 0)');
  await expect(red.locator('.red__sentence')).toContainText('shape [3], values [5, 7, 9]');
  await red.getByRole('combobox', { name: 'Axis' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(red.locator('.red__sentence')).toContainText('shape [2], values [6, 15]');
  await red.getByRole('checkbox', { name: 'Keep the reduced axis (length 1)' }).check();
  await expect(red.locator('.red__sentence')).toContainText('shape [2,1]');
  await widgetShots(page, red, 'reduction-picker');
  // the batch-mean choice exercise
  const batch = page.locator('.kit-exercise', { hasText: 'a mean over the batch' });
  await batch.getByRole('radio', { name: 'mean(X, 1)' }).check();
  await batch.getByRole('button', { name: 'Check' }).click();
  await expect(batch).toHaveAttribute('data-exercise-state', 'wrong');
  await batch.getByRole('radio', { name: 'mean(X, 0)' }).check();
  await batch.getByRole('button', { name: 'Check' }).click();
  await expect(batch).toHaveAttribute('data-exercise-state', 'correct');
  await expectNoSeriousAxeViolations(page, 'ch3-operators-and-broadcasting');
  await expectNoSidewaysScroll(page);
  await screenshots(page, 'ch3-operators-and-broadcasting');
  await widgetShots(page, page.getByRole('region', { name: /Broadcasting checker/ }), 'broadcast-checker');
});
