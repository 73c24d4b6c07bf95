// The server render the build uses for every page (src/book/serverEntry.tsx), run here in Node with
// no DOM: a chapter's HTML holds its title, its first paragraph, math and its headings; the home page
// holds the contents; an unknown address renders the not-found page; a lazy widget renders its frame.
// (Every chapter's built HTML is checked in tests/e2e/prerender.spec.ts; compiling all of them here is slow.)
import { describe, expect, it } from 'vitest';
import { NOT_FOUND_ROUTE, prerenderRoutes, renderRoute } from '../../src/book/serverEntry';
import { readChapterManifest } from '../../src/book/plugins/chapterManifestPlugin';
import { injectRoot } from '../../src/book/plugins/prerender';
import { addModulePreloads, chapterChunks, routeOfPage } from '../../src/book/plugins/staticRoutesPlugin';
import { chapterSources, firstParagraphText, hasMath, htmlText } from '../support/chapterText';

const CHAPTERS = readChapterManifest('chapters');
const SOURCES = chapterSources();

describe('server render', () => {
  it('routes: home and every written chapter', () => {
    expect(prerenderRoutes()).toEqual(['/', ...CHAPTERS.map((c) => `/chapters/${c.slug}`)]);
  });

  it('a chapter: title, first paragraph, KaTeX math, headings with ids, the sidebar, lazy widget frames', async () => {
    const chapter = CHAPTERS.find((c) => c.slug === 'how-to-read')!; // small, with math and a widget
    const source = SOURCES.find((s) => s.slug === chapter.slug)!.source;
    const html = await renderRoute(`/chapters/${chapter.slug}`);
    const text = htmlText(html);
    expect(html).toMatch(/<h1 id="chapter-title">[^<]*<\/h1>/);
    expect(text).toContain(chapter.title);
    expect(text).toContain(firstParagraphText(source));
    expect(hasMath(source)).toBe(true);
    expect(html).toContain('class="katex"');
    expect(html).toMatch(/<h2 id="[a-z0-9-]+"/);
    expect(html).toContain('aria-label="Chapters"'); // the sidebar
    expect(html).not.toContain('Loading the chapter');
    expect(html).not.toMatch(/<script|<template/); // complete HTML: nothing for a script to swap in
    // The sine demo is part of the page: its default state, chart included, is in the HTML.
    expect(html).toMatch(/<section class="kit-widget sine-demo" aria-label="A sine wave you can tune">/);
    expect(html).toMatch(/<polyline class="kit-curve__line" points="0\.0,50\.00 /);
    // A lazy widget (chapter 9's ravine race): its frame with the title, and a note for readers without JavaScript.
    const lazy = await renderRoute('/chapters/sgd-momentum');
    expect(lazy).toMatch(/<section class="kit-widget kit-widget--loading" aria-label="Ravine race[^"]*">/);
    expect(lazy).toMatch(/<noscript><p class="kit-help">This interactive widget needs JavaScript/);
  }, 60_000);

  it('home: the contents with a link to every chapter', async () => {
    const html = await renderRoute('/');
    for (const c of CHAPTERS) expect(html, c.slug).toContain(`href="/chapters/${c.slug}"`);
  });

  it('an unknown route and an unknown chapter render the not-found page', async () => {
    expect(htmlText(await renderRoute(NOT_FOUND_ROUTE))).toContain('Page not found');
    expect(htmlText(await renderRoute('/chapters/no-such-chapter'))).toContain('Chapter not found');
  });
});

describe('writing the prerendered pages', () => {
  it('puts the markup in the one empty #root and names the route; refuses a page without one', () => {
    const page = '<body><div id="root"></div><script type="module" src="/x.js"></script></body>';
    expect(injectRoot(page, '/chapters/a&b', '<p>hi</p>')).toBe('<body><div id="root" data-route="/chapters/a&amp;b"><p>hi</p></div><script type="module" src="/x.js"></script></body>');
    expect(() => injectRoot('<div id="root">x</div>', '/', '')).toThrow(/exactly one empty/);
  });

  it('maps each HTML file to its route', () => {
    expect(routeOfPage('index.html', '/404')).toBe('/');
    expect(routeOfPage('chapters/tensor-basics/index.html', '/404')).toBe('/chapters/tensor-basics');
    expect(routeOfPage('404.html', '/404')).toBe('/404');
    expect(routeOfPage('sitemap.xml', '/404')).toBeNull();
  });

  it("preloads a chapter's chunk and its static imports that the page does not load yet", () => {
    const bundle = {
      'assets/index.js': { type: 'chunk', fileName: 'assets/index.js', facadeModuleId: '/r/src/main.tsx', imports: ['assets/react.js'] },
      'assets/react.js': { type: 'chunk', fileName: 'assets/react.js', facadeModuleId: null, imports: [] },
      'assets/02-x.js': { type: 'chunk', fileName: 'assets/02-x.js', facadeModuleId: '/r/chapters/02-tensor-basics.mdx', imports: ['assets/react.js', 'assets/kit.js'] },
      'assets/kit.js': { type: 'chunk', fileName: 'assets/kit.js', facadeModuleId: null, imports: [] },
      'assets/a.css': { type: 'asset', fileName: 'assets/a.css' },
    };
    const files = chapterChunks(bundle, 'tensor-basics');
    expect(files).toEqual(['assets/02-x.js', 'assets/react.js', 'assets/kit.js']);
    expect(chapterChunks(bundle, 'nope')).toEqual([]);
    const head = '<head>\n    <link rel="modulepreload" crossorigin href="/book/assets/react.js">\n  </head>';
    const out = addModulePreloads(head, files, '/book/');
    expect(out).toContain('<link rel="modulepreload" crossorigin href="/book/assets/02-x.js">');
    expect(out).toContain('<link rel="modulepreload" crossorigin href="/book/assets/kit.js">');
    expect(out.split('assets/react.js').length - 1).toBe(1);
  });
});
