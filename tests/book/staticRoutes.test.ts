// The static-hosting plugin's pure parts: each page's head (title, description, canonical, Open Graph),
// the sitemap, robots.txt, and the checks on SITE_URL and the base path.
import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/book/book';
import type { ChapterMeta } from '../../src/book/chapterMeta';
import {
  HOME_TITLE,
  normalizeBase,
  normalizeSiteUrl,
  pageTitleFor,
  pageUrl,
  rewriteHead,
  robotsTxt,
  sitemapXml,
  staticFiles,
} from '../../src/book/plugins/staticRoutesPlugin';

const SHELL = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'" />
    <meta name="description" content="The whole book." />
    <title>Weave a Framework — an interactive deep-learning textbook</title>
    <script type="module" crossorigin src="/assets/index.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

const CHAPTERS: ChapterMeta[] = [
  { slug: 'tensor-basics', number: 2, part: 'I', title: 'Tensor Basics', summary: 'A tensor is a flat array plus a shape.' },
  { slug: 'activation-functions', number: 12, part: 'IV', title: 'Activation Functions', summary: 'ReLU, tanh & "GELU" <differ>.' },
];

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('page titles match what the app sets after load', () => {
  it('chapter, not-found and home titles equal src/book/book.ts pageTitle()', () => {
    expect(pageTitleFor('Activation Functions')).toBe(pageTitle('Activation Functions'));
    expect(pageTitleFor('Not found')).toBe(pageTitle('Not found'));
    expect(HOME_TITLE).toBe(pageTitle());
  });
});

describe('rewriteHead', () => {
  it("replaces the title and description and adds canonical, Open Graph and Twitter tags, escaped", () => {
    const html = rewriteHead(SHELL, {
      title: 'Activation Functions · Weave a Framework',
      description: 'ReLU, tanh & "GELU" <differ>.',
      url: 'https://example.org/book/chapters/activation-functions',
      ogType: 'article',
    });
    expect(count(html, '<title>')).toBe(1);
    expect(html).toContain('<title>Activation Functions · Weave a Framework</title>');
    expect(count(html, '<meta name="description"')).toBe(1);
    expect(html).toContain('<meta name="description" content="ReLU, tanh &amp; &quot;GELU&quot; &lt;differ&gt;." />');
    expect(html).not.toContain('The whole book.');
    expect(html).toContain('<link rel="canonical" href="https://example.org/book/chapters/activation-functions" />');
    expect(html).toContain('<meta property="og:title" content="Activation Functions · Weave a Framework" />');
    expect(html).toContain('<meta property="og:description" content="ReLU, tanh &amp; &quot;GELU&quot; &lt;differ&gt;." />');
    expect(html).toContain('<meta property="og:type" content="article" />');
    expect(html).toContain('<meta property="og:url" content="https://example.org/book/chapters/activation-functions" />');
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    // Everything else (the CSP first, the scripts) is untouched, and the new tags stay in the head.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain('<script type="module" crossorigin src="/assets/index.js"></script>');
    expect(html.indexOf('twitter:card')).toBeLessThan(html.indexOf('</head>'));
  });

  it('without a description or URL keeps the page description and writes no canonical', () => {
    const html = rewriteHead(SHELL, { title: 'Not found · Weave a Framework', noindex: true });
    expect(html).toContain('<title>Not found · Weave a Framework</title>');
    expect(html).toContain('<meta name="description" content="The whole book." />');
    expect(html).toContain('<meta property="og:description" content="The whole book." />');
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).not.toContain('canonical');
    expect(html).not.toContain('og:url');
  });

  it('refuses a page without exactly one <title>', () => {
    expect(() => rewriteHead(SHELL.replace(/<title>.*<\/title>/, ''), { title: 'x' })).toThrow(/exactly one <title>/);
  });
});

describe('URLs', () => {
  it('SITE_URL must be an http(s) origin; unset gives root-relative URLs', () => {
    expect(normalizeSiteUrl(undefined)).toBe('');
    expect(normalizeSiteUrl('  ')).toBe('');
    expect(normalizeSiteUrl('https://example.org/')).toBe('https://example.org');
    expect(() => normalizeSiteUrl('example.org')).toThrow(/not a URL/);
    expect(() => normalizeSiteUrl('ftp://example.org')).toThrow(/https:\/\//);
    expect(() => normalizeSiteUrl('https://example.org/book')).toThrow(/BASE_PATH/);
  });

  it('base must be absolute and gets a trailing slash; page URLs join origin, base and route', () => {
    expect(normalizeBase('/book')).toBe('/book/');
    expect(() => normalizeBase('./')).toThrow(/absolute base/);
    expect(pageUrl('', '/', 'chapters/x')).toBe('/chapters/x');
    expect(pageUrl('https://example.org', '/book/', '')).toBe('https://example.org/book/');
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('lists every URL; without SITE_URL says a valid sitemap needs it', () => {
    const absolute = sitemapXml(['https://example.org/', 'https://example.org/chapters/a?x=1&y=2'], 'https://example.org');
    expect(absolute).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect(absolute).toContain('<url><loc>https://example.org/</loc></url>');
    expect(absolute).toContain('<loc>https://example.org/chapters/a?x=1&amp;y=2</loc>');
    expect(absolute).not.toContain('<!--');
    const relative = sitemapXml(['/', '/chapters/a'], '');
    expect(relative).toContain('<!-- Built without SITE_URL');
    expect(relative).toContain('<url><loc>/chapters/a</loc></url>');
  });

  it('robots.txt points at the sitemap (and notes when it is not absolute)', () => {
    expect(robotsTxt('https://example.org/book/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/book/sitemap.xml\n');
    expect(robotsTxt('/sitemap.xml')).toMatch(/# Built without SITE_URL[^\n]*\nSitemap: \/sitemap.xml\n$/);
  });
});

describe('staticFiles', () => {
  it('writes one page per chapter, 404.html, sitemap and robots under the base path', () => {
    const { index, files } = staticFiles(SHELL, CHAPTERS, '/book/', 'https://example.org');
    expect(files.map((f) => f.fileName)).toEqual([
      'chapters/tensor-basics/index.html',
      'chapters/activation-functions/index.html',
      '404.html',
      'sitemap.xml',
      'robots.txt',
    ]);
    const page = files[1].source;
    expect(page).toContain('<title>Activation Functions · Weave a Framework</title>');
    expect(page).toContain('<link rel="canonical" href="https://example.org/book/chapters/activation-functions" />');
    expect(index).toContain('<link rel="canonical" href="https://example.org/book/" />');
    expect(index).toContain(`<title>${HOME_TITLE}</title>`);
    const notFound = files[2].source;
    expect(notFound).toContain('<title>Not found · Weave a Framework</title>');
    expect(notFound).toContain('noindex');
    const sitemap = files[3].source;
    expect(count(sitemap, '<url>')).toBe(3);
    expect(sitemap).toContain('<loc>https://example.org/book/chapters/tensor-basics</loc>');
    expect(files[4].source).toContain('Sitemap: https://example.org/book/sitemap.xml');
  });
});
