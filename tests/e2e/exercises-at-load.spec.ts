// No exercise may be solved before the reader acts. For every chapter file (the same list the site's
// manifest is built from, so chapters added later are covered too) this opens the page, lets every
// on-demand widget mount, and checks that each kit exercise reports `data-exercise-state="unanswered"`
// and that no "✓ solved" message is on the page.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseChapterFileName } from '../../src/book/chapterMeta';
import { test, expect, gotoChapter, type Page } from './support/reader';

const dir = join(import.meta.dirname, '../../chapters');
const chapters = readdirSync(dir)
  .map((file) => {
    const parsed = parseChapterFileName(file);
    // Exercises the chapter places itself; widgets add their own on top, so this is a lower bound.
    return parsed && { ...parsed, placed: (readFileSync(join(dir, file), 'utf8').match(/<(Answer|Choice)?Exercise\b/g) ?? []).length };
  })
  .filter((c): c is NonNullable<typeof c> => c !== null && c !== undefined)
  .sort((a, b) => String(a.number).localeCompare(String(b.number), 'en', { numeric: true }));

/** Scrolls through the page so that every lazily loaded widget comes near the viewport and mounts. */
async function mountEveryWidget(page: Page) {
  // The height is read again at each step: blocks far from the view count with an estimated height until drawn.
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < (await height()); y += 700) await page.evaluate((top) => window.scrollTo(0, top), y);
  await expect(page.locator('.kit-widget--loading'), 'every on-demand widget should mount').toHaveCount(0, { timeout: 30_000 });
}

test('the chapter list is not empty', () => {
  expect(chapters.length).toBeGreaterThan(5);
});

for (const { number, slug, placed } of chapters) {
  test(`chapter ${number} (${slug}): no exercise is solved at page load`, async ({ page }) => {
    await gotoChapter(page, slug);
    await mountEveryWidget(page);
    const exercises = page.locator('.kit-exercise');
    const states = await exercises.evaluateAll((els) =>
      els.map((el) => ({
        state: el.getAttribute('data-exercise-state'),
        title: el.querySelector('.kit-exercise__title')?.textContent?.trim() ?? '(no title)',
      })),
    );
    expect(states.length, 'every exercise the chapter places should be on the page').toBeGreaterThanOrEqual(placed);
    for (const { state, title } of states) {
      expect(state, `"${title}" must carry the kit's data-exercise-state marker`).not.toBeNull();
      expect(state, `"${title}" is already ${state} when the page loads`).toBe('unanswered');
    }
    await expect(page.getByText(/✓\s*solved/), 'a "✓ solved" message is showing before the reader acted').toHaveCount(0);
  });
}
