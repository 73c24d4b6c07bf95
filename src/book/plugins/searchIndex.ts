// Build-time search index of the whole book: every written chapter (chapters/NN-slug.mdx), parsed as
// MDX with the remark plugins that shape its text (frontmatter, GFM, math) and with its code listings
// filled from their source files, cut into sections at its headings. Each section keeps its prose
// (the text around equations, not the TeX), the identifiers of its code, and the titles of the widgets
// it shows. Heading ids come from rehype-slug itself, as in the compiled page.
// The Vite plugin that serves and emits the result is searchIndexPlugin.ts.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import MiniSearch from 'minisearch';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeSlug from 'rehype-slug';
import { visit } from 'unist-util-visit';
import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { chapterLabel, type ChapterMeta } from '../chapterMeta.ts';
import { readChapterManifest } from './chapterManifestPlugin.ts';
import { remarkSourceRegions } from './remarkSourceRegions.ts';
import { MINISEARCH_OPTIONS, SEARCH_INDEX_VERSION, type IndexedSection, type SearchIndexFile, type SearchSection } from '../search/searchSchema.ts';

/** Any node of an MDX syntax tree, as far as the builder looks at it. */
interface AnyNode {
  type: string;
  value?: string;
  lang?: string | null;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: string | { type: string; value: string } | null }[];
  children?: AnyNode[];
}

/** JSX attributes of the kit's exercises and the book's MDX components that a reader sees as text. */
const PROSE_ATTRIBUTES = ['title', 'caption', 'question', 'label', 'legend'];

/** Words of a programming language, not names a reader would look up. */
const KEYWORDS = new Set(
  ('abstract and any as async await boolean break case catch class const continue debugger declare def default delete do ' +
    'elif else enum export extends false finally for from function get if implements import in instanceof interface ' +
    'is keyof lambda let never new None not null number of or pass private protected public readonly return self set ' +
    'static string super switch this throw true True False try type typeof undefined unknown var void while with yield').split(' '),
);

/** Names defined in a code listing or used in it, without keywords, comments, strings or one-letter names. */
export function codeIdentifiers(code: string, lang?: string | null): string[] {
  const uncommented = /^(py|python)$/i.test(lang ?? '')
    ? code.replace(/#.*$/gm, ' ')
    : code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:])\/\/.*$/gm, '$1 ');
  const stripped = uncommented
    .replace(/`(?:\\.|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g, ' ');
  const seen = new Set<string>();
  for (const m of stripped.matchAll(/[A-Za-z_$][\w$]*/g)) {
    const id = m[0];
    if (id.length > 1 && !KEYWORDS.has(id) && !/^\d/.test(id)) seen.add(id);
  }
  return [...seen];
}

const GREEK: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', eta: 'η', theta: 'θ', lambda: 'λ',
  mu: 'μ', sigma: 'σ', tau: 'τ', phi: 'φ', Phi: 'Φ', pi: 'π', rho: 'ρ', Sigma: 'Σ', Delta: 'Δ', nabla: '∇',
  partial: '∂', cdot: '·', times: '×', le: '≤', leq: '≤', ge: '≥', geq: '≥', approx: '≈', to: '→', infty: '∞',
  ne: '≠', neq: '≠', odot: '⊙', ldots: '…', dots: '…', quad: ' ', top: 'ᵀ', in: '∈', mid: '|', ell: 'ℓ',
};

/** Inline TeX as a snippet shows it: short formulas in readable characters, anything longer as "…". */
export function mathForSnippet(tex: string): string {
  let s = tex.replace(/\\(?:mathrm|text|mathbf|operatorname|mathit)\{([^{}]*)\}/g, '$1');
  s = s.replace(/\\([A-Za-z]+)/g, (all, name: string) => GREEK[name] ?? all);
  s = s.replace(/[{}]/g, '').replace(/\^ᵀ/g, 'ᵀ').replace(/\\[,;! ]/g, ' ').replace(/\s+/g, ' ').trim();
  return s.length <= 24 && !s.includes('\\') ? s : '…';
}

/** The text of an exercise's `question={<p>…</p>}` (JSX markup and embedded expressions removed). */
function expressionText(expression: string): string {
  const e = expression.trim();
  const quoted = /^(['"`])([\s\S]*)\1$/.exec(e);
  if (quoted) return quoted[2];
  if (!e.startsWith('<')) return '';
  return e
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Plain text of a heading, as rehype-slug reads it from the compiled page (no math or JSX in headings). */
function headingText(node: AnyNode): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'inlineMath') return node.value ?? '';
  return (node.children ?? []).map(headingText).join('');
}

