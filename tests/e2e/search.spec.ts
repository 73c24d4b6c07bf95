// The book's search, as a reader uses it: `/` or Ctrl-K opens it (not while typing in a field), a phrase
// from every chapter finds its section and Enter jumps there, Escape closes it and gives the focus back,
// the index is downloaded only when the search is first opened; axe on the open dialog; screenshots.
//
// The phrases are read from the chapters' MDX sources here, so every chapter (and every new one) is
// searched for words it really contains, in a section chosen by its number.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readChapterManifest } from '../../src/book/plugins/chapterManifestPlugin';
import type { ChapterMeta } from '../../src/book/chapterMeta';
import { expect, expectNoSeriousAxeViolations, gotoChapter, SCREEN_SIZES, test, emulateSystemTheme, waitForChapter, type Page } from './support/reader';

const CHAPTERS = readChapterManifest('chapters');

interface Probe {
  chapter: ChapterMeta;
  heading: string;
  phrase: string;
}

function chapterSource(c: ChapterMeta): string {
  const n = typeof c.number === 'number' ? String(c.number).padStart(2, '0') : c.number;
  return readFileSync(join('chapters', `${n}-${c.slug}.mdx`), 'utf8');
}

/** Six plain words in a row (letters only) from a prose paragraph, with the heading they stand under. */
function phrasesOf(source: string): { heading: string; phrase: string }[] {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const found: { heading: string; phrase: string }[] = [];
  let heading = '';
  let fenced = false;
  let math = false;
  const done = new Set<string>();
  for (const block of body.split(/\n\s*\n/)) {
    const lines = block.split('\n');
    for (const line of lines) {
      if (/^\s*```/.test(line)) fenced = !fenced;
      if (/^\s*\$\$\s*$/.test(line)) math = !math;
    }
    const first = block.trimStart();
    const h = /^#{2,3} (.+)$/m.exec(first);
    if (h && first.startsWith('#')) {
      heading = h[1].trim();
      continue;
    }
    if (fenced || math || !heading || done.has(heading) || !/^[A-Za-z]/.test(first) || /^import\b/.test(first)) continue;
    const words = first.split(/\s+/);
    for (let i = 0; i + 6 <= words.length; i++) {
      const run = words.slice(i, i + 6);
      // Long enough words that the search does not drop them all as too common.
      if (run.every((w) => /^[A-Za-z]+$/.test(w)) && run.filter((w) => w.length > 4).length >= 3) {
        found.push({ heading, phrase: run.join(' ') });
        done.add(heading);
        break;
      }
    }
  }
  return found;
}

const PROBES: Probe[] = CHAPTERS.map((chapter) => {
  const candidates = phrasesOf(chapterSource(chapter));
  if (!candidates.length) throw new Error(`chapters/${chapter.slug}: no prose paragraph with six plain words under a heading`);
  const pick = candidates[(typeof chapter.number === 'number' ? chapter.number : 0) % candidates.length];
  return { chapter, ...pick };
});

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the book' });
const searchBox = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the book' });

/** Opens the search with a shortcut; on a page just loaded, again until the page has hydrated and listens. */
async function openWith(page: Page, key: string) {
  await expect(async () => {
    if (!(await dialog(page).count())) await page.keyboard.press(key);
    await expect(searchBox(page)).toBeFocused({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** Searches for `phrase` in the open dialog; returns the first (active) result. */
async function search(page: Page, phrase: string) {
  await searchBox(page).fill(phrase);
  const first = dialog(page).getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  return first;
}

/** The section heading the URL's #hash names is on screen (below the sticky top bar), and says `heading`. */
async function expectSectionInView(page: Page, heading: string) {
  const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
  expect(hash, 'the URL names a section').not.toBe('');
  const target = page.locator(`[id="${hash}"]`);
  await expect(target).toHaveCount(1);
  expect(await target.evaluate((el) => el.tagName)).toMatch(/^H[23]$/);
  await expect(target).toContainText(heading);
  await expect(target).toBeInViewport();
}

test('a phrase from every chapter finds its section; Enter jumps there (and within a page)', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/');
  for (const [i, probe] of PROBES.entries()) {
    // Alternate the two shortcuts (the page's main column has the focus after a jump).
    await openWith(page, i % 2 ? 'Control+k' : '/');
    const first = await search(page, probe.phrase);
    await expect(first, `"${probe.phrase}" (${probe.chapter.slug})`).toContainText(probe.heading);
    await expect(first).toContainText(probe.chapter.title);
    await expect(first.locator('mark').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`/chapters/${probe.chapter.slug}(\\?[^#]*)?#.+`));
    await waitForChapter(page, probe.chapter.slug);
    await expectSectionInView(page, probe.heading);
  }

  // Another section of the chapter being read: the page stays, the section comes into view.
  const last = PROBES[PROBES.length - 1];
  const other = phrasesOf(chapterSource(last.chapter)).find((p) => p.heading !== last.heading)!;
  await page.keyboard.press('/');
  await expect(await search(page, other.phrase)).toContainText(other.heading);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/chapters/${last.chapter.slug}(\\?[^#]*)?#.+`));
  await expectSectionInView(page, other.heading);
});

test('the index and the search code are downloaded on first use only; arrows, Escape and focus', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  // A chapter with a typed-answer exercise: its text field must keep `/` and Ctrl-K for itself.
  const withField = CHAPTERS.find((c) => chapterSource(c).includes('<AnswerExercise'))!;
  await gotoChapter(page, withField.slug);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => /search-index|SearchDialog|minisearch/i.test(u)), 'search files before first use').toEqual([]);

  // The button opens it; Escape closes it and the focus returns to the button.
  const button = page.getByRole('button', { name: 'Search', exact: true });
  await button.click();
  await expect(searchBox(page)).toBeFocused();
  await expect.poll(() => requests.filter((u) => /search-index/.test(u)).length, 'index requested once opened').toBe(1);
  await expect(dialog(page).getByRole('status')).toContainText('Type words');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(button).toBeFocused();

  // `/` while typing in a field belongs to the field; outside it opens the search, and Escape returns
  // the focus to where the reader was.
  const field = page.locator('.chapter__body .kit-exercise input[type="text"]').first();
  await field.scrollIntoViewIfNeeded();
  await field.focus();
  await page.keyboard.type('1/2');
  await expect(dialog(page)).toHaveCount(0);
  await expect(field).toHaveValue('1/2');
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toHaveCount(0);
  await field.fill('');
  const link = page.locator('.chapter__body a').first();
  await link.focus();
  await page.keyboard.press('Control+k');
  await expect(searchBox(page)).toBeFocused();

  // Arrow keys move through the results (wrapping), the combobox points at the active one.
  await searchBox(page).fill('gradient');
  const options = dialog(page).getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  expect(await options.count()).toBeGreaterThan(2);
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(link).toBeFocused();
  expect(requests.filter((u) => /search-index/.test(u)), 'the index is downloaded once per visit').toHaveLength(1);
});

test('an index that fails to download says so, and Try again loads it; a click outside closes', async ({ page, pageProblems }) => {
  pageProblems.allow(/search-index/);
  await page.route('**/search-index*.json', (route) => route.abort());
  await page.goto('/');
  await openWith(page, '/');
  await expect(dialog(page).getByRole('status')).toContainText('The search could not load');
  await page.unroute('**/search-index*.json');
  await dialog(page).getByRole('button', { name: 'Try again' }).click();
  await expect(dialog(page).getByRole('status')).toContainText('Type words');
  await searchBox(page).fill('broadcasting');
  await expect(dialog(page).getByRole('option').first()).toContainText('Broadcasting');
  // A click outside the panel (on the backdrop) closes it too.
  await page.mouse.click(5, 5);
  await expect(dialog(page)).toHaveCount(0);
});

test('widget titles and code names are found; axe on the open dialog; screenshots', async ({ page }) => {
  await page.goto('/');
  await openWith(page, '/');
  const first = await search(page, 'XOR lab');
  await expect(first.getByText('Widget:')).toBeVisible();
  await expect(first).toContainText('XOR lab');
  await expect(await search(page, 'zeroGrad')).toContainText('zeroGrad');
  await search(page, 'momentum');

  for (const scheme of ['light', 'dark'] as const) {
    await emulateSystemTheme(page, scheme);
    await expectNoSeriousAxeViolations(page, `search-dialog-${scheme}`, { include: ['dialog.search'] });
  }
  for (const [size, viewport] of Object.entries(SCREEN_SIZES)) {
    await page.setViewportSize(viewport);
    // No sideways scroll at phone width; the dialog fits the screen.
    const box = (await dialog(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    for (const scheme of ['light', 'dark'] as const) {
      await emulateSystemTheme(page, scheme);
      await page.screenshot({ path: `screenshots/search-${size}-${scheme}.png`, animations: 'disabled' });
    }
  }
  await emulateSystemTheme(page, 'light');
});
