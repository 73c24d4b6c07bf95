// Vite plugin (build only): static hosting that works on any plain file server. From the built
// index.html (already carrying the Content-Security-Policy, so this plugin runs after cspPlugin) it writes
//   chapters/<slug>/index.html  — one real file per chapter, with the chapter's own <title>, description,
//                                 canonical URL and Open Graph / Twitter tags, so a reload or a shared
//                                 deep link gets status 200 and a meaningful preview;
//   404.html                    — the not-found page, which hosts serve for unknown paths
//                                 (the app then renders it again for the address asked for);
//   sitemap.xml, robots.txt     — generated from the chapter manifest.
// Every page's <div id="root"> then receives its prerendered markup (./prerender.ts: an SSR build of
// src/book/serverEntry.tsx), so the text, math and code are in the HTML the server sends; 404.html
// holds the book's not-found page. All HTML is final when this step emits it.
// Absolute URLs need the site's origin: set SITE_URL (e.g. SITE_URL=https://example.org); the sub-path
// comes from Vite's `base` (BASE_PATH in vite.config.ts). Without SITE_URL, canonical and og:url are
// root-relative paths and the sitemap says it needs SITE_URL to be valid.
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { readChapterManifest } from './chapterManifestPlugin.ts';
import { injectRoot, loadServerRenderer } from './prerender.ts';
import { parseChapterFileName, type ChapterMeta } from '../chapterMeta.ts';

/** Kept equal to src/book/book.ts (tests/book/staticRoutes.test.ts checks it against pageTitle()). */
export const BOOK_TITLE = 'Weave a Framework';
export const HOME_TITLE = `${BOOK_TITLE} — an interactive deep-learning textbook`;
export const pageTitleFor = (title: string): string => `${title} · ${BOOK_TITLE}`;

export interface PageHead {
  title: string;
  description?: string;
  /** Canonical URL: absolute when the site URL is known, else a root-relative path. */
  url?: string;
  ogType?: 'website' | 'article';
  noindex?: boolean;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Checks SITE_URL: an http(s) origin without a path (the path is Vite's `base`); '' when unset. */
export function normalizeSiteUrl(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === '') return '';
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`SITE_URL="${raw}" is not a URL: give the site's origin, e.g. SITE_URL=https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL="${raw}" must start with https:// or http://`);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL="${raw}" must be an origin only (e.g. https://example.org); set a sub-path with BASE_PATH instead`);
  }
  return url.origin;
}

/** Vite's `base` as a path that starts and ends with '/'; relative bases cannot serve nested pages. */
export function normalizeBase(base: string): string {
  if (!base.startsWith('/')) throw new Error(`static pages need an absolute base path (e.g. /book/), not "${base}"`);
  return base.endsWith('/') ? base : `${base}/`;
}

/** The URL of a route ('' for home, 'chapters/x' …) under base, absolute when siteUrl is set. */
export function pageUrl(siteUrl: string, base: string, route: string): string {
  return `${siteUrl}${normalizeBase(base)}${route}`;
}

