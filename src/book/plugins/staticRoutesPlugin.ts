// Vite plugin (build only): static hosting that works on any plain file server. From the built
// index.html (already carrying the Content-Security-Policy, so this plugin runs after cspPlugin) it writes
//   chapters/<slug>/index.html  — one real file per chapter, with the chapter's own <title>, description,
//                                 canonical URL and Open Graph / Twitter tags, so a reload or a shared
//                                 deep link gets status 200 and a meaningful preview;
//   404.html                    — the app shell titled "Not found", which hosts serve for unknown paths
//                                 (the app then renders its own not-found page);
//   sitemap.xml, robots.txt     — generated from the chapter manifest.
// Absolute URLs need the site's origin: set SITE_URL (e.g. SITE_URL=https://example.org); the sub-path
// comes from Vite's `base` (BASE_PATH in vite.config.ts). Without SITE_URL, canonical and og:url are
// root-relative paths and the sitemap says it needs SITE_URL to be valid.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readChapterManifest } from './chapterManifestPlugin.ts';
import type { ChapterMeta } from '../chapterMeta.ts';

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

export function staticRoutesPlugin(options: { root: string; siteUrl?: string }): Plugin {
  let base = '/';
  let logInfo: (msg: string) => void = () => {};
  return {
    name: 'book:static-routes',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
      logInfo = (msg) => config.logger.info(msg);
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
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
        asset.source = index;
        for (const f of files) this.emitFile({ type: 'asset', fileName: f.fileName, source: f.source });
      },
    },
  };
}
