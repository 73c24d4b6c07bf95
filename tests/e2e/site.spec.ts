// The reading site, as a reader uses it: home → chapter, math, code, sidebar, prev/next, theme,
// deep links, not-found pages, the demo widget by keyboard and mouse, phone layout, axe, screenshots.
import { readChapterManifest } from '../../src/book/plugins/chapterManifestPlugin';
import { drawWholePage, expect, expectNoSeriousAxeViolations, gotoChapter, screenshots, test, waitForChapter, type Page, settledBox } from './support/reader';

const CHAPTERS = readChapterManifest('chapters');
const FIRST = CHAPTERS[0];
const HOW_TO = 'how-to-read';

/** Zero crossings of the drawn SineDemo curve: sign changes of its points around the plot's middle line
 *  (the chart's SVG box is 100 units high for y from −1 to 1, so y = 0 is at 50). */
async function zeroCrossingsDrawn(page: Page): Promise<number> {
  const widget = page.locator('.sine-demo');
  const points = (await widget.locator('.kit-curve__line').getAttribute('points')) ?? '';
  const ys = points.split(' ').map((p) => Number(p.split(',')[1]));
  expect(ys.length, 'points of the drawn curve').toBeGreaterThan(100);
  const mid = 50;
  let n = 0;
  let last = 0;
  for (const y of ys.slice(1, -1)) {
    const sign = Math.abs(y - mid) < 0.05 ? 0 : Math.sign(y - mid);
    if (sign && last && sign !== last) n++;
    if (sign) last = sign;
  }
  return n;
}

