// Vite plugin: `import { chapters } from 'virtual:chapter-manifest'` gives the frontmatter of every
// chapters/NN-slug.mdx, read at build time, checked and sorted. Only this small list goes into the
// main bundle; each chapter's compiled body stays in its own lazily loaded chunk.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Plugin } from 'vite';
import { chapterMetaFrom, parseChapterFileName, sortChapters, type ChapterMeta } from '../chapterMeta.ts';
import { PARTS } from '../plan.ts';

const PUBLIC_ID = 'virtual:chapter-manifest';
const RESOLVED_ID = '\0' + PUBLIC_ID;

/** The YAML between the leading `---` lines of an MDX file (empty object when there is none). */
export function readFrontmatter(source: string, fileLabel = 'chapter'): unknown {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(source);
  if (!m) return {};
  try {
    return parseYaml(m[1]) ?? {};
  } catch (e) {
    throw new Error(`${fileLabel}: frontmatter is not valid YAML: ${(e as Error).message}`);
  }
}

export function readChapterManifest(chaptersDir: string): ChapterMeta[] {
  let names: string[] = [];
  try {
    names = readdirSync(chaptersDir);
  } catch {
    return [];
  }
  const mdx = names.filter((n) => n.endsWith('.mdx'));
  // An .mdx file in chapters/ with a name the site cannot route would silently be missing from the book.
  for (const n of mdx) {
    if (!parseChapterFileName(n)) throw new Error(`chapters/${n}: chapter files are named NN-slug.mdx (e.g. 07-first-training-loop.mdx; lower-case slug words joined by "-")`);
  }
  const chapters = mdx.map((n) => {
    const meta = chapterMetaFrom(`chapters/${n}`, readFrontmatter(readFileSync(join(chaptersDir, n), 'utf8'), `chapters/${n}`));
    if (!PARTS.some((p) => p.id === meta.part)) {
      throw new Error(`chapters/${n}: frontmatter "part: ${meta.part}" is not a part of the plan (src/book/plan.ts PARTS: ${PARTS.map((p) => p.id).join(', ')})`);
    }
    return meta;
  });
  return sortChapters(chapters);
}

export function chapterManifestPlugin(options: { root: string }): Plugin {
  const dir = resolve(options.root, 'chapters');
  return {
    name: 'book:chapter-manifest',
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const chapters = readChapterManifest(dir);
      for (const name of readdirSync(dir)) if (name.endsWith('.mdx')) this.addWatchFile(join(dir, name));
      return `export const chapters = ${JSON.stringify(chapters, null, 2)};\n`;
    },
    configureServer(server) {
      // Adding a chapter or editing its frontmatter changes the manifest: rebuild it and reload.
      const refresh = (file: string) => {
        if (!file.startsWith(dir) || !file.endsWith('.mdx')) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(dir);
      server.watcher.on('add', refresh);
      server.watcher.on('unlink', refresh);
      server.watcher.on('change', refresh);
    },
  };
}
