// Build step: writes <outDir>/sw.js, the service worker that lets a reader who opened the book once read
// every chapter and run every widget offline (src/book/offline/sw.ts says what it does). It lists the
// files that are on disk, so it runs LAST, after every HTML page of the build has been written.
//
// Which files: everything in the build folder except build metadata (.vite/), crawler files
// (sitemap.xml, robots.txt), source maps, the worker itself, and KaTeX's .woff/.ttf fonts whose .woff2
// twin is there (every browser with service workers loads the .woff2). Vite's content-hashed assets are
// versioned by their URL; every other file (the HTML pages, the web app manifest, icons) gets an MD5
// revision, so a changed page changes sw.js and the browser installs the new version.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';

export interface PrecacheEntry {
  /** Absolute path under the base, e.g. /book/chapters/tensor-basics/index.html. */
  url: string;
  /** MD5 of the content, or null when the file name already carries a content hash. */
  revision: string | null;
}

export const SERVICE_WORKER_FILE = 'sw.js';
const WORKER_SOURCE = resolve(import.meta.dirname, '../offline/sw.ts');
const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

const SKIPPED = [/^\.vite\//, /^sw\.js$/, /\.map$/, /^sitemap\.xml$/, /^robots\.txt$/];
/** Vite's hashed output: assets/<name>-<8-character hash>.<ext>. */
const HASH_AND_EXTENSION = /-[A-Za-z0-9_-]{8}\.[A-Za-z0-9]+$/;
const isHashed = (file: string) => file.startsWith('assets/') && HASH_AND_EXTENSION.test(file);
/** 'assets/KaTeX_Main-Regular-AbCd1234.woff2' → 'assets/KaTeX_Main-Regular'. */
const unhashed = (file: string) => file.replace(HASH_AND_EXTENSION, '');

/** Every file under dir, as '/'-separated paths relative to it, sorted. */
function filesUnder(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...filesUnder(dir, path));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

/** The files of a built site to precache, with their revisions and sizes. */
export function precacheEntries(outDir: string, base: string): { entries: PrecacheEntry[]; bytes: number } {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`writeServiceWorker: base must start and end with '/' (got "${base}")`);
  const files = filesUnder(outDir).filter((f) => !SKIPPED.some((re) => re.test(f)));
  if (!files.includes('index.html')) throw new Error(`writeServiceWorker: ${outDir} has no index.html (run it after the pages are written)`);
  if (!files.includes('404.html')) throw new Error(`writeServiceWorker: ${outDir} has no 404.html (the offline not-found page)`);
  const woff2Fonts = new Set(files.filter((f) => isHashed(f) && f.endsWith('.woff2')).map(unhashed));
  const kept = files.filter((f) => !(isHashed(f) && /\.(woff|ttf)$/.test(f) && woff2Fonts.has(unhashed(f))));
  let bytes = 0;
  const entries = kept.map((f) => {
    const content = readFileSync(join(outDir, f));
    bytes += content.length;
    return { url: `${base}${f}`, revision: isHashed(f) ? null : createHash('md5').update(content).digest('hex') };
  });
  return { entries, bytes };
}

/** Bundles src/book/offline/sw.ts (Workbox included) into one classic script with the list built in. */
async function bundleWorker(entries: PrecacheEntry[]): Promise<string> {
  const output = (await build({
    configFile: false,
    root: PROJECT_ROOT,
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    define: {
      __PRECACHE_MANIFEST__: JSON.stringify(entries),
      'process.env.NODE_ENV': JSON.stringify('production'), // Workbox's development logging compiles away
    },
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      lib: { entry: WORKER_SOURCE, formats: ['iife'], name: 'bookServiceWorker', fileName: () => SERVICE_WORKER_FILE },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`writeServiceWorker: expected one bundled worker, got ${chunks.length} chunks`);
  return chunks[0].code;
}

/** Writes <outDir>/sw.js for a site built under `base` ('/' or '/sub/'); returns what it precaches. */
export async function writeServiceWorker(options: { outDir: string; base: string }): Promise<{ file: string; count: number; bytes: number }> {
  const { entries, bytes } = precacheEntries(options.outDir, options.base);
  const code = await bundleWorker(entries);
  const file = join(options.outDir, SERVICE_WORKER_FILE);
  writeFileSync(file, `// Generated by src/book/plugins/serviceWorker.ts from src/book/offline/sw.ts (Workbox).\n${code}`);
  return { file, count: entries.length, bytes };
}

/**
 * Vite plugin (client build only): writes sw.js when the build is closed, after every other plugin's
 * closing step, so every page (prerendered or not) and every generated file is already on disk.
 */
export function serviceWorkerPlugin(): Plugin {
  let outDir = '';
  let base = '/';
  let logInfo: (msg: string) => void = () => {};
  let written = false;
  return {
    name: 'book:service-worker',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
      logInfo = (msg) => config.logger.info(msg);
    },
    writeBundle() {
      written = true;
    },
    closeBundle: {
      order: 'post',
      async handler() {
        if (!written) return; // a failed build wrote no pages to list (its own error is the one to see)
        written = false;
        const { count, bytes } = await writeServiceWorker({ outDir, base });
        logInfo(`sw.js: ${count} files precached for offline reading (${(bytes / 1024 / 1024).toFixed(2)} MB)`);
      },
    },
  };
}
