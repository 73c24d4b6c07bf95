// What a chapter's compiled module was made from besides its own .mdx file: the source files its
// listings quote (remarkSourceRegions) and the other chapters whose headings its "§N.M" links point at
// (remarkChapterLinks). The remark plugins record it on every compile; in `npm run dev` the Vite plugin
// below recompiles and hot-updates every chapter that read a file when that file is saved, so a listing
// quoted from an engine file follows the engine without touching the chapter.
import type { EnvironmentModuleNode, Plugin } from 'vite';

const posix = (path: string): string => path.replace(/\\/g, '/');

export class ChapterDependencies {
  /** chapter file → (recording plugin → files it read). */
  private readonly byChapter = new Map<string, Map<string, Set<string>>>();

  /** Replaces what `by` (a plugin's name) read while compiling `chapter` (absolute paths). */
  record(chapter: string, by: string, files: Iterable<string>): void {
    const key = posix(chapter);
    let entry = this.byChapter.get(key);
    if (!entry) this.byChapter.set(key, (entry = new Map()));
    entry.set(by, new Set([...files].map(posix)));
  }

  /** The chapters whose last compile read `file` (never the file itself), sorted. */
  chaptersReading(file: string): string[] {
    const target = posix(file);
    const out: string[] = [];
    for (const [chapter, byPlugin] of this.byChapter) {
      if (chapter === target) continue;
      if ([...byPlugin.values()].some((files) => files.has(target))) out.push(chapter);
    }
    return out.sort();
  }
}

/**
 * Dev server only: when a file a chapter read at compile time changes, that chapter's module joins the
 * hot update (Vite invalidates it, so it is compiled again from the new file; the chapter module is a
 * React Fast Refresh boundary, so the page updates in place).
 */
export function chapterDependenciesPlugin(dependencies: ChapterDependencies): Plugin {
  return {
    name: 'book:chapter-dependencies',
    apply: 'serve',
    hotUpdate({ file, modules }) {
      const chapters = dependencies.chaptersReading(file);
      if (!chapters.length) return;
      const graph = this.environment.moduleGraph;
      const extra: EnvironmentModuleNode[] = [];
      for (const chapter of chapters) {
        for (const mod of graph.getModulesByFile(chapter) ?? []) if (!modules.includes(mod)) extra.push(mod);
      }
      if (!extra.length) return;
      return [...modules, ...extra];
    },
  };
}