/** rehype-slug's ids for a chapter's headings, in document order (one slugger per page, duplicates numbered). */
export function headingIds(texts: readonly { depth: number; text: string }[]): string[] {
  const hast: HastRoot = {
    type: 'root',
    children: texts.map((h): Element => ({
      type: 'element',
      tagName: `h${h.depth}`,
      properties: {},
      children: [{ type: 'text', value: h.text }],
    })),
  };
  (rehypeSlug() as (tree: HastRoot) => void)(hast);
  return hast.children.map((c) => String((c as Element).properties.id ?? ''));
}

/** `import { A, B as C } from '../src/widgets/Name'` → JSX name → the widget folder (absolute). */
function widgetImports(tree: AnyNode, chapterFile: string): Map<string, { folder: string; exported: string }> {
  const out = new Map<string, { folder: string; exported: string }>();
  for (const node of tree.children ?? []) {
    if (node.type !== 'mdxjsEsm' || !node.value) continue;
    for (const m of node.value.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
      const folder = resolve(dirname(chapterFile), m[2]);
      if (!/[\\/]src[\\/]widgets[\\/][A-Za-z0-9]+$/.test(folder) || /[\\/]kit$/.test(folder)) continue;
      for (const spec of m[1].split(',')) {
        const [exported, local] = spec.trim().split(/\s+as\s+/);
        if (exported && /^[A-Z]/.test(exported)) out.set(local ?? exported, { folder, exported });
      }
    }
  }
  return out;
}

/**
 * The titles a reader sees on a widget: the title lazyWidget(name, title, …) gives its frame or the name
 * widget(name, …) gives it, and the title(s) its WidgetFrame shows.
 */
