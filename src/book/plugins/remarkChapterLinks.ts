// Build-time remark plugin: "chapter 4", "Chapters 5 and 6", "chapters 8–10", "§12.4" and "§12.4.3" in a
// chapter's prose become links to the written chapter (and to the section's heading anchor).
//
// - A chapter that is planned (src/book/plan.ts) but not written yet stays plain text.
// - A chapter number that is not in the plan, or a section that no heading "N.M …" of a written chapter
//   starts with, fails the build with "file:line: …".
// - Text inside links, headings, code, math, and MDX JSX attribute values is left alone.
// - A chapter may not have a `#` heading: its frontmatter title is the page's only h1.
//
// Section anchors are computed with rehype-slug itself over the target chapter's headings, so they are
// the ids the compiled page carries.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import rehypeSlug from 'rehype-slug';
import type { Root as HastRoot, Element } from 'hast';
import type { Heading, Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { readChapterManifest } from './chapterManifestPlugin.ts';
import { PLAN, type PlannedChapter } from '../plan.ts';
import type { ChapterMeta, ChapterNumber } from '../chapterMeta.ts';
import type { ChapterDependencies } from './chapterDependencies.ts';

export interface ChapterLinksOptions {
  /** The folder holding chapters/NN-slug.mdx. */
  chaptersDir: string;
  /** Paths in error messages are relative to this folder (default: the chapters folder's parent). */
  root?: string;
  /** The planned chapters (default: src/book/plan.ts). */
  plan?: readonly PlannedChapter[];
  /** Records the chapters whose headings a "§N.M" link was checked against (`npm run dev` recompiles on their change). */
  dependencies?: ChapterDependencies;
}

/** Node types whose text is never prose to link. */
const SKIP = new Set(['link', 'linkReference', 'heading', 'code', 'inlineCode', 'math', 'inlineMath', 'definition', 'html', 'yaml', 'toml']);
/** JSX elements whose children must not get nested links (or are not prose). */
const SKIP_JSX = new Set(['a', 'Link', 'code', 'pre', 'button', 'summary']);

// "chapter 4", "Chapters 5 and 6", "chapters 8 to 10", "chapters 8–10", "chapters 1, 2 and 3"
const CHAPTER_MENTION = /\b([Cc]hapters?)(\s+)(\d+)((?:\s*(?:,|,?\s+and|,?\s+or|\s+to|–|—|-)\s*\d+\b)*)/g;
const SECTION_MENTION = /§\s?(\d+)((?:\.\d+){1,2})/g;

export interface SectionHeading {
  /** "12.4.3" */
  number: string;
  id: string;
}

/** Plain text of an mdast node (what rehype-slug sees for a heading without math or JSX). */
function textOf(node: Nodes): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode' || node.type === 'inlineMath')) return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/** Every heading's id as rehype-slug gives it, with the "N.M" number its text starts with (if any). */
export function sectionHeadings(tree: Root): SectionHeading[] {
  const headings: Heading[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'heading') headings.push(node);
    else if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  const hast: HastRoot = {
    type: 'root',
    children: headings.map((h): Element => ({
      type: 'element',
      tagName: `h${h.depth}`,
      properties: {},
      children: [{ type: 'text', value: textOf(h) }],
    })),
  };
  (rehypeSlug() as (tree: HastRoot) => void)(hast);
  return headings.flatMap((h, i) => {
    const m = /^\s*(\d+(?:\.\d+)+)\.?(\s|$)/.exec(textOf(h));
    const id = String((hast.children[i] as Element).properties.id ?? '');
    return m ? [{ number: m[1], id }] : [];
  });
}

function sameNumber(a: ChapterNumber, b: number): boolean {
  return typeof a === 'number' && a === b;
}

export function remarkChapterLinks(this: Processor, options: ChapterLinksOptions) {
  const processor = this;
  const plan = options.plan ?? PLAN;
  const root = options.root ?? join(options.chaptersDir, '..');

  return (tree: Root, file: VFile) => {
    const label = file.path ? relative(root, file.path) : 'chapter';
    const fail = (line: number | undefined, message: string): never => {
      throw new Error(`${label}:${line ?? '?'}: ${message}`);
    };

    // A `#` heading in the body would be a second h1 after the page's title.
    const walkHeadings = (node: Nodes) => {
      if (node.type === 'heading' && node.depth === 1) {
        fail(node.position?.start.line, `"# ${textOf(node)}" is a second h1: the frontmatter title is the chapter's h1; use "##" for sections`);
      }
      if ('children' in node) for (const child of node.children as Nodes[]) walkHeadings(child);
    };
    walkHeadings(tree);

    const chapters: ChapterMeta[] = readChapterManifest(options.chaptersDir);
    const self = file.path ? chapters.find((c) => file.path!.endsWith(`${String(c.number).padStart(2, '0')}-${c.slug}.mdx`)) : undefined;
    const sectionsCache = new Map<string, SectionHeading[]>();
    const headingsRead = new Set<string>();
    const sectionsOf = (c: ChapterMeta): SectionHeading[] => {
      let s = sectionsCache.get(c.slug);
      if (!s) {
        const name = `${typeof c.number === 'number' ? String(c.number).padStart(2, '0') : c.number}-${c.slug}.mdx`;
        if (c !== self) headingsRead.add(join(options.chaptersDir, name));
        s = c === self ? sectionHeadings(tree) : sectionHeadings(processor.parse(readFileSync(join(options.chaptersDir, name), 'utf8')) as Root);
        sectionsCache.set(c.slug, s);
      }
      return s;
    };

    /** The written chapter numbered n, null if planned but not written; fails if it is not in the plan. */
    const chapterFor = (n: number, ref: string, line: number | undefined): ChapterMeta | null => {
      const written = chapters.find((c) => sameNumber(c.number, n));
      if (written) return written;
      if (plan.some((p) => sameNumber(p.number, n))) return null;
      return fail(line, `"${ref}" refers to chapter ${n}, which is not in the plan (src/book/plan.ts)`);
    };

    const link = (url: string, value: string): Link => ({ type: 'link', url, children: [{ type: 'text', value }] });

    /** The phrasing nodes a text node becomes (itself, unchanged, when it mentions nothing). */
    const linkify = (node: Text): PhrasingContent[] => {
      const text = node.value;
      const startLine = node.position?.start.line;
      const lineAt = (index: number) => (startLine === undefined ? undefined : startLine + (text.slice(0, index).match(/\n/g)?.length ?? 0));
      type Piece = { start: number; end: number; node: PhrasingContent };
      const pieces: Piece[] = [];

      for (const m of text.matchAll(CHAPTER_MENTION)) {
        const at = m.index;
        const line = lineAt(at);
        // The first number, linked together with the word "chapter(s)".
        const firstText = m[1] + m[2] + m[3];
        const numbers: { start: number; text: string; n: number }[] = [{ start: at, text: firstText, n: Number(m[3]) }];
        let offset = at + firstText.length;
        for (const more of m[4].matchAll(/\d+/g)) {
          numbers.push({ start: offset + more.index, text: more[0], n: Number(more[0]) });
        }
        for (const { start, text: t, n } of numbers) {
          const c = chapterFor(n, m[0].replace(/\s+/g, ' '), line);
          if (!c || c === self) continue;
          pieces.push({ start, end: start + t.length, node: link(`/chapters/${c.slug}`, t) });
        }
      }

      for (const m of text.matchAll(SECTION_MENTION)) {
        const line = lineAt(m.index);
        const n = Number(m[1]);
        const number = m[1] + m[2];
        const c = chapterFor(n, `§${number}`, line);
        if (!c) continue;
        const heading = sectionsOf(c).find((h) => h.number === number);
        if (!heading) fail(line, `"§${number}" refers to a section that chapter ${n} (chapters/${c.slug}) has no heading "${number} …" for`);
        const url = c === self ? `#${heading!.id}` : `/chapters/${c.slug}#${heading!.id}`;
        pieces.push({ start: m.index, end: m.index + m[0].length, node: link(url, m[0]) });
      }

      if (!pieces.length) return [node];
      pieces.sort((a, b) => a.start - b.start);
      const out: PhrasingContent[] = [];
      let cursor = 0;
      for (const p of pieces) {
        if (p.start < cursor) continue;
        if (p.start > cursor) out.push({ type: 'text', value: text.slice(cursor, p.start) });
        out.push(p.node);
        cursor = p.end;
      }
      if (cursor < text.length) out.push({ type: 'text', value: text.slice(cursor) });
      return out;
    };

    const walk = (node: Nodes) => {
      if (SKIP.has(node.type)) return;
      const jsx = node as { type: string; name?: string | null };
      if ((jsx.type === 'mdxJsxTextElement' || jsx.type === 'mdxJsxFlowElement') && SKIP_JSX.has(jsx.name ?? '')) return;
      if (!('children' in node)) return;
      const parent = node as Parent;
      const next: Nodes[] = [];
      for (const child of parent.children as Nodes[]) {
        if (child.type === 'text') next.push(...linkify(child));
        else {
          walk(child);
          next.push(child);
        }
      }
      parent.children = next as Parent['children'];
    };
    try {
      walk(tree);
    } finally {
      if (file.path) options.dependencies?.record(file.path, 'chapter-links', headingsRead);
    }
  };
}