/** Replaces the page's <title> and description and adds canonical, Open Graph and Twitter tags. */
export function rewriteHead(html: string, head: PageHead): string {
  const titles = html.match(/<title>[\s\S]*?<\/title>/g) ?? [];
  if (titles.length !== 1) throw new Error(`staticRoutesPlugin: index.html must have exactly one <title> (found ${titles.length})`);
  if (!html.includes('</head>')) throw new Error('staticRoutesPlugin: index.html has no </head>');
  let out = html.replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(head.title)}</title>`);
  const descriptionTag = /<meta name="description" content="[^"]*"\s*\/?>/;
  if (head.description !== undefined) {
    const tag = `<meta name="description" content="${escapeHtml(head.description)}" />`;
    out = descriptionTag.test(out) ? out.replace(descriptionTag, tag) : out.replace('</title>', `</title>\n    ${tag}`);
  }
  const description = head.description ?? descriptionTag.exec(out)?.[0].match(/content="([^"]*)"/)?.[1];
  const tags: string[] = [];
  if (head.noindex) tags.push('<meta name="robots" content="noindex" />');
  if (head.url !== undefined) tags.push(`<link rel="canonical" href="${escapeHtml(head.url)}" />`);
  tags.push(`<meta property="og:title" content="${escapeHtml(head.title)}" />`);
  if (description !== undefined) {
    // Already escaped when it was read back from the page.
    const value = head.description !== undefined ? escapeHtml(head.description) : description;
    tags.push(`<meta property="og:description" content="${value}" />`);
  }
  tags.push(`<meta property="og:type" content="${head.ogType ?? 'website'}" />`);
  if (head.url !== undefined) tags.push(`<meta property="og:url" content="${escapeHtml(head.url)}" />`);
  tags.push(`<meta property="og:site_name" content="${escapeHtml(BOOK_TITLE)}" />`);
  tags.push('<meta name="twitter:card" content="summary" />');
  return out.replace(/\n?[ \t]*<\/head>/, `\n    ${tags.join('\n    ')}\n  </head>`);
}

export function escapeXml(text: string): string {
  return escapeHtml(text).replace(/'/g, '&apos;');
}

/** sitemap.xml for the given page URLs; without a site URL, a comment says the paths must be made absolute. */
export function sitemapXml(urls: readonly string[], siteUrl: string): string {
  const note = siteUrl
    ? ''
    : '<!-- Built without SITE_URL: these are root-relative paths, and a valid sitemap needs absolute URLs. Rebuild with SITE_URL=https://your.host -->\n';
  const entries = urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${note}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

export function robotsTxt(sitemapUrl: string): string {
  const note = /^https?:\/\//.test(sitemapUrl) ? '' : '# Built without SITE_URL: crawlers need an absolute Sitemap URL (rebuild with SITE_URL=https://your.host).\n';
  return `User-agent: *\nAllow: /\n\n${note}Sitemap: ${sitemapUrl}\n`;
}

export interface StaticFile {
  fileName: string;
  source: string;
}

/** Every extra file the plugin writes, from the built index.html (pure: the plugin only emits them). */
export function staticFiles(indexHtml: string, chapters: readonly ChapterMeta[], base: string, siteUrl: string): { index: string; files: StaticFile[] } {
  const homeUrl = pageUrl(siteUrl, base, '');
  const index = rewriteHead(indexHtml, { title: HOME_TITLE, url: homeUrl, ogType: 'website' });
  const files: StaticFile[] = chapters.map((c) => ({
    fileName: `chapters/${c.slug}/index.html`,
    source: rewriteHead(indexHtml, {
      title: pageTitleFor(c.title),
      description: c.summary,
      url: pageUrl(siteUrl, base, `chapters/${c.slug}`),
      ogType: 'article',
    }),
  }));
  files.push({ fileName: '404.html', source: rewriteHead(indexHtml, { title: pageTitleFor('Not found'), noindex: true }) });
  const urls = [homeUrl, ...chapters.map((c) => pageUrl(siteUrl, base, `chapters/${c.slug}`))];
  files.push({ fileName: 'sitemap.xml', source: sitemapXml(urls, siteUrl) });
  files.push({ fileName: 'robots.txt', source: robotsTxt(pageUrl(siteUrl, base, 'sitemap.xml')) });
  return { index, files };
}

/** The route each HTML page shows ('/', '/chapters/x'); 404.html shows `notFoundRoute`. */
export function routeOfPage(fileName: string, notFoundRoute: string): string | null {
  if (fileName === 'index.html') return '/';
  if (fileName === '404.html') return notFoundRoute;
  const chapter = /^chapters\/([^/]+)\/index\.html$/.exec(fileName);
  return chapter ? `/chapters/${chapter[1]}` : null;
}

/** The chunk compiled from a chapter file and the chunks it imports statically (not the dynamic ones). */
export function chapterChunks(bundle: Record<string, { type: string; fileName: string; facadeModuleId?: string | null; imports?: string[] }>, slug: string): string[] {
  const chunks = Object.values(bundle).filter((o) => o.type === 'chunk');
  const start = chunks.find((o) => /[\\/]chapters[\\/][^\\/]+\.mdx$/.test(o.facadeModuleId ?? '') && parseChapterFileName(o.facadeModuleId!)?.slug === slug);
  if (!start) return [];
  const out: string[] = [];
  const visit = (fileName: string) => {
    if (out.includes(fileName)) return;
    out.push(fileName);
    for (const next of chunks.find((o) => o.fileName === fileName)?.imports ?? []) visit(next);
  };
  visit(start.fileName);
  return out;
}

/** Adds <link rel="modulepreload"> for each file the page does not load already, before </head>. */
export function addModulePreloads(html: string, files: readonly string[], base: string): string {
  const links = files
    .filter((f) => !html.includes(`${base}${f}"`))
    .map((f) => `<link rel="modulepreload" crossorigin href="${escapeHtml(`${base}${f}`)}">`);
  return links.length ? html.replace(/\n?[ \t]*<\/head>/, `\n    ${links.join('\n    ')}\n  </head>`) : html;
}

