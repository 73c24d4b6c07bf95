// Chapter 12, §12.8: a reader invents an activation and edits the engine's own code, and the XOR lab
// trains with both — in real Chromium, by mouse and keyboard.
import type { Locator } from '@playwright/test';
import { test, expect, expectNoSeriousAxeViolations, type Page } from './support/reader';
import { widgetShots } from './support/chapter';

const SLUG = 'activation-functions';
const UNSTICK = '.topbar { position: static !important; }';

async function open(page: Page, query = '') {
  await page.goto(`/chapters/${SLUG}${query}`);
  await expect(page.locator(`[data-chapter-loaded="${SLUG}"]`)).toBeVisible({ timeout: 30_000 });
}

/** Widgets load on demand (near the viewport, or when the page is idle): wait for the real one, whose
 *  frame replaces the loading frame of the same name, then bring it into view. */
async function widgetWith(page: Page, name: string, ready: (w: Locator) => Locator): Promise<Locator> {
  const widget = page.getByRole('region', { name });
  await widget.first().scrollIntoViewIfNeeded().catch(() => undefined);
  await expect(ready(widget)).toBeVisible({ timeout: 30_000 });
  await widget.scrollIntoViewIfNeeded();
  return widget;
}
const formulaBox = (page: Page) => widgetWith(page, 'Your own activation', (w) => w.getByRole('textbox', { name: 'Formula for f(x)' }));
const xorLab = (page: Page) => widgetWith(page, 'XOR lab', (w) => w.getByRole('button', { name: /^(Play|Pause)$/ }));

const statOf = (lab: Locator, label: string) => lab.locator('.kit-stat', { hasText: label }).locator('.kit-stat__value');

/** Plays the lab until it classifies every XOR point, then pauses. */
async function trainToPerfect(lab: Locator) {
  await lab.getByRole('button', { name: 'Reset' }).click();
  await lab.getByRole('button', { name: 'Play' }).click();
  await expect(statOf(lab, 'Accuracy')).toHaveText('100 %', { timeout: 30_000 });
  await lab.getByRole('button', { name: 'Pause' }).click();
}

test('a typed formula: f′ drawn by the engine, mistakes pointed at, and the XOR lab learns with it', async ({ page }) => {
  await open(page, '?xor.speed=5');
  const box = await formulaBox(page);
  const input = box.getByRole('textbox', { name: 'Formula for f(x)' });
  await input.fill('x * (1 +');
  await expect(box.getByRole('alert')).toContainText('^ expected a number, x, a function or "(" but found the end of the formula');
  await input.fill('x * sigmoid(1.702 * x)');
  await expect(box.getByRole('alert')).toHaveCount(0);
  await expect(box.locator('.kit-readout')).toContainText('at 0, f = 0 and f′ = 0.5');
  await expect(box.locator('.own-act__plot path')).toHaveCount(2);
  expect(await box.locator('.own-act__df').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){150,}$/);
  await input.fill('log(x)');
  await expect(box.getByRole('alert')).toContainText('f(-5) = NaN: the formula is not finite everywhere on -5 … 5');
  await input.fill('x * sigmoid(1.702 * x)');
  await widgetShots(page, box, 'own-activation', 'widgets', { style: UNSTICK });

  const lab = await xorLab(page);
  await lab.getByRole('combobox', { name: 'Activation' }).selectOption('yours');
  await trainToPerfect(lab);
  expect(page.url()).toContain('own.formula=x+*+sigmoid%281.702+*+x%29');
  await expectNoSeriousAxeViolations(page, 'chapter 12: your own activation', { include: ['.own-act'] });
});

test('a shared link restores the formula, and the lab trains with it before the box has loaded', async ({ page }) => {
  await open(page, '?xor.activation=yours&xor.speed=5&own.formula=tanh(2*x)');
  const lab = await xorLab(page);
  await expect(lab.getByRole('combobox', { name: 'Activation' })).toHaveValue('yours');
  await trainToPerfect(lab);
  const box = await formulaBox(page);
  await expect(box.getByRole('textbox', { name: 'Formula for f(x)' })).toHaveValue('tanh(2*x)');
  await expect(box.locator('.kit-readout')).toContainText('f′ = 2');
  await open(page, '?own.formula=alert(1)');
  const bad = await formulaBox(page);
  await expect(bad).toContainText('Formula for f(x): "alert(1)": unknown function "alert"');
  await expect(bad.getByRole('textbox', { name: 'Formula for f(x)' })).toHaveValue('x * sigmoid(beta * x)');
});

