// Chapter 12 in a real browser: the chapter opens with its math and listings, each of the four
// explanatory widgets (linear collapse, activation explorer, gradients through depth, softmax) is
// operated by mouse and by keyboard and seen to respond, axe finds nothing serious, and close-up and
// full-page screenshots are saved at 1280 and 390 px in light and dark to look at.
import type { Locator } from '@playwright/test';
import { test, expect, gotoChapter, expectNoSeriousAxeViolations, emulateSystemTheme, SCREEN_SIZES, type Page, settledBox } from './support/reader';
import { widgetShots as shots } from './support/chapter';

const SLUG = 'activation-functions';

/** Close-ups are stitched while scrolling: the sticky top bar would land in the middle of the widget. */
const widgetShots = (page: Page, widget: Locator, name: string) => shots(page, widget, name, 'chapter12', { style: '.topbar { position: static !important; }' });

/** Clicks a range input with the mouse at a fraction (0 = left end, 1 = right end) of its width. */
async function clickSlider(page: Page, slider: Locator, fraction: number) {
  await slider.scrollIntoViewIfNeeded();
  const box = await settledBox(slider);
  await page.mouse.click(box.x + 3 + fraction * (box.width - 6), box.y + box.height / 2);
}

/** Sets a range input by keyboard: focus it, then press a key n times. */
async function press(slider: Locator, key: string, times = 1) {
  await slider.focus();
  for (let i = 0; i < times; i++) await slider.press(key);
}

test('chapter 12 opens: sections in order, math rendered, engine listings filled', async ({ page }) => {
  test.setTimeout(240_000); // axe over a long page on a busy 2-core machine
  await gotoChapter(page, SLUG);
  const headings = await page.locator('article h2, main h2').allTextContents();
  const numbered = headings.filter((h) => /^12\.\d/.test(h)).map((h) => h.slice(0, 4));
  expect(numbered).toEqual(['12.1', '12.2', '12.3', '12.4', '12.5', '12.6', '12.7', '12.8', '12.9']);
  expect(await page.locator('main .katex').count()).toBeGreaterThan(20);
  await expect(page.locator('.katex-error')).toHaveCount(0);
  await expect(page.locator('.katex-display').first()).toBeVisible();
  const code = (await page.locator('pre code').allTextContents()).join('\n');
  expect(code).toContain('export function relu(a: Tensor): Tensor');
  expect(code).toContain('export function sigmoid(a: Tensor)');
  expect(code).toContain('export function softmax(a: Tensor');
  await expectNoSeriousAxeViolations(page, 'chapter12');
  // Full-page screenshots of this long page took minutes on a busy machine; the reading-view test
  // below saves one screenshot per section instead, at desktop and phone width.
});

test('linear collapse: sliders (keyboard) and the XOR button (mouse) change the single layer', async ({ page }) => {
  await gotoChapter(page, SLUG);
  const w = page.getByRole('region', { name: 'Two linear layers collapse into one' });
  const live = w.locator('.kit-readout');
  await expect(live).toContainText('y = 1·x₁ + 0·x₂ + 0.');
  await press(w.getByRole('slider', { name: 'b₂' }), 'ArrowRight', 3);
  await expect(live).toContainText('+ 0.3.');
  await w.getByRole('button', { name: /real XOR network/ }).click();
  await expect(live).toContainText('It gets 3 of 4 XOR points right; wrong: (0, 0).');
  await expect(w.getByText('✓ solved')).toBeVisible();
  await widgetShots(page, w, 'linear-collapse');
  // The ReLU switch, by keyboard: the same nine weights now get all four, and the hidden space shows why.
  await w.getByRole('checkbox', { name: 'ReLU between the layers' }).focus();
  await page.keyboard.press('Space');
  const relu = page.getByRole('region', { name: 'Two layers with ReLU between them' });
  await expect(relu.locator('.kit-readout')).toContainText('It gets 4 of 4 XOR points right.');
  await expect(relu.locator('.kit-readout')).toContainText('(1, 1) → (2, 1)');
  await expect(relu.locator('.collapse-plot__hinge')).toHaveCount(2);
  await expect(relu.getByText('Hidden space (h₁, h₂)', { exact: false })).toBeVisible();
  await expect(relu.getByRole('cell', { name: '(2, 1)' })).toBeVisible();
  await widgetShots(page, relu, 'linear-collapse-relu');
  // And by mouse, back off: a straight line again.
  await relu.getByRole('checkbox', { name: 'ReLU between the layers' }).click();
  await expect(w.locator('.kit-readout')).toContainText('Its boundary y = 0.5 is a straight line.');
});