test('home page: title, contents by part, coming chapters are not links, a chapter link opens it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weave a Framework');
  await expect(page).toHaveTitle(/Weave a Framework/);
  const contents = page.locator('.home__toc');
  await expect(contents.getByRole('heading', { level: 3, name: 'Part IV · Networks' })).toBeVisible();
  // A planned chapter nobody has written yet is listed as "coming" without a link.
  const coming = contents.locator('.toc-entry--coming').first();
  await expect(coming).toContainText('coming');
  await expect(coming.getByRole('link')).toHaveCount(0);
  await expect(contents.getByRole('link')).toHaveCount(CHAPTERS.length);
  await expectNoSeriousAxeViolations(page, 'home');

  await contents.getByRole('link', { name: FIRST.title }).click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${FIRST.slug}$`));
  await waitForChapter(page, FIRST.slug);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FIRST.title);
  await expect(page).toHaveTitle(`${FIRST.title} · Weave a Framework`);
});

test('chapter page: KaTeX with its fonts, numbered equation, code with copy, table, figure, permalinks', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoChapter(page, HOW_TO);
  const body = page.locator('.chapter__body');
  expect(await body.locator('.katex').count()).toBeGreaterThan(10);
  await expect(body.locator('.katex-display')).toHaveCount(1);
  await expect(body.locator('.katex-display .tag')).toContainText('(0.1)');
  expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main') && document.fonts.check('16px KaTeX_Math'))).toBe(true);
  // Build-time math only: the KaTeX library itself is never downloaded for this page.
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
  expect(scripts.filter((s) => /katex/i.test(s))).toEqual([]);

  // The listing is cut from the engine's source at build time and highlighted (coloured tokens).
  const code = body.locator('figure[data-rehype-pretty-code-figure]').first();
  await expect(code.locator('[data-rehype-pretty-code-title]')).toHaveText('src/engine/ops/activations.ts');
  await expect(code.locator('code')).toContainText('export function relu(a: Tensor): Tensor');
  expect(await code.locator('code span[style*="--shiki-light"]').count()).toBeGreaterThan(10);
  await code.getByRole('button', { name: 'Copy code' }).click();
  await expect(code.getByRole('button', { name: 'Copied code' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('export function relu(a: Tensor): Tensor');
  expect(copied).toContain('\n');

  await expect(body.getByRole('region', { name: /Table/ }).locator('table th').first()).toHaveText('You see');
  await expect(body.locator('figure.figure figcaption')).toContainText('frequency slider');
  const heading = body.getByRole('heading', { level: 2, name: 'Reading the math' });
  await expect(heading).toHaveAttribute('id', 'reading-the-math');
  await expect(heading.getByRole('link', { name: 'Link to the section “Reading the math”' })).toHaveAttribute('href', '#reading-the-math');
  await expectNoSeriousAxeViolations(page, 'chapter-how-to-read');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoSeriousAxeViolations(page, 'chapter-how-to-read-dark');
});

test('on-page contents highlights the section being read', async ({ page }) => {
  await gotoChapter(page, HOW_TO);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link')).toHaveCount(await page.locator('.chapter__body h2[id], .chapter__body h3[id]').count());
  await expect(toc.getByRole('link', { name: 'Three ways into every idea' })).toHaveAttribute('aria-current', 'location');
  await toc.getByRole('link', { name: 'Reading the code' }).click();
  await expect(page).toHaveURL(/#reading-the-code$/);
  await expect(toc.getByRole('link', { name: 'Reading the code' })).toHaveAttribute('aria-current', 'location');
  await expect(toc.locator('[aria-current]')).toHaveCount(1);
});

test('sidebar marks the current chapter; prev/next walk the book in order', async ({ page }) => {
  await gotoChapter(page, FIRST.slug);
  const sidebar = page.getByRole('navigation', { name: 'Chapters' });
  await expect(sidebar.locator('[aria-current="page"]')).toHaveText(new RegExp(FIRST.title.replace(/[?]/g, '\\?')));
  await expect(sidebar.getByRole('link')).toHaveCount(CHAPTERS.length + 1); // + "Contents"
  const nav = page.getByRole('navigation', { name: 'Previous and next chapter' });
  if (CHAPTERS.length < 2) {
    // A book of one chapter has nowhere to go: no prev/next links at all.
    await expect(nav).toHaveCount(0);
    return;
  }
  const second = CHAPTERS[1];
  await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);
  await nav.locator('a[rel="next"]').click();
  await waitForChapter(page, second.slug);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.title);
  await expect(sidebar.locator('[aria-current="page"]')).toContainText(second.title);
  await expect(page).toHaveTitle(`${second.title} · Weave a Framework`);
  await nav.locator('a[rel="prev"]').click();
  await waitForChapter(page, FIRST.slug);
  await sidebar.getByRole('link', { name: second.title }).click();
  await waitForChapter(page, second.slug);
});

test('theme: follows the system, the toggle switches it and is remembered after a reload, no flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expectNoSeriousAxeViolations(page, 'home-dark');
  const toggle = page.getByRole('button', { name: 'Theme: dark' });
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('button', { name: 'Theme: light' })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(darkBg);

  // The choice is applied before the first paint on the next load: record data-theme as <body> appears.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { themeAtFirstBody: string }).themeAtFirstBody = document.documentElement.dataset.theme ?? 'unset';
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => (window as unknown as { themeAtFirstBody: string }).themeAtFirstBody)).toBe('light');

  // Choosing what the system shows anyway goes back to following the system.
  await page.getByRole('button', { name: 'Theme: light' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('deep link with a section, and reload, land on the same place', async ({ page }) => {
  await page.goto(`/chapters/${HOW_TO}#conventions-at-a-glance`);
  await waitForChapter(page, HOW_TO);
  const heading = page.getByRole('heading', { level: 2, name: 'Conventions at a glance' });
  await expect(heading).toBeInViewport();
  await page.reload();
  await waitForChapter(page, HOW_TO);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How to Read This Book');
  await expect(heading).toBeInViewport();
});

