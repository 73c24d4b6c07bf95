// Every internal link in the prerendered site resolves, measured on the production build (npm test
// builds before Vitest runs): each `<a href>` that stays on the site names a page the build wrote, and
// its #fragment, if any, names an element id on that page. The pages are the HTML the server sends
// (chapters, home, 404.html), so this covers every chapter's cross-references, the sidebar, the
// contents and prev/next. Set BUNDLE_DIST to check another build folder (built with the default base).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChapterManifest } from '../../src/book/plugins/chapterManifestPlugin';

const DIST = process.env.BUNDLE_DIST ?? 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'assets' || name === '.vite' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The built file a site path is served from: '/' → index.html, '/chapters/x' → chapters/x/index.html. */
function fileOf(path: string): string {
  const clean = path.replace(/^\/+|\/+$/g, '');
  return clean === '' ? join(DIST, 'index.html') : join(DIST, clean, 'index.html');
}

const decodeEntities = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");
const hrefsOf = (html: string) => [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => decodeEntities(m[1]));
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1])));

describe('internal links of the built site', () => {
  const exists = existsSync(join(DIST, 'index.html'));

  it('the build is there', () => {
    expect(exists, `${DIST}/index.html is missing: run \`npx vite build\` first (npm test does)`).toBe(true);
  });

  it.runIf(exists)('every page was written: home, each chapter, 404.html', () => {
    const pages = htmlFiles(DIST).map((f) => relative(DIST, f)).sort();
    for (const c of readChapterManifest('chapters')) expect(pages).toContain(join('chapters', c.slug, 'index.html'));
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
  });

  it.runIf(exists)('every internal href names a written page, and its #fragment an id on that page', () => {
    const pages = new Map(htmlFiles(DIST).map((f) => [f, readFileSync(f, 'utf8')]));
    const broken: string[] = [];
    let checked = 0;
    for (const [file, html] of pages) {
      for (const href of hrefsOf(html)) {
        if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue; // another site, mailto:, …
        const url = new URL(href, `http://book${'/' + relative(DIST, file).replace(/index\.html$|404\.html$/, '')}`);
        const target = href.startsWith('#') ? file : fileOf(decodeURIComponent(url.pathname));
        const targetHtml = pages.get(target);
        checked += 1;
        if (targetHtml === undefined) {
          broken.push(`${relative(DIST, file)}: ${href} (no page ${relative(DIST, target)})`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !idsOf(targetHtml).has(fragment)) broken.push(`${relative(DIST, file)}: ${href} (no id "${fragment}")`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });
});
