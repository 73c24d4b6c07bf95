// What an author gets from `npm run dev`: saving a chapter updates the page in place (no reload to the
// top; a trained XOR lab keeps its step count), and saving a source file a chapter quotes updates the
// listing. Runs its own dev server on a temporary copy of the project (tests/e2e/support/devServer.ts):
// the edits never touch the checkout. Chapter 12's file in the copy is replaced by a small fixture with
// the XOR lab and two listings.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/reader';
import { startDevServerOnCopy, type DevServerCopy } from './support/devServer';

const CHAPTER = 'chapters/12-activation-functions.mdx';
const SLUG = 'activation-functions';
const QUOTED = 'hmr-fixture/quoted.ts';
const FILLER = Array.from({ length: 14 }, (_, i) => `Filler paragraph ${i + 1}, so that the lab sits well below the top of the page. `.repeat(4)).join('\n\n');

/** The fixture chapter: the real frontmatter, a paragraph to edit, two listings, filler, the XOR lab. */
function fixtureChapter(real: string): string {
  const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(real)?.[0];
  if (!frontmatter) throw new Error(`${CHAPTER} has no frontmatter`);
  return `${frontmatter}
import { XorLab } from '../src/widgets/XorLab';

## 12.1 A page to edit

The first paragraph says hello.

\`\`\`ts file=src/engine/ops/activations.ts region=relu
\`\`\`

\`\`\`ts file=${QUOTED} region=quoted
\`\`\`

${FILLER}

<XorLab />

The paragraph after the lab.
`;
}

let dev: DevServerCopy;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dev = await startDevServerOnCopy((root) => {
    writeFileSync(join(root, CHAPTER), fixtureChapter(readFileSync(join(root, CHAPTER), 'utf8')));
    mkdirSync(join(root, 'hmr-fixture'));
    writeFileSync(join(root, QUOTED), 'export const before = 0;\n// #region quoted\n// a comment in the quoted region\nexport const quoted = 1;\n// #endregion\n');
  });
});

test.afterAll(async () => {
  await dev?.close();
});

const statOf = (lab: Locator, label: string) => lab.locator('.kit-stat', { hasText: label }).locator('.kit-stat__value');
const stepOf = async (lab: Locator) => Number(await statOf(lab, 'Step').textContent());
const listing = (page: Page, file: string) =>
  page.locator('figure[data-rehype-pretty-code-figure]', { has: page.locator('[data-rehype-pretty-code-title]', { hasText: file }) }).locator('pre');

async function openLab(page: Page): Promise<Locator> {
  await page.goto(`${dev.url}/chapters/${SLUG}?xor.speed=5`);
  await expect(page.locator(`[data-chapter-loaded="${SLUG}"]`)).toBeVisible({ timeout: 60_000 });
  const lab = page.getByRole('region', { name: 'XOR lab' });
  await expect(async () => {
    await lab.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(lab.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  return lab;
}

test('editing prose and quoted files updates the page in place, keeping the trained lab and the scroll position', async ({ page }) => {
  test.setTimeout(120_000);
  // A first visit lets the dev server find and pre-bundle every dependency of the page (it reloads the
  // page when it finds a new one); the test proper starts on a settled server.
  await openLab(page);
  await page.waitForTimeout(1_000);
  const lab = await openLab(page);
  await page.evaluate(() => ((window as unknown as { hmrMarker: string }).hmrMarker = 'same page'));
  const marker = () => page.evaluate(() => (window as unknown as { hmrMarker?: string }).hmrMarker);

  await lab.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepOf(lab), { timeout: 30_000 }).toBeGreaterThanOrEqual(20);
  await lab.getByRole('button', { name: 'Pause' }).click();
  const steps = await stepOf(lab);
  await lab.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled, 'the lab is well below the top').toBeGreaterThan(600);

  const kept = async (what: string) => {
    expect(await marker(), `${what}: no full reload`).toBe('same page');
    expect(await stepOf(lab), `${what}: the lab kept its step count`).toBe(steps);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled), `${what}: scroll position kept`).toBeLessThan(200);
    await expect(lab).toBeInViewport();
  };

  // A typo fixed in a paragraph.
  dev.edit(CHAPTER, (t) => t.replace('The first paragraph says hello.', 'The first paragraph says hello, corrected.'));
  await expect(page.getByText('The first paragraph says hello, corrected.')).toHaveCount(1, { timeout: 20_000 });
  await kept('a prose edit');

  // A new paragraph above the lab: the lab keeps its place in React's tree (its key), so its state.
  dev.edit(CHAPTER, (t) => t.replace('<XorLab />', 'A paragraph added above the lab.\n\n<XorLab />'));
  await expect(page.getByText('A paragraph added above the lab.')).toHaveCount(1, { timeout: 20_000 });
  await kept('a paragraph added above the lab');

  // A comment changed inside a quoted region of a file no page imports.
  dev.edit(QUOTED, (t) => t.replace('// a comment in the quoted region', '// a comment in the quoted region, edited'));
  await expect(listing(page, QUOTED)).toContainText('a comment in the quoted region, edited', { timeout: 20_000 });
  await kept('a quoted fixture file edit');

  // A comment changed inside the engine's relu region (a module the page runs).
  dev.edit('src/engine/ops/activations.ts', (t) => t.replace(/(\/\/ #region relu\n)/, '$1// (an author\'s note, added by the dev-hmr test)\n'));
  await expect(listing(page, 'src/engine/ops/activations.ts')).toContainText('an author\'s note, added by the dev-hmr test', { timeout: 20_000 });
});

test('an author who puts a URL-sharing widget twice on a page sees an error naming the prefix and both widgets', async ({ page, pageProblems }) => {
  test.setTimeout(120_000);
  const message = 'Two widgets on this page keep their settings in the URL under the prefix "xor.": "XOR lab" and "XOR lab"';
  pageProblems.allow(/under the prefix "xor\."/);
  dev.edit(CHAPTER, (t) => `${t}\nThe same lab again, by mistake:\n\n<XorLab />\n`);
  await page.goto(`${dev.url}/chapters/${SLUG}`);
  await expect(page.locator(`[data-chapter-loaded="${SLUG}"]`)).toBeVisible({ timeout: 60_000 });
  const crashed = page.locator('.kit-widget--crashed');
  await expect(async () => {
    await page.getByText('The same lab again, by mistake:').scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(crashed).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(crashed).toContainText('The “XOR lab” widget stopped working.');
  await expect(crashed).toContainText(message);
  await expect(page.getByRole('region', { name: 'XOR lab' }).getByRole('button', { name: 'Play' })).toHaveCount(1);
  await crashed.scrollIntoViewIfNeeded();
  await crashed.screenshot({ path: 'screenshots/authoring-duplicate-prefix.png' });
});