test('links between chapters: "chapter N" opens that chapter in place; every internal link of chapters 12 and 15 resolves', async ({ page }) => {
  const slugs = new Set(CHAPTERS.map((c) => c.slug));
  const seven = CHAPTERS.find((c) => c.number === 7)!;
  await gotoChapter(page, 'activation-functions');
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const mention = page.locator(`article.chapter a[href="/chapters/${seven.slug}"]`).filter({ hasText: /^chapters? 7$/i }).first();
  await expect(mention).toBeVisible();
  await mention.click();
  await waitForChapter(page, seven.slug);
  expect(new URL(page.url()).pathname).toBe(`/chapters/${seven.slug}`); // (its widgets may add their state as a query)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seven.title);
  // The router handled it: no page load in between.
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  /** Every id on a page, by path (chapters are loaded once each). */
  const idsByPath = new Map<string, Set<string>>();
  const idsOf = async (path: string): Promise<Set<string>> => {
    if (!idsByPath.has(path)) {
      await page.goto(path);
      const slug = path.split('/').pop()!;
      if (path.startsWith('/chapters/')) await waitForChapter(page, slug);
      else await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      idsByPath.set(path, new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
    }
    return idsByPath.get(path)!;
  };
  for (const slug of ['activation-functions', 'mlp-for-iris']) {
    const path = `/chapters/${slug}`;
    await page.goto(path);
    await waitForChapter(page, slug);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const internal = [...new Set(hrefs.filter((h) => h.startsWith('#') || (h.startsWith('/') && !h.startsWith('//'))))];
    expect(internal.filter((h) => /^\/chapters\/[^#]+/.test(h) && !h.includes('#')).length, `${slug}: links to other chapters`).toBeGreaterThan(3);
    idsByPath.set(path, new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
    for (const href of internal) {
      const [target, hash] = href.startsWith('#') ? [path, href.slice(1)] : href.split('#');
      if (target.startsWith('/chapters/')) expect(slugs.has(target.slice('/chapters/'.length)), `${slug}: ${href} is a written chapter`).toBe(true);
      else expect(target, `${slug}: ${href} is a page of the site`).toBe('/');
      if (hash) expect((await idsOf(target)).has(decodeURIComponent(hash)), `${slug}: ${href} has its anchor`).toBe(true);
    }
  }
});

test('unknown chapter and unknown page: helpful not-found with a way back', async ({ page }) => {
  await page.goto('/chapters/how-to-reed');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chapter not found');
  await expect(page.getByRole('main')).toContainText('There is no chapter called “how-to-reed”');
  await expect(page.getByRole('link', { name: 'How to Read This Book' }).last()).toHaveAttribute('href', `/chapters/${HOW_TO}`);
  await expect(page).toHaveTitle(/Not found/);
  await expectNoSeriousAxeViolations(page, 'not-found-chapter');
  await screenshots(page, 'not-found');

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main')).toContainText('/no/such/page');
  await page.getByRole('link', { name: 'Back to the contents' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weave a Framework');
});

test('SineDemo: keyboard and mouse move the slider; chart and read-out follow', async ({ page }) => {
  await gotoChapter(page, HOW_TO);
  const widget = page.locator('.sine-demo');
  const slider = widget.getByRole('slider', { name: 'Frequency' });
  const readout = widget.locator('.sine-demo__description');
  await expect(slider).toHaveValue('1');
  await expect(readout).toContainText('crosses zero once');
  expect(await zeroCrossingsDrawn(page)).toBe(1);

  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('2');
  await expect(slider).toHaveAttribute('aria-valuetext', '2');
  await expect(widget.locator('output')).toHaveText('2');
  await expect(readout).toContainText('crosses zero 3 times');
  expect(await zeroCrossingsDrawn(page)).toBe(3);

  await slider.scrollIntoViewIfNeeded();
  const box = await settledBox(slider);
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 30, box.y + box.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect(slider).toHaveValue('8');
  await expect(readout).toContainText('completes 8 cycles');
  await expect(readout).toContainText('crosses zero 15 times');
  expect(await zeroCrossingsDrawn(page)).toBe(15);
  await screenshots(page, 'chapter-how-to-read');
});

test('phone width: one column, sidebar behind the Menu button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoChapter(page, HOW_TO);
  const menu = page.getByRole('button', { name: 'Menu' });
  const sidebar = page.getByRole('navigation', { name: 'Chapters' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(sidebar).toBeHidden();
  const undraw = await drawWholePage(page); // the chapter's blocks far from the view count too
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await undraw();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(sidebar).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sidebar).toBeHidden();
  await menu.click();
  await sidebar.getByRole('link', { name: 'Contents' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weave a Framework');
  await expect(sidebar).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousAxeViolations(page, 'home-phone');
  await screenshots(page, 'home');
});
