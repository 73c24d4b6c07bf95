// Chapters 1–4 in a real browser: each chapter opens with its math rendered, its main widget responds
// to the mouse and to the keyboard, axe finds nothing serious, and screenshots are saved to look at.
import { test, expect, gotoChapter, expectNoSeriousAxeViolations, screenshots, type Page } from './support/reader';
import { expectListingsFilled, expectMathRendered, expectNoSidewaysScroll, widgetShots as shots } from './support/chapter';
import type { Locator } from '@playwright/test';

const widgetShots = (page: Page, widget: Locator, name: string) => shots(page, widget, name, 'chapters1to4');

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
  const box = (await slider.boundingBox())!;
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

test('chapter 3: broadcasting checker and matmul stepper respond', async ({ page }) => {
  await gotoChapter(page, 'operators-and-broadcasting');
  await expectMathRendered(page);
  await expectListingsFilled(page);
  const bc = page.getByRole('region', { name: /Broadcasting checker/ });
  await expect(bc).toContainText('Result shape [8,7,6,5]');
  await expect(bc.getByText('✓ solved')).toBeVisible();
  await bc.getByRole('button', { name: '[2,3] + [4]' }).click();
  await expect(bc.getByText('add: shapes [2,3] and [4] do not broadcast')).toBeVisible();
  await expect(page).toHaveURL(/bc\.a=2%2C\+?3/);
  const b = bc.getByRole('textbox', { name: 'Shape of b' });
  await b.fill('');
  await b.pressSequentially('1, 3');
  await expect(bc).toContainText('Result shape [2,3]');
  // the URL carries the puzzle: reload and the same shapes come back
  await page.reload();
  await expect(page.getByRole('region', { name: /Broadcasting checker/ })).toContainText('Result shape [2,3]');

  const mm = page.getByRole('region', { name: /Matmul stepper/ });
  const sum = mm.locator('.mm__sum');
  await expect(sum).toContainText('C[0][0]');
  await mm.getByRole('button', { name: /^C\[1\]\[2\]/ }).click();
  await expect(sum).toContainText('C[1][2]');
  await page.keyboard.press('ArrowLeft');
  await expect(sum).toContainText('C[1][1]');
  await expect(mm.getByRole('button', { name: /^C\[1\]\[1\]/ })).toBeFocused();
  await expect(mm).toContainText(', the same number.');
  await expectNoSeriousAxeViolations(page, 'ch3-operators-and-broadcasting');
  await expectNoSidewaysScroll(page);
  await screenshots(page, 'ch3-operators-and-broadcasting');
  await widgetShots(page, page.getByRole('region', { name: /Broadcasting checker/ }), 'broadcast-checker');
  await widgetShots(page, mm, 'matmul-stepper');
});

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
  const box = (await plane.boundingBox())!;
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
    const box = (await plane.boundingBox())!;
    // w = −1 + 0.9·5.5 = 3.95, b = 120 − 0.1·180 = 102
    await page.touchscreen.tap(box.x + box.width * 0.9, box.y + box.height * 0.1);
    await expect(ll.getByRole('slider', { name: 'Weight w' })).toHaveAttribute('aria-valuetext', /^3\.9\d?$|^4$/);
    await expect(ll.getByRole('slider', { name: 'Bias b' })).toHaveAttribute('aria-valuetext', /^10[1-3](\.5)?$/);
    await expect(page).toHaveURL(/ll\.w=(3\.9|4)/);
  });
});
