// The XOR lab in chapter 12, used the way a reader uses it: pick an activation, press Play, watch
// the loss fall and the boundary move; share a link; break training on purpose; keyboard only.
import type { Locator } from '@playwright/test';
import { test, expect, expectNoSeriousAxeViolations, type Page } from './support/reader';

const SLUG = 'activation-functions';
/** Close-ups are stitched while scrolling: the sticky top bar would land in the middle of the widget. */
import { expectNoSidewaysScroll, widgetShots } from './support/chapter';
const UNSTICK = '.topbar { position: static !important; }';

async function openLab(page: Page, query = ''): Promise<Locator> {
  await page.goto(`/chapters/${SLUG}${query}`);
  await expect(page.locator(`[data-chapter-loaded="${SLUG}"]`)).toBeVisible({ timeout: 30_000 }); // a long chapter on a busy machine
  const lab = page.getByRole('region', { name: 'XOR lab' });
  // The widget loads on demand when it comes near the viewport: scroll to its frame, then wait for the
  // real one (its Play button), not the loading frame (which is replaced, so scrolling may need a retry).
  await expect(async () => {
    await lab.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(lab.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await lab.scrollIntoViewIfNeeded();
  return lab;
}
const statOf = (lab: Locator, label: string) => lab.locator('.kit-stat', { hasText: label }).locator('.kit-stat__value');
const stepOf = async (lab: Locator) => Number(await statOf(lab, 'Step').textContent());
const lossOf = async (lab: Locator) => Number(await statOf(lab, 'Loss').textContent());
const canvasPixels = (lab: Locator) => lab.locator('.kit-heatmap canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());

async function playUntil(lab: Locator, steps: number) {
  await lab.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepOf(lab), { timeout: 20_000 }).toBeGreaterThanOrEqual(steps);
  await lab.getByRole('button', { name: 'Pause' }).click();
}

test('every activation: Play lowers the loss and moves the boundary; none stays at a coin toss', async ({ page }) => {
  const lab = await openLab(page, '?xor.speed=5');
  const options = await lab.getByRole('combobox', { name: 'Activation' }).locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(options).toEqual(['none', 'relu', 'leakyRelu', 'sigmoid', 'tanh', 'gelu', 'elu', 'softplus', 'silu', 'yours']);
  for (const activation of options) {
    await lab.getByRole('combobox', { name: 'Activation' }).selectOption(activation);
    await lab.getByRole('button', { name: 'Reset' }).click();
    await expect(statOf(lab, 'Step')).toHaveText('0');
    const before = await canvasPixels(lab);
    await lab.getByRole('button', { name: 'Step' }).click();
    const first = await lossOf(lab);
    await playUntil(lab, 150);
    const after = await lossOf(lab);
    expect(await canvasPixels(lab), `${activation}: the boundary picture changed`).not.toBe(before);
    if (activation === 'none') {
      expect(after, 'a linear stack cannot beat ln 2 on XOR').toBeGreaterThan(0.69);
      await expect(statOf(lab, 'Accuracy')).not.toHaveText('100 %');
    } else {
      expect(after, `${activation}: loss fell`).toBeLessThan(first);
    }
  }
});

test('"none" never reaches 100 % on XOR; ReLU does within 300 steps', async ({ page }) => {
  const lab = await openLab(page, '?xor.activation=none&xor.speed=40');
  await lab.getByRole('button', { name: 'Play' }).click();
  const seen = new Set<string>();
  await expect.poll(async () => {
    seen.add((await statOf(lab, 'Accuracy').textContent()) ?? '');
    return stepOf(lab);
  }, { timeout: 30_000, intervals: [50] }).toBeGreaterThanOrEqual(3000);
  await lab.getByRole('button', { name: 'Pause' }).click();
  expect([...seen]).not.toContain('100 %');
  await expect(lab.getByRole('cell', { name: /undecided|✗/ }).first()).toBeVisible();

  await lab.getByRole('combobox', { name: 'Activation' }).selectOption('relu');
  await lab.getByRole('slider', { name: 'Steps per frame' }).fill('1');
  await lab.getByRole('button', { name: 'Reset' }).click();
  await lab.getByRole('button', { name: 'Play' }).click();
  await expect(statOf(lab, 'Accuracy')).toHaveText('100 %', { timeout: 20_000 });
  await lab.getByRole('button', { name: 'Pause' }).click();
  expect(await stepOf(lab)).toBeLessThanOrEqual(300);
  await expect(lab.locator('.kit-exercise').first()).toContainText('not solved yet'); // H = 4, not 2
});

test('a shared link reproduces the settings and the run step for step', async ({ page, context }) => {
  test.setTimeout(120_000);
  const lab = await openLab(page);
  await lab.getByRole('combobox', { name: 'Activation' }).selectOption('tanh');
  await lab.getByRole('combobox', { name: 'Data set' }).selectOption('moons');
  await lab.getByRole('combobox', { name: 'Optimizer' }).selectOption('momentum');
  await lab.getByRole('slider', { name: 'Hidden units' }).fill('6');
  await lab.getByRole('slider', { name: 'Seed' }).fill('3');
  for (let i = 0; i < 25; i++) await lab.getByRole('button', { name: 'Step' }).click();
  const loss = await statOf(lab, 'Loss').textContent();
  const pixels = await canvasPixels(lab);
  const url = page.url();
  expect(url).toContain('xor.activation=tanh');

  const other = await context.newPage();
  const lab2 = await openLab(other, new URL(url).search);
  await expect(lab2.getByRole('combobox', { name: 'Activation' })).toHaveValue('tanh');
  await expect(lab2.getByRole('combobox', { name: 'Data set' })).toHaveValue('moons');
  await expect(lab2.getByRole('combobox', { name: 'Optimizer' })).toHaveValue('momentum');
  await expect(lab2.getByRole('slider', { name: 'Hidden units' })).toHaveAttribute('aria-valuetext', '6');
  await expect(lab2.getByRole('slider', { name: 'Seed' })).toHaveAttribute('aria-valuetext', '3');
  for (let i = 0; i < 25; i++) await lab2.getByRole('button', { name: 'Step' }).click();
  await expect(statOf(lab2, 'Loss')).toHaveText(loss!);
  expect(await canvasPixels(lab2)).toBe(pixels);
  await other.close();
});

test('a malformed link shows a notice and falls back to defaults', async ({ page }) => {
  const lab = await openLab(page, '?xor.lr=-3&xor.activation=swish&xor.hidden=2.5&xor.second=maybe');
  const notice = lab.locator('.kit-notice');
  await expect(notice).toContainText('Learning rate: -3 is outside');
  await expect(notice).toContainText('Activation: "swish" is not one of');
  await expect(notice).toContainText('Hidden units: 2.5 is not a whole number');
  await expect(notice).toContainText('Second hidden layer: "maybe" is not on/off');
  await expect(lab.getByRole('combobox', { name: 'Activation' })).toHaveValue('relu');
  await expect(lab.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '0.03');
  await lab.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('keyboard only: choose settings, play, pause, step and reset', async ({ page }) => {
  const lab = await openLab(page);
  await lab.getByRole('combobox', { name: 'Activation' }).focus();
  await page.keyboard.press('ArrowDown'); // relu → leaky ReLU
  await expect(lab.getByRole('combobox', { name: 'Activation' })).toHaveValue('leakyRelu');
  await page.keyboard.press('Tab'); // Hidden units
  await expect(lab.getByRole('slider', { name: 'Hidden units' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(lab.getByRole('slider', { name: 'Hidden units' })).toHaveAttribute('aria-valuetext', '5');
  // Tab on to the Play button through every control, in order.
  const order: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return el.labels?.[0]?.textContent ?? el.textContent ?? '';
    });
    order.push(name.trim());
    if (name.trim() === 'Play') break;
  }
  expect(order).toEqual(['Second hidden layer', 'Learning rate', 'Optimizer', 'Seed', 'Loss', 'Data set', 'Steps per frame', 'Play']);
  await page.keyboard.press('Space');
  await expect(lab.getByRole('button', { name: 'Pause' })).toBeFocused();
  await expect.poll(() => stepOf(lab)).toBeGreaterThan(20);
  await page.keyboard.press('Space');
  await expect(lab.getByRole('button', { name: 'Play' })).toBeFocused();
  const step = await stepOf(lab);
  await page.keyboard.press('Tab'); // Step
  await page.keyboard.press('Enter');
  await expect(statOf(lab, 'Step')).toHaveText(String(step + 1));
  await page.keyboard.press('Tab'); // Reset
  await page.keyboard.press('Enter');
  await expect(statOf(lab, 'Step')).toHaveText('0');
  await expect(page.locator(':focus-visible')).toHaveCount(1);
});

test('divergence: sigmoid at learning rate 10 pauses with an explanation and a way back', async ({ page }) => {
  const lab = await openLab(page, '?xor.activation=sigmoid&xor.lr=10');
  await lab.getByRole('button', { name: 'Play' }).click();
  const alert = lab.getByRole('alert');
  await expect(alert).toContainText(/Training diverged at step \d+/);
  await expect(alert).toContainText('more than ten times its starting value');
  await expect(lab.getByRole('button', { name: 'Play' })).toBeDisabled();
  await expect(lab.locator('.kit-exercise').nth(1)).toContainText('✓ solved');
  await lab.getByRole('button', { name: 'Lower the learning rate and reset' }).click();
  await expect(alert).toHaveCount(0);
  await expect(statOf(lab, 'Step')).toHaveText('0');
  await expect(lab.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '1');
  expect(new URL(page.url()).searchParams.get('xor.lr')).toBe('1');
  await playUntil(lab, 30);
  await expect(lab.getByRole('alert')).toHaveCount(0);
});

test('per-unit view: seed 4 stalls with dead units greyed out; switching to GELU by mouse rescues it', async ({ page }) => {
  test.setTimeout(120_000);
  const lab = await openLab(page, '?xor.seed=4&xor.speed=20');
  await expect(lab.locator('.xor-lab__unit')).toHaveCount(4);
  await lab.getByRole('button', { name: 'Play' }).click();
  const note = lab.locator('.kit-notice', { hasText: 'Stalled.' });
  await expect(note).toContainText('3 of 4 hidden units are dead', { timeout: 30_000 });
  await lab.getByRole('button', { name: 'Pause' }).click();
  await expect(statOf(lab, 'Dead units')).toHaveText('3 of 4');
  await expect(lab.locator('.xor-lab__unit--dead')).toHaveCount(3);
  await expect(lab.locator('.kit-readout')).toContainText('Dead hidden units: 3 of 4.');
  await widgetShots(page, lab, 'lab-stalled-seed4', 'xor-lab', { style: UNSTICK });
  const step = await stepOf(lab);
  await lab.getByRole('combobox', { name: 'Activation' }).selectOption('gelu');
  await expect(lab.locator('.kit-lab__change')).toContainText(`the change came at step ${step})`);
  await expect(note).toHaveCount(0);
  for (let i = 0; i < 10 && (await statOf(lab, 'Accuracy').textContent()) !== '100 %'; i++) await lab.getByRole('button', { name: 'Step' }).click();
  await expect(statOf(lab, 'Accuracy')).toHaveText('100 %');
  await expect(lab.locator('.kit-lab__change')).toContainText(`the change came at step ${step})`);
  await lab.getByRole('checkbox', { name: 'Show each hidden unit’s line' }).press('Space');
  await expect(lab.locator('.xor-lab__unit')).toHaveCount(0);
});

test('axe, and screenshots of the lab at desktop and phone width in both themes', async ({ page }) => {
  test.setTimeout(180_000);
  const lab = await openLab(page, '?xor.speed=5');
  await expect(lab.locator('.kit-readout')).toContainText('Untrained network (step 0)');
  // Before anything runs, the picture already shows the untrained network's boundary (not a blank box).
  const shades = await lab.locator('.kit-heatmap canvas').evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < d.length; i += 4) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return seen.size;
  });
  expect(shades, 'distinct colours in the untrained picture').toBeGreaterThan(50);
  await expectNoSeriousAxeViolations(page, 'xor-lab-untrained', { include: ['.xor-lab'] }); // the whole page is scanned in 12-activation-functions.spec.ts
  await playUntil(lab, 120);
  // The loss chart's log-scale switch changes the axis.
  const ticks = async () => ((await lab.locator('.live-chart canvas').getAttribute('data-yticks')) ?? '').split(' ').filter(Boolean);
  const linear = await ticks();
  expect(linear.length).toBeGreaterThan(2);
  await lab.getByRole('checkbox', { name: 'Log-scale loss axis' }).check();
  await expect.poll(ticks).not.toEqual(linear);
  await expectNoSeriousAxeViolations(page, 'xor-lab-trained', { include: ['.xor-lab'] });
  await widgetShots(page, lab, 'lab', 'xor-lab', { style: UNSTICK });
  await expectNoSidewaysScroll(page);
});
