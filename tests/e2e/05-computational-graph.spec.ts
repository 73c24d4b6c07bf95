// Chapter 5 in a real browser: the graph inspector draws the engine's graph of each expression.
import { test, expect, gotoChapter, expectNoSeriousAxeViolations, screenshots } from './support/reader';
import { expectListingsFilled, expectMathRendered, expectNoSidewaysScroll, widgetShots } from './support/chapter';

// The machine is shared by several helpers; axe and eight screenshots per test need more than 60 s there.
test.describe.configure({ timeout: 180_000 });

test('chapter 5: the graph of z = 3·x² is drawn from the engine', async ({ page }) => {
  await gotoChapter(page, 'computational-graph');
  await expectMathRendered(page);
  await expectListingsFilled(page);
  const inspector = page.getByRole('region', { name: /Graph inspector/ });
  await expect(inspector.getByRole('combobox', { name: 'Expression' })).toHaveValue('square');
  await expect(inspector.locator('.graph-inspector__node')).toHaveCount(4); // x, y = pow, the constant 3, z = mul
  await inspector.getByRole('combobox', { name: 'Expression' }).selectOption('neuron');
  await expect(inspector.locator('.graph-inspector__node.is-leaf')).toHaveCount(4);
  const count = page.locator('.kit-exercise', { hasText: 'count the operations' });
  await count.getByRole('textbox', { name: 'Number of operation nodes' }).fill('4');
  await expect(count).toHaveAttribute('data-exercise-state', 'correct');
  await expectNoSeriousAxeViolations(page, 'ch5-computational-graph');
  await expectNoSidewaysScroll(page);
  await widgetShots(page, inspector, 'graph-inspector', 'chapters0to7');
  await screenshots(page, 'ch5-computational-graph');
});