test('editing ReLU: a broken mask fails the check and is not installed; the fixed code trains; Reset restores', async ({ page }) => {
  await open(page, '?xor.speed=5');
  const editor = page.getByRole('region', { name: 'Edit the engine' });
  await editor.scrollIntoViewIfNeeded();
  await editor.getByRole('button', { name: "Edit relu's code" }).click();
  const code = editor.getByRole('textbox', { name: 'Source of relu, editable' });
  await expect(code).toBeVisible({ timeout: 30_000 });
  await expect(code).toContainText('if (!(X[i] <= 0)) ga[i] += g[i];');

  // Break the mask with the editor's own find-and-replace (Ctrl-F): the gradient now flows through
  // every unit, as if relu were the identity on the way back.
  await code.click();
  await page.keyboard.press('Control+f');
  await editor.getByRole('textbox', { name: 'Find' }).fill('if (!(X[i] <= 0)) ');
  await editor.getByRole('textbox', { name: 'Replace' }).fill('');
  await editor.getByRole('button', { name: 'replace all' }).click();
  await expect(code).toContainText('for (let i = 0; i < n; i++) ga[i] += g[i];');
  await expectNoSeriousAxeViolations(page, 'chapter 12: engine editor', { include: ['.engine-editor'] });
  await editor.getByRole('button', { name: 'Run: check the gradient, then install' }).click();
  const readOut = editor.locator('.kit-readout');
  await expect(readOut).toContainText(/Gradient check failed at input \d+ of 24 \(x = -[\d.]+\): backward gives 1, central differences give 0\. The op was not installed\./, { timeout: 15_000 });
  await expect(readOut).toContainText("The engine on this page runs the book's relu.");
  await expect(page.locator('.kit-widget__edited')).toHaveCount(0);
  await widgetShots(page, editor, 'engine-editor-failed', 'widgets', { style: UNSTICK });

  // Fix it back (Reset), run the book's code through the check: it passes and is installed.
  await editor.getByRole('button', { name: "Reset to the book's code" }).click();
  await expect(code).toContainText('if (!(X[i] <= 0)) ga[i] += g[i];');
  await editor.getByRole('button', { name: 'Run: check the gradient, then install' }).click();
  await expect(readOut).toContainText('Gradient check passed: at 24 random inputs', { timeout: 15_000 });
  await expect(readOut).toContainText('The engine on this page runs your edited relu');
  const lab = await xorLab(page);
  await expect(lab.locator('.kit-widget__edited')).toHaveText(' · edited engine: your relu');
  await trainToPerfect(lab);

  await editor.scrollIntoViewIfNeeded();
  await editor.getByRole('button', { name: "Reset to the book's code" }).click();
  await expect(page.locator('.kit-widget__edited')).toHaveCount(0);
});

test('saved engine edits never run on their own: after a reload the reader must press Run', async ({ page }) => {
  await open(page);
  await page.evaluate(() => localStorage.setItem('weave:engine-edit:relu', 'export function relu(a) { while (true) {} }'));
  await open(page);
  const editor = page.getByRole('region', { name: 'Edit the engine' });
  await editor.scrollIntoViewIfNeeded();
  await expect(editor).toContainText('You have a saved edit of relu; it runs only when you press Run.');
  await expect(page.locator('.kit-widget__edited')).toHaveCount(0);
  // Running it: the endless loop is stopped by the time limit and nothing is installed.
  await editor.getByRole('button', { name: "Edit relu's code" }).click();
  await editor.getByRole('button', { name: 'Run: check the gradient, then install' }).click();
  await expect(editor.locator('.kit-readout')).toContainText('The check did not finish within 3 s', { timeout: 15_000 });
  await expect(page.locator('.kit-widget__edited')).toHaveCount(0);
  await page.evaluate(() => localStorage.removeItem('weave:engine-edit:relu'));
});
