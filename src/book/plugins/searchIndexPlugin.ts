// Vite plugin: the book's search index (searchIndex.ts) as a static file.
//
// - `vite build` writes it once to dist/assets/search-index-<hash>.json (a new name whenever the text
//   changes, so any cache may keep it forever);
// - `vite` (dev) serves it from memory at <base>__search-index.json, rebuilt after a chapter, a quoted
//   source file or a widget folder changes;
// - `import { SEARCH_INDEX_PATH } from 'virtual:search-index'` gives that path relative to the site's
//   base. Only the lazily loaded search code imports it, so no page downloads the index before a reader
//   opens the search.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { bookSections, buildSearchIndex } from './searchIndex.ts';

const PUBLIC_ID = 'virtual:search-index';
const RESOLVED_ID = '\0' + PUBLIC_ID;
const DEV_PATH = '__search-index.json';

/** The index as JSON, and the files it was read from. */
export function searchIndexJson(root: string): { json: string; dependencies: Set<string> } {
  const dependencies = new Set<string>();
  const json = JSON.stringify(buildSearchIndex(bookSections({ root, dependencies })));
  return { json, dependencies };
}

/** Is this hook running in a server-rendering build (Vite's environment API: consumer "server")? */
function isServerBuild(context: object): boolean {
  return (context as { environment?: { config?: { consumer?: string } } }).environment?.config?.consumer === 'server';
}

export function searchIndexPlugin(options: { root: string }): Plugin {
  const root = options.root;
  const chaptersDir = resolve(root, 'chapters');
  let command: 'build' | 'serve' = 'serve';
  let built: { json: string; fileName: string } | null = null;

  return {
    name: 'book:search-index',
    configResolved(config) {
      command = config.command;
    },
    buildStart() {
      // The server-rendering build never downloads the index: only the browser's build makes it.
      if (command !== 'build' || isServerBuild(this)) return;
      const { json, dependencies } = searchIndexJson(root);
      for (const file of dependencies) this.addWatchFile(file);
      const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
      built = { json, fileName: `assets/search-index-${hash}.json` };
    },
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : null;
    },
    load(id, loadOptions) {
      if (id !== RESOLVED_ID) return null;
      if (command === 'build' && (loadOptions?.ssr || isServerBuild(this))) return 'export const SEARCH_INDEX_PATH = "";\n';
      const path = command === 'build' ? built?.fileName : DEV_PATH;
      if (!path) throw new Error('book:search-index: the index was not built before it was imported');
      return `export const SEARCH_INDEX_PATH = ${JSON.stringify(path)};\n`;
    },
    generateBundle() {
      if (!built || isServerBuild(this)) return;
      this.emitFile({ type: 'asset', fileName: built.fileName, source: built.json });
    },
    configureServer(server) {
      let cached: { json: string; dependencies: Set<string> } | null = null;
      const base = server.config.base;
      const paths = new Set([`${base}${DEV_PATH}`, `/${DEV_PATH}`]);
      const changed = (file: string) => {
        if (!cached) return;
        const inChapters = file.startsWith(chaptersDir) && file.endsWith('.mdx');
        if (inChapters || [...cached.dependencies].some((d) => file === d || file.startsWith(d + '/'))) cached = null;
      };
      server.watcher.add(chaptersDir);
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
      server.watcher.on('change', changed);
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (!paths.has(path)) return next();
        try {
          cached ??= searchIndexJson(root);
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(cached.json);
        } catch (e) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(`The search index could not be built: ${(e as Error).message}`);
        }
      });
    },
  };
}
