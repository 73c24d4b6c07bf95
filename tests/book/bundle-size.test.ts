// Bundle budget, measured from the production build (npm test builds before Vitest runs): the
// JavaScript a reader downloads to see one chapter page (the entry, its static imports, the chapter's
// chunk and its static imports) must stay within 250 kB gzip, and pages without run-time math must
// not ship KaTeX's JavaScript. Set BUNDLE_DIST to measure another build folder.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readChapterManifest } from '../../src/book/plugins/chapterManifestPlugin';

const DIST = process.env.BUNDLE_DIST ?? 'dist';
const BUDGET_BYTES = 250 * 1000;
const MANIFEST = join(DIST, '.vite', 'manifest.json');

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

function loadManifest(): Manifest {
  if (!existsSync(MANIFEST)) {
    throw new Error(`${MANIFEST} is missing: run \`npx vite build\` first (npm test does), then run this test again.`);
  }
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
}

/** The chunk keys reachable from `start` through static imports only (dynamic imports load later, on demand). */
function staticClosure(manifest: Manifest, start: string, seen = new Set<string>()): Set<string> {
  if (seen.has(start)) return seen;
  if (!manifest[start]) throw new Error(`manifest has no chunk "${start}"`);
  seen.add(start);
  for (const key of manifest[start].imports ?? []) staticClosure(manifest, key, seen);
  return seen;
}

/** JS files a reader downloads to see the chapter page `chapterKey` (e.g. "chapters/00-how-to-read.mdx"). */
function chapterPageFiles(manifest: Manifest, chapterKey: string): string[] {
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entry) throw new Error('manifest has no entry chunk');
  const keys = new Set([...staticClosure(manifest, entry), ...staticClosure(manifest, chapterKey)]);
  return [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
}

const gzipSize = (file: string) => gzipSync(readFileSync(join(DIST, file))).length;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

describe(`bundle budget (${DIST})`, () => {
  const chapters = readChapterManifest('chapters');

  it('the build has a manifest, with the entry and every chapter as its own chunk', () => {
    const manifest = loadManifest();
    expect(Object.values(manifest).filter((c) => c.isEntry)).toHaveLength(1);
    for (const c of chapters) {
      const key = Object.keys(manifest).find((k) => k.startsWith('chapters/') && k.endsWith(`-${c.slug}.mdx`));
      expect(key, `chunk of chapter ${c.slug}`).toBeDefined();
    }
  });

  for (const chapter of chapters) {
    it(`chapter "${chapter.slug}": at most ${kB(BUDGET_BYTES)} of JavaScript (gzip)`, () => {
      const manifest = loadManifest();
      const key = Object.keys(manifest).find((k) => k.startsWith('chapters/') && k.endsWith(`-${chapter.slug}.mdx`))!;
      const files = chapterPageFiles(manifest, key);
      const sizes = files.map((f) => [f, gzipSize(f)] as const).sort((a, b) => b[1] - a[1]);
      const total = sizes.reduce((s, [, n]) => s + n, 0);
      const table = sizes.map(([f, n]) => `  ${kB(n).padStart(9)}  ${f}`).join('\n');
      expect(total, `JS for /chapters/${chapter.slug}: ${kB(total)} gzip, over the ${kB(BUDGET_BYTES)} budget:\n${table}`)
        .toBeLessThanOrEqual(BUDGET_BYTES);
    });
  }

  it('the How-to-read page, whose math is rendered at build time, does not download KaTeX JavaScript', () => {
    const manifest = loadManifest();
    const katex = Object.entries(manifest).filter(([k, c]) => c.file.endsWith('.js') && /katex/i.test(k + c.file));
    const files = chapterPageFiles(manifest, 'chapters/00-how-to-read.mdx');
    for (const [, chunk] of katex) expect(files).not.toContain(chunk.file);
    expect(files.filter((f) => /katex/i.test(f))).toEqual([]);
    // The entry itself never pulls in KaTeX or the chart libraries.
    const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
    const entryFiles = [...staticClosure(manifest, entry)].map((k) => manifest[k].file);
    expect(entryFiles.filter((f) => /katex|charts/.test(f))).toEqual([]);
  });
});