/** Renders every route into its page (index.html, chapters/<slug>/index.html, 404.html), in place. */
async function prerenderPages(config: ResolvedConfig, pages: Map<string, { source: string }>, logInfo: (msg: string) => void): Promise<void> {
  const started = Date.now();
  const { renderer, dispose } = await loadServerRenderer(config);
  try {
    const expected = new Set(renderer.prerenderRoutes());
    for (const [fileName, page] of pages) {
      const route = routeOfPage(fileName, renderer.NOT_FOUND_ROUTE);
      if (route === null) continue;
      expected.delete(route);
      page.source = injectRoot(page.source, route, await renderer.renderRoute(route));
    }
    if (expected.size > 0) throw new Error(`prerender: no HTML page was written for ${[...expected].join(', ')}`);
  } finally {
    await dispose();
  }
  logInfo(`prerendered ${pages.size} pages in ${((Date.now() - started) / 1000).toFixed(1)} s (SSR build included)`);
}

export function staticRoutesPlugin(options: { root: string; siteUrl?: string }): Plugin {
  let base = '/';
  let resolved: ResolvedConfig | null = null;
  let logInfo: (msg: string) => void = () => {};
  return {
    name: 'book:static-routes',
    // The client build only: the prerender's own SSR build (./prerender.ts) reads the same config.
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    enforce: 'post',
    configResolved(config) {
      base = config.base;
      resolved = config;
      logInfo = (msg) => config.logger.info(msg);
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const asset = bundle['index.html'];
        if (!asset || asset.type !== 'asset') {
          this.error('staticRoutesPlugin: the bundle has no index.html (is this an app build?)');
        }
        const indexHtml = String(asset.source);
        if (!indexHtml.includes('Content-Security-Policy')) {
          this.error('staticRoutesPlugin: index.html has no Content-Security-Policy yet; cspPlugin must run first');
        }
        const siteUrl = normalizeSiteUrl(options.siteUrl);
        if (!siteUrl) {
          logInfo('SITE_URL is not set: canonical/og:url and sitemap.xml use root-relative paths (set SITE_URL=https://your.host for absolute URLs)');
        }
        const chapters = readChapterManifest(resolve(options.root, 'chapters'));
        const { index, files } = staticFiles(indexHtml, chapters, normalizeBase(base), siteUrl);
        // The one place the HTML pages are finished: head rewritten above, prerendered markup below.
        const pages = new Map<string, { source: string }>([['index.html', { source: index }]]);
        for (const f of files) if (f.fileName.endsWith('.html')) pages.set(f.fileName, { source: f.source });
        // A chapter page hydrates once its body's chunk is in: start fetching it with the entry.
        for (const c of chapters) {
          const page = pages.get(`chapters/${c.slug}/index.html`);
          if (page) page.source = addModulePreloads(page.source, chapterChunks(bundle, c.slug), normalizeBase(base));
        }
        try {
          await prerenderPages(resolved!, pages, logInfo);
        } catch (error) {
          this.error(error instanceof Error ? error : new Error(String(error)));
        }
        asset.source = pages.get('index.html')!.source;
        for (const f of files) this.emitFile({ type: 'asset', fileName: f.fileName, source: pages.get(f.fileName)?.source ?? f.source });
      },
    },
  };
}
