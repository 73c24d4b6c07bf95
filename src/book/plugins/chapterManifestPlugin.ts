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
  /** The manifest as last served (JSON), to tell a frontmatter edit from a prose edit. */
  let served: string | null = null;
  const render = () => JSON.stringify(readChapterManifest(dir), null, 2);
  return {
    name: 'book:chapter-manifest',
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      served = null;
      const json = render();
      served = json;
      for (const name of readdirSync(dir)) if (name.endsWith('.mdx')) this.addWatchFile(join(dir, name));
      return `export const chapters = ${json};\n`;
    },
    configureServer(server) {
      // Saving a chapter whose frontmatter is unchanged leaves the manifest alone: the chapter's own
      // module hot-updates in place (React Fast Refresh). Adding or removing a chapter, or editing a
      // frontmatter, changes the manifest (titles, order, sidebar): rebuild it and reload the page.
      const refresh = (event: 'add' | 'unlink' | 'change') => (file: string) => {
        if (!file.startsWith(dir) || !file.endsWith('.mdx')) return;
        if (event === 'change') {
          let json: string | null = null;
          try {
            json = render();
          } catch {
            // A broken frontmatter: reload, so that loading the manifest shows the error.
          }
          if (json !== null && json === served) return;
        }
        const manifest = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (manifest) server.moduleGraph.invalidateModule(manifest);
        if (event !== 'change') {
          // Chapter links ("chapter 7", "§7.2") in every chapter are checked against the list of chapters.
          for (const name of readdirSync(dir)) {
            for (const mod of server.moduleGraph.getModulesByFile(join(dir, name)) ?? []) server.moduleGraph.invalidateModule(mod);
          }
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(dir);
      server.watcher.on('add', refresh('add'));
      server.watcher.on('unlink', refresh('unlink'));
      server.watcher.on('change', refresh('change'));
    },
  };
}
