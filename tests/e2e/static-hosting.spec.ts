// Static hosting that works anywhere: the built folder (PW_DIST, default dist) served by a PLAIN static
// server (tests/e2e/support/staticServer.ts: file, else <path>/index.html, else 404.html with 404; no
// SPA fallback). Deep links and reloads get 200 and the chapter's own head; unknown paths get the book's
// not-found page with 404; sitemap.xml and robots.txt list the chapters. For a sub-path build set
// PW_BASE to the same value as BASE_PATH (e.g. BASE_PATH=/book/ … PW_BASE=/book/).
import { readChapterManifest } from '../../src/book/plugins/chapterManifestPlugin';
import { expect, test, waitForChapter } from './support/reader';
import { serveBuiltSite } from './support/staticServer';

const BASE = process.env.PW_BASE ?? '/';
const CHAPTERS = readChapterManifest('chapters');
const SLUG = 'activation-functions';
const CHAPTER = CHAPTERS.find((c) => c.slug === SLUG)!;

/** An absolute URL on the plain static server for a route under the base ('chapters/x', '' for home). */
const at = serveBuiltSite();

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

test('a deep link and its reload get 200 and render the chapter; links inside stay under the base', async ({ page }) => {
  expect(CHAPTER, `chapter ${SLUG} exists`).toBeTruthy();
  const response = await page.goto(at(`chapters/${SLUG}`));
  expect(response?.status()).toBe(200);
  await waitForChapter(page, SLUG);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(CHAPTER.title);
  await expect(page).toHaveTitle(`${CHAPTER.title} · Weave a Framework`);

  const reloaded = await page.reload();
  expect(reloaded?.status()).toBe(200);
  await waitForChapter(page, SLUG);

  // Hosts that redirect /chapters/x to /chapters/x/ (a folder with index.html) still get the chapter.
  const slashed = await page.goto(at(`chapters/${SLUG}/`));
  expect(slashed?.status()).toBe(200);
  await waitForChapter(page, SLUG);

  // A link in the chapter's own text to another chapter points under the base and opens it in place.
  const crossLink = page.locator('article.chapter a[href]').filter({ hasText: /^chapters? \d+$/i }).first();
  const href = (await crossLink.getAttribute('href')) ?? '';
  const target = new RegExp(`^${BASE}chapters/([a-z0-9-]+)$`).exec(href)?.[1];
  expect(target && CHAPTERS.some((c) => c.slug === target), `cross-chapter link ${href} under ${BASE}`).toBe(true);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await crossLink.click();
  await waitForChapter(page, target!);
  expect(new URL(page.url()).pathname).toBe(`${BASE}chapters/${target}`);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  // A client-side link (the top bar's home link) keeps the base path, and that URL reloads too.
  await page.locator('.topbar__title').click();
  await expect(page).toHaveURL(at(''));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weave a Framework');
  const home = await page.reload();
  expect(home?.status()).toBe(200);
  const first = CHAPTERS[0];
  await page.locator('.home__toc').getByRole('link', { name: first.title }).first().click();
  await expect(page).toHaveURL(at(`chapters/${first.slug}`));
  await waitForChapter(page, first.slug);
});

test("the HTML the server sends for each chapter carries that chapter's title, description and canonical URL", async ({ request }) => {
  for (const c of CHAPTERS) {
    const res = await request.get(at(`chapters/${c.slug}`));
    expect(res.status(), c.slug).toBe(200);
    const html = await res.text();
    expect(html, c.slug).toContain(`<title>${escapeHtml(`${c.title} · Weave a Framework`)}</title>`);
    expect(html, c.slug).toContain(`<meta name="description" content="${escapeHtml(c.summary)}" />`);
    expect(html, c.slug).toContain(`<meta property="og:description" content="${escapeHtml(c.summary)}" />`);
    expect(html, c.slug).toMatch(new RegExp(`<link rel="canonical" href="(https?://[^"/]+)?${BASE}chapters/${c.slug}" />`));
    expect(html, c.slug).toContain('<meta property="og:type" content="article" />');
    expect(html, c.slug).toContain('<meta name="twitter:card" content="summary" />');
    // Every page carries the same Content-Security-Policy, before any script.
    expect(html.indexOf('http-equiv="Content-Security-Policy"'), c.slug).toBeGreaterThan(0);
    expect(html.indexOf('http-equiv="Content-Security-Policy"'), c.slug).toBeLessThan(html.indexOf('<script'));
  }
});

test("an unknown path gets status 404 and the book's own not-found page", async ({ page, pageProblems }) => {
  // The 404 responses themselves are the point here (the network log and the console both report them).
  pageProblems.allow(/\b404\b.*\/(no\/such-page|chapters\/no-such-chapter)$/);
  const response = await page.goto(at('no/such-page'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('.not-found')).toContainText('/no/such-page'); // the app shows the path under its base
  await expect(page).toHaveTitle('Not found · Weave a Framework');
  await page.screenshot({ path: 'screenshots/static-hosting-404.png' });

  const chapter = await page.goto(at('chapters/no-such-chapter'));
  expect(chapter?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chapter not found');
  // Its way back leads home, under the base.
  await page.getByRole('link', { name: 'Back to the contents' }).click();
  await expect(page).toHaveURL(at(''));
});

test('sitemap.xml lists the home page and every chapter; robots.txt points at it', async ({ request }) => {
  const res = await request.get(at('sitemap.xml'));
  expect(res.status()).toBe(200);
  const xml = await res.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].replace(/^https?:\/\/[^/]+/, ''));
  expect(locs).toEqual([BASE, ...CHAPTERS.map((c) => `${BASE}chapters/${c.slug}`)]);
  const robots = await (await request.get(at('robots.txt'))).text();
  expect(robots).toMatch(new RegExp(`^Sitemap: (https?://[^/]+)?${BASE}sitemap\\.xml$`, 'm'));
});
