// Build-time remark plugin: a code fence whose meta names a source file fills itself from that file,
// so the listings in the book are the code that runs.
//
//   ```ts file=src/engine/ops/activations.ts region=relu
//   ```
//
// takes the lines between `// #region relu` and `// #endregion` in that file (common indentation
// removed). Without `region=` the whole file is shown. A missing file or region fails the build.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Code, Root } from 'mdast';
import type { ChapterDependencies } from './chapterDependencies.ts';

export function extractRegion(source: string, region: string, fileLabel = 'source'): string {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^\\s*//\\s*#region\\s+${region}\\s*$`).test(l));
  if (start < 0) throw new Error(`${fileLabel}: no "// #region ${region}" marker`);
  let depth = 0;
  let end = -1;
  for (let i = start + 1; i < lines.length; i++) {
    if (/^\s*\/\/\s*#region\b/.test(lines[i])) depth++;
    else if (/^\s*\/\/\s*#endregion\b/.test(lines[i])) {
      if (depth === 0) { end = i; break; }
      depth--;
    }
  }
  if (end < 0) throw new Error(`${fileLabel}: region "${region}" has no matching // #endregion`);
  const body = lines.slice(start + 1, end).filter((l) => !/^\s*\/\/\s*#(end)?region\b/.test(l));
  return dedent(body).join('\n');
}

function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut));
}

function parseMeta(meta: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of (meta ?? '').matchAll(/(\w+)=("([^"]*)"|\S+)/g)) out[m[1]] = m[3] ?? m[2];
  return out;
}

export function remarkSourceRegions(options: { root: string; dependencies?: ChapterDependencies }) {
  // `file` is the VFile being compiled. Every file a listing quotes is recorded as a dependency of the
  // chapter, so that `npm run dev` recompiles the chapter when the quoted file changes.
  return (tree: Root, file: { path?: string }) => {
    const quoted = new Set<string>();
    try {
      visit(tree, 'code', (node: Code) => {
        const meta = parseMeta(node.meta);
        if (!meta.file) return;
        const path = resolve(options.root, meta.file);
        quoted.add(path);
        const text = readFileSync(path, 'utf8');
        node.value = meta.region ? extractRegion(text, meta.region, meta.file) : text.trimEnd();
        // Keep a visible caption of where the listing comes from (rehype-pretty-code reads title=).
        const rest = (node.meta ?? '').replace(/\b(file|region)=("[^"]*"|\S+)/g, '').trim();
        node.meta = `${rest} title="${meta.file}"`.trim();
      });
    } finally {
      // Recorded even when a region is missing: adding it to the quoted file then recompiles the chapter.
      if (file.path) options.dependencies?.record(file.path, 'source-regions', quoted);
    }
  };
}