export function widgetTitles(folder: string, exported: string): string[] {
  const titles = new Set<string>();
  const index = ['index.ts', 'index.tsx'].map((n) => join(folder, n)).find(existsSync);
  if (index) {
    const call = new RegExp(`export const ${exported}\\s*=\\s*(lazyWidget|widget)(?:<[^>]*>)?\\(\\s*(['"])((?:(?!\\2).)*)\\2(?:\\s*,\\s*(['"])((?:(?!\\4).)*)\\4)?`);
    const m = call.exec(readFileSync(index, 'utf8'));
    if (m) titles.add(m[1] === 'lazyWidget' && m[5] ? m[5] : m[3]);
  }
  for (const name of existsSync(folder) ? readdirSync(folder) : []) {
    if (!name.endsWith('.tsx') || name.endsWith('.test.tsx')) continue;
    const source = readFileSync(join(folder, name), 'utf8');
    for (const m of source.matchAll(/<WidgetFrame\b[^>]*?\btitle=(?:"([^"]*)"|\{([^}]*)\})/g)) {
      if (m[1]) titles.add(m[1]);
      else for (const s of m[2].matchAll(/(['"])((?:(?!\1).)+)\1/g)) titles.add(s[2]);
    }
  }
  if (!titles.size) titles.add(exported.replace(/([a-z])([A-Z])/g, '$1 $2'));
  // A title that only repeats the start of a longer one ("Celsius dial" of "Celsius dial: one linear layer …") adds nothing.
  return [...titles].filter((t) => ![...titles].some((u) => u !== t && u.toLowerCase().startsWith(t.toLowerCase())));
}

interface SectionDraft {
  depth: number;
  heading: string;
  text: string[];
  prose: string[];
  code: Set<string>;
  widgets: Set<string>;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The MDX processor with the remark plugins that decide what the text of a chapter is. */
function mdxProcessor() {
  return createProcessor({ remarkPlugins: [remarkFrontmatter, remarkGfm, remarkMath] });
}

/**
 * One chapter's sections. `dependencies` collects files the sections were read from (listings' sources,
 * widget folders' index files) so that a dev server can rebuild when they change.
 */
export function chapterSections(
  meta: ChapterMeta,
  file: string,
  source: string,
  options: { root: string; dependencies?: Set<string> },
): Omit<IndexedSection, 'id'>[] {
  const tree = mdxProcessor().parse(source) as Root;
  visit(tree, 'code', (node) => {
    const quoted = /(?:^|\s)file=("[^"]*"|\S+)/.exec(node.meta ?? '');
    if (quoted) options.dependencies?.add(resolve(options.root, quoted[1].replace(/"/g, '')));
  });
  remarkSourceRegions({ root: options.root })(tree, {});
  const widgets = widgetImports(tree as AnyNode, file);
  const drafts: SectionDraft[] = [{ depth: 1, heading: meta.title, text: [meta.summary], prose: [meta.summary], code: new Set(), widgets: new Set() }];
  let current = drafts[0];

  // Text runs inside one block are joined as written; blocks are separated by a space.
  const add = (text: string, prose: string = text) => {
    current.text.push(text);
    current.prose.push(prose);
  };
  const walk = (node: AnyNode) => {
    switch (node.type) {
      case 'heading':
        current = { depth: node.depth ?? 2, heading: squash(headingText(node)), text: [], prose: [], code: new Set(), widgets: new Set() };
        drafts.push(current);
        return;
      case 'text':
        return add(node.value ?? '');
      case 'inlineCode':
        for (const id of codeIdentifiers(node.value ?? '')) current.code.add(id);
        return add(node.value ?? '');
      case 'inlineMath':
        return add(mathForSnippet(node.value ?? ''), ' ');
      case 'math':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'yaml':
      case 'toml':
      case 'html':
        return;
      case 'code':
        for (const id of codeIdentifiers(node.value ?? '', node.lang)) current.code.add(id);
        return;
      case 'break':
        return add(' ');
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const widget = node.name ? widgets.get(node.name) : undefined;
        if (widget) {
          for (const title of widgetTitles(widget.folder, widget.exported)) current.widgets.add(title);
          options.dependencies?.add(widget.folder);
        }
        const said: string[] = [];
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !PROSE_ATTRIBUTES.includes(attribute.name)) continue;
          const v = attribute.value;
          const text = typeof v === 'string' ? v : v && v.type === 'mdxJsxAttributeValueExpression' ? expressionText(v.value) : '';
          const t = squash(text);
          if (t) said.push(/[.!?…]$/.test(t) ? t : `${t.replace(/:$/, '')}.`);
        }
        if (said.length) add(` ${said.join(' ')} `);
        break;
      }
    }
    // Inline markup continues its sentence; anything else (paragraph, list item, table cell …) is a block.
    const block = !/^(emphasis|strong|delete|link|linkReference|mdxJsxTextElement)$/.test(node.type);
    if (block) add(' ');
    for (const child of node.children ?? []) walk(child);
    if (block) add(' ');
  };
  for (const child of (tree as AnyNode).children ?? []) walk(child);

  const ids = headingIds(drafts.slice(1).map((d) => ({ depth: d.depth, text: d.heading })));
  return drafts.map((d, i) => ({
    slug: meta.slug,
    label: chapterLabel(meta.number),
    chapter: meta.title,
    heading: d.heading,
    anchor: i === 0 ? '' : ids[i - 1],
    text: squash(d.text.join('')),
    prose: squash(d.prose.join('')),
    code: [...d.code],
    widgets: [...d.widgets],
  }));
}

/** The file name of a chapter in chapters/ ("12-activation-functions.mdx"). */
function chapterFileName(meta: ChapterMeta): string {
  const n = typeof meta.number === 'number' ? String(meta.number).padStart(2, '0') : meta.number;
  return `${n}-${meta.slug}.mdx`;
}

/** Every written chapter's sections, in book order (planned chapters have no file and are not indexed). */
export function bookSections(options: { root: string; chaptersDir?: string; dependencies?: Set<string> }): IndexedSection[] {
  const dir = options.chaptersDir ?? join(options.root, 'chapters');
  const sections: IndexedSection[] = [];
  for (const meta of readChapterManifest(dir)) {
    const file = join(dir, chapterFileName(meta));
    options.dependencies?.add(file);
    for (const s of chapterSections(meta, file, readFileSync(file, 'utf8'), options)) sections.push({ id: sections.length, ...s });
  }
  return sections;
}

/** The index file: the sections as snippets show them, and MiniSearch's index over them. */
export function buildSearchIndex(sections: readonly IndexedSection[]): SearchIndexFile {
  const search = new MiniSearch<IndexedSection>(MINISEARCH_OPTIONS);
  search.addAll(sections);
  return {
    version: SEARCH_INDEX_VERSION,
    sections: sections.map(({ prose: _prose, ...shown }): SearchSection => shown),
    index: search.toJSON(),
  };
}
