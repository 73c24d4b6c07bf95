import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { precacheEntries, writeServiceWorker } from './serviceWorker';

/** A built site as Vite and the static-routes step leave it. */
const FILES: Record<string, string> = {
  'index.html': '<!doctype html><title>Home</title>',
  '404.html': '<!doctype html><title>Not found</title>',
  'chapters/tensor-basics/index.html': '<!doctype html><title>Tensor basics</title>',
  'chapters/activation-functions/index.html': '<!doctype html><title>Activation functions</title>',
  'assets/index-B1c2D3e4.js': 'console.log("entry")',
  'assets/XorLab-a_b-C9d8.js': 'console.log("lazy widget")',
  'assets/checkWorker-Zz9Yy8Xx.js': 'postMessage(1)',
  'assets/index-Q1w2E3r4.css': 'body{}',
  'assets/KaTeX_Main-Regular-AbCdEfGh.woff2': 'woff2',
  'assets/KaTeX_Main-Regular-IjKlMnOp.woff': 'woff',
  'assets/KaTeX_Main-Regular-QrStUvWx.ttf': 'ttf',
  'assets/KaTeX_Size4-Regular-Kk11Ll22.ttf': 'ttf whose woff2 was inlined',
  'assets/index-B1c2D3e4.js.map': '{}',
  'search-index.json': '{"documents":[]}',
  'manifest.webmanifest': '{}',
  'favicon.svg': '<svg/>',
  'icon-192.png': 'png',
  '.vite/manifest.json': '{}',
  'sitemap.xml': '<urlset/>',
  'robots.txt': 'User-agent: *',
  'sw.js': '// an older worker',
};

const PRECACHED = [
  '404.html',
  'assets/KaTeX_Main-Regular-AbCdEfGh.woff2',
  'assets/KaTeX_Size4-Regular-Kk11Ll22.ttf',
  'assets/XorLab-a_b-C9d8.js',
  'assets/checkWorker-Zz9Yy8Xx.js',
  'assets/index-B1c2D3e4.js',
  'assets/index-Q1w2E3r4.css',
  'chapters/activation-functions/index.html',
  'chapters/tensor-basics/index.html',
  'favicon.svg',
  'icon-192.png',
  'index.html',
  'manifest.webmanifest',
  'search-index.json',
];

const dirs: string[] = [];
function fixtureSite(files = FILES): string {
  const dir = mkdtempSync(join(tmpdir(), 'sw-fixture-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

describe('precacheEntries', () => {
  it('lists every page, chunk, style sheet, font, icon and data file, and nothing a reader never loads', () => {
    const { entries, bytes } = precacheEntries(fixtureSite(), '/');
    expect(entries.map((e) => e.url)).toEqual(PRECACHED.map((f) => `/${f}`));
    expect(bytes).toBe(PRECACHED.reduce((n, f) => n + Buffer.byteLength(FILES[f]), 0));
  });

  it('versions hashed assets by their URL and every other file by the MD5 of its content', () => {
    const { entries } = precacheEntries(fixtureSite(), '/');
    const revision = (url: string) => entries.find((e) => e.url === url)?.revision;
    expect(revision('/assets/index-B1c2D3e4.js')).toBeNull();
    expect(revision('/assets/XorLab-a_b-C9d8.js')).toBeNull();
    expect(revision('/chapters/tensor-basics/index.html')).toBe(md5(FILES['chapters/tensor-basics/index.html']));
    expect(revision('/404.html')).toBe(md5(FILES['404.html']));
    expect(revision('/search-index.json')).toBe(md5(FILES['search-index.json']));
  });

  it('puts every URL under the base path', () => {
    const { entries } = precacheEntries(fixtureSite(), '/book/');
    expect(entries.map((e) => e.url)).toEqual(PRECACHED.map((f) => `/book/${f}`));
  });

  it('refuses a base without slashes at both ends, and a folder without its pages', () => {
    expect(() => precacheEntries(fixtureSite(), '/book')).toThrow(/base must start and end with '\/'/);
    const { ['404.html']: _omitted, ...without404 } = FILES;
    expect(() => precacheEntries(fixtureSite(without404), '/')).toThrow(/no 404\.html/);
  });
});

describe('writeServiceWorker', () => {
  it('writes one classic script (Workbox bundled in) that lists every file with its revision', async () => {
    const dir = fixtureSite();
    const result = await writeServiceWorker({ outDir: dir, base: '/book/' });
    expect(result.count).toBe(PRECACHED.length);
    const code = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(result.file).toBe(join(dir, 'sw.js'));
    const quoted = (text: string) => new RegExp(`[\`"']${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\`"']`);
    for (const f of PRECACHED) expect(code, f).toMatch(quoted(`/book/${f}`));
    expect(code).toContain(md5(FILES['chapters/activation-functions/index.html']));
    expect(code).not.toContain('sitemap.xml');
    expect(code).not.toContain('an older worker');
    // A classic worker script: no module syntax, no Node globals, nothing left to replace.
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toContain('process.env');
    expect(code).not.toContain('__PRECACHE_MANIFEST__');
    expect(code).toContain('SKIP_WAITING');
    expect(code).toContain('precache-v2'); // Workbox's precache cache name
  }, 60_000);

  it('changes when a page changes (so browsers install the new version)', async () => {
    const dir = fixtureSite();
    await writeServiceWorker({ outDir: dir, base: '/' });
    const before = readFileSync(join(dir, 'sw.js'), 'utf8');
    writeFileSync(join(dir, 'chapters/tensor-basics/index.html'), '<!doctype html><title>Tensor basics, second edition</title>');
    await writeServiceWorker({ outDir: dir, base: '/' });
    expect(readFileSync(join(dir, 'sw.js'), 'utf8')).not.toBe(before);
  }, 60_000);
});