test('activation explorer: choose by keyboard, probe by mouse, the chart and read-out follow', async ({ page }) => {
  await gotoChapter(page, SLUG);
  const w = page.getByRole('region', { name: 'Activation explorer' });
  const live = w.locator('.kit-readout');
  await expect(live).toContainText('ReLU at x = 1');
  const curve = w.locator('.kit-curve__line').first();
  const reluPath = await curve.getAttribute('points');
  await w.getByRole('combobox', { name: 'Activation' }).selectOption('gelu');
  await expect(live).toContainText('GELU at x = 1');
  expect(await curve.getAttribute('points')).not.toBe(reluPath);
  const probe = w.getByRole('slider', { name: 'Probe x' });
  // Mouse: click the slider near its left end, then fine-tune with the keyboard to x = −0.75.
  await clickSlider(page, probe, 0);
  await expect(live).toContainText('GELU at x = −5');
  await probe.fill('-0.75');
  await expect(live).toContainText('GELU at x = −0.75: f(x) = −0.17');
  await expect(w.getByText('✓ solved')).toBeVisible();
  await expect(live).toContainText('a turning point');
  await expect(live).not.toContainText('saturated tail: almost');
  await press(probe, 'ArrowRight', 1);
  await expect(live).toContainText('GELU at x = −0.7');
  await w.getByRole('combobox', { name: 'Activation' }).focus();
  await page.keyboard.press('ArrowUp'); // tanh
  await expect(live).toContainText('tanh at x = −0.7');
  await widgetShots(page, w, 'activation-explorer');
});

test('gradients through depth: the depth slider (keyboard and mouse) drives both charts', async ({ page }) => {
  await gotoChapter(page, SLUG);
  const w = page.getByRole('region', { name: 'Gradients through depth' });
  const live = w.locator('.kit-readout');
  await expect(live).toContainText('through 10 layers');
  const depth = w.getByRole('slider', { name: 'Depth (layers)' });
  await press(depth, 'ArrowLeft', 7);
  await expect(live).toContainText('through 3 layers');
  await expect(live).toContainText('sigmoid 0.0156');
  await clickSlider(page, depth, 1);
  await expect(live).toContainText('through 30 layers');
  await w.getByRole('combobox', { name: 'Initialisation' }).selectOption('he');
  await expect(live).toContainText('He initialisation');
  // 0.25ⁿ and four best cases, then four real networks: one unbroken curve each.
  await expect(w.locator('.kit-curve__line')).toHaveCount(9);
  await widgetShots(page, w, 'gradients-through-depth');
});

test('softmax explorer: logits and the shift; naive overflows to NaN, stable does not', async ({ page }) => {
  await gotoChapter(page, SLUG);
  const w = page.getByRole('region', { name: 'Softmax explorer' });
  const live = w.locator('.kit-readout');
  await expect(live).toContainText('class 1 is most likely');
  await press(w.getByRole('slider', { name: 'Logit 3' }), 'PageUp', 2);
  await expect(live).toContainText('class 3 is most likely');
  const shift = w.getByRole('slider', { name: 'Add to every logit' });
  await clickSlider(page, shift, 1);
  await expect(live).toContainText('The naive formula breaks');
  await expect(w.locator('.softmax__nan').first()).toHaveText('NaN');
  await expect(w.getByText('✓ solved').last()).toBeVisible();
  await widgetShots(page, w, 'softmax-explorer');
});

test('exercises: a typed answer by keyboard, a multiple choice by mouse, nothing solved before the reader acts', async ({ page }) => {
  await gotoChapter(page, SLUG);
  const ex = (title: string) => page.locator('.kit-exercise', { hasText: title }).first();
  const sigma = ex('σ′ from σ');
  await sigma.scrollIntoViewIfNeeded();
  await expect(sigma).toHaveAttribute('data-exercise-state', 'unanswered');
  const input = sigma.getByRole('textbox', { name: 'σ′(x)' });
  await input.focus();
  await page.keyboard.type('0.2');
  await expect(sigma).toHaveAttribute('data-exercise-state', 'wrong');
  await input.fill('');
  await page.keyboard.type('0.16');
  await expect(sigma).toHaveAttribute('data-exercise-state', 'correct');
  const pair = ex('softmax of two logits');
  await pair.getByRole('textbox').fill('0.881');
  await expect(pair).toHaveAttribute('data-exercise-state', 'correct');
  const steer = ex('choose the output activation');
  await expect(steer).toHaveAttribute('data-exercise-state', 'unanswered');
  await steer.getByRole('radio', { name: 'sigmoid' }).click();
  await steer.getByRole('button', { name: 'Check' }).click();
  await expect(steer).toHaveAttribute('data-exercise-state', 'wrong');
  await expect(steer).toContainText('could not steer left');
  await steer.getByRole('radio', { name: 'tanh' }).click();
  await steer.getByRole('button', { name: 'Check' }).click();
  await expect(steer).toHaveAttribute('data-exercise-state', 'correct');
  await widgetShots(page, steer, 'exercise-choice');
});

test('reading view: one screenshot per section, desktop light and phone dark', async ({ page }) => {
  await gotoChapter(page, SLUG);
  for (const [size, scheme] of [['desktop', 'light'], ['phone', 'dark']] as const) {
    await page.setViewportSize(SCREEN_SIZES[size]);
    await emulateSystemTheme(page, scheme);
    const headings = page.locator('main h2');
    const count = await headings.count();
    for (let i = 0; i < count; i++) {
      await headings.nth(i).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.evaluate(() => window.scrollBy(0, -70)); // clear the sticky bar
      await page.screenshot({ path: `screenshots/chapter12/section-${i}-${size}-${scheme}.png` });
    }
  }
});
