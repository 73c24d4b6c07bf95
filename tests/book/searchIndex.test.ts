// The search index builder (src/book/plugins/searchIndex.ts) on a small book written to a temporary
// folder, and the browser-side search (src/book/search/bookSearch.ts) over what it builds.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeSlug from 'rehype-slug';
import { describe, expect, it } from 'vitest';
import { bookSections, buildSearchIndex, codeIdentifiers, mathForSnippet } from '../../src/book/plugins/searchIndex';
import { searchIndexPlugin } from '../../src/book/plugins/searchIndexPlugin';
import { BookSearch } from '../../src/book/search/bookSearch';
import { identifierTerms } from '../../src/book/search/searchSchema';
import { markTerms, snippet } from '../../src/book/search/snippet';

const CHAPTER = `---
number: 1
part: I
title: Sample Chapter
summary: A fixture for the search index.
---

import { DemoLab } from '../src/widgets/DemoLab';
import { Dial } from '../src/widgets/Dial';
import { AnswerExercise } from '../src/widgets/kit';

Opening words about tensors before any heading.

## 1.1 Shapes and strides

The stride of an axis says how far to jump. The loss $L(w) = \\frac{1}{n}\\sum_i (y_i - w x_i)^2$ falls
when $\\eta$ is small, and \`zeroGrad\` clears the gradients.

$$
\\nabla_w L = \\frac{2}{n}\\sum_i x_i (w x_i - y_i)
$$

\`\`\`ts
export function resetGradients(params: Tensor[]): void {
  for (const p of params) p.grad = null; // forgetfulness is a comment word
}
\`\`\`

\`\`\`ts file=src/lib.ts region=demo
\`\`\`

## Exercises

<DemoLab />

<AnswerExercise
  title="the stride of axis 0"
  question={<p>What is the <strong>stride</strong> of axis 0 in a [2, 3] tensor?</p>}
  label="stride"
  expected={3}
  hint="Secretive hint words"
  explain="Classified explanation words"
/>

## Exercises

A second heading with the same text. <Dial />

### Café & crème: “quotes” and \`code\`

| column | another |
| --- | --- |
| tabulated value | here |
`;

/** A book of one chapter, a quoted source file and two widget folders, in a temporary folder. */
function fixtureRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'search-'));
  mkdirSync(join(root, 'chapters'));
  writeFileSync(join(root, 'chapters', '01-sample.mdx'), CHAPTER);
  mkdirSync(join(root, 'src', 'widgets', 'DemoLab'), { recursive: true });
  writeFileSync(
    join(root, 'src', 'widgets', 'DemoLab', 'index.ts'),
    "export const DemoLab = lazyWidget('DemoLab', 'Demo lab', () => import('./DemoLab').then((m) => m.DemoLabView));\n",
  );
  mkdirSync(join(root, 'src', 'widgets', 'Dial'), { recursive: true });
  writeFileSync(join(root, 'src', 'widgets', 'Dial', 'index.ts'), "export const Dial = widget('Turning dial', DialView);\n");
  writeFileSync(join(root, 'src', 'widgets', 'Dial', 'Dial.tsx'), 'export const DialView = () => <WidgetFrame title="Turning dial: one knob" className="d" />;\n');
  writeFileSync(join(root, 'src', 'lib.ts'), 'const before = 1;\n// #region demo\nexport function fillFromRegion() {}\n// #endregion\n');
  return root;
}

/** The heading ids in the page MDX compiles the chapter to (rehype-slug, as vite.config.ts runs it). */
async function compiledIds(source: string): Promise<string[]> {
  const js = String(await compile(source, { remarkPlugins: [remarkFrontmatter, remarkGfm, remarkMath], rehypePlugins: [rehypeSlug] }));
  return [...js.matchAll(/id: "([^"]*)"/g)].map((m) => m[1]);
}

describe('search index builder', () => {
  const root = fixtureRoot();
  const dependencies = new Set<string>();
  const sections = bookSections({ root, dependencies });
  const byHeading = (h: string) => sections.filter((s) => s.heading === h);

  it('cuts a chapter into its opening and one section per heading, with the ids rehype-slug gives the page', async () => {
    expect(sections.map((s) => s.heading)).toEqual(['Sample Chapter', '1.1 Shapes and strides', 'Exercises', 'Exercises', 'Café & crème: “quotes” and code']);
    expect(sections[0].anchor).toBe('');
    expect(sections.slice(1).map((s) => s.anchor)).toEqual(await compiledIds(CHAPTER));
    expect(sections.map((s) => s.anchor)).toContain('exercises-1');
    expect(sections.every((s) => s.slug === 'sample' && s.label === 'Chapter 1' && s.chapter === 'Sample Chapter')).toBe(true);
  });

  it('keeps prose and the text around equations, but no TeX', () => {
    const [opening] = sections;
    expect(opening.text).toBe('A fixture for the search index. Opening words about tensors before any heading.');
    const [shapes] = byHeading('1.1 Shapes and strides');
    expect(shapes.text).toContain('The stride of an axis says how far to jump. The loss … falls when η is small, and zeroGrad clears the gradients.');
    expect(shapes.prose).toContain('The loss falls when is small');
    for (const s of sections) expect(`${s.text} ${s.prose}`).not.toMatch(/\\frac|\\sum|\\nabla|\$/);
  });

  it('collects code identifiers (listings, filled source regions, inline code) without keywords or comments', () => {
    const [shapes] = byHeading('1.1 Shapes and strides');
    expect(shapes.code).toEqual(expect.arrayContaining(['resetGradients', 'params', 'Tensor', 'grad', 'fillFromRegion', 'zeroGrad']));
    expect(shapes.code).not.toEqual(expect.arrayContaining(['const', 'export', 'function', 'forgetfulness']));
    expect(dependencies).toContain(join(root, 'src', 'lib.ts'));
    expect(codeIdentifiers('x = self.weight  # the weight\ny = "a string"', 'python')).toEqual(['weight']);
    expect(codeIdentifiers('const w = this.#weight; // the weight\nlet s = `a ${template}`;', 'ts')).toEqual(['weight']);
    expect(identifierTerms('zeroGrad')).toEqual(['zeroGrad', 'zero', 'Grad']);
    expect(identifierTerms('zero_grad')).toEqual(['zero_grad', 'zero', 'grad']);
  });

  it('names the widgets a section shows by the titles readers see; exercise questions are text, their answers are not', () => {
    const [exercises, second] = byHeading('Exercises');
    expect(exercises.widgets).toEqual(['Demo lab']);
    expect(second.widgets).toEqual(['Turning dial: one knob']);
    expect(exercises.text).toContain('the stride of axis 0. What is the stride of axis 0 in a [2, 3] tensor? stride.');
    expect(exercises.text).not.toMatch(/Secretive|Classified/);
    expect(byHeading('Café & crème: “quotes” and code')[0].text).toContain('tabulated value');
  });

  it('turns short inline math into readable characters and longer formulas into "…"', () => {
    expect(mathForSnippet('\\eta')).toBe('η');
    expect(mathForSnippet('W_1')).toBe('W_1');
    expect(mathForSnippet('\\frac{1}{n}\\sum_{i=1}^{n}(y_i - \\hat y_i)^2')).toBe('…');
  });

  describe('searching the built index', () => {
    // Through JSON, as the browser receives it.
    const search = new BookSearch(JSON.parse(JSON.stringify(buildSearchIndex(sections))));
    const headings = (q: string) => search.search(q).hits.map((h) => h.section.heading);

    it('finds prose, headings, code names (whole or in parts) and widget titles', () => {
      expect(headings('jump')).toEqual(['1.1 Shapes and strides']);
      expect(headings('zeroGrad')[0]).toBe('1.1 Shapes and strides');
      expect(headings('resetGradients')).toEqual(['1.1 Shapes and strides']);
      expect(headings('fillFromRegion')).toEqual(['1.1 Shapes and strides']);
      expect(headings('demo lab')).toEqual(['Exercises']);
      expect(search.search('turning dial').hits[0].widgets[0].some((s) => s.mark && s.text === 'Turning')).toBe(true);
      expect(headings('crème')).toEqual(['Café & crème: “quotes” and code']);
    });

    it('does not find TeX, comments, or exercise answers', () => {
      for (const q of ['frac', 'nabla', 'forgetfulness', 'Secretive', 'Classified']) expect(headings(q), q).toEqual([]);
    });

    it('takes the last word as a prefix, forgives a typo in a long word, and needs every word when it can', () => {
      expect(headings('strid')).toContain('1.1 Shapes and strides');
      expect(headings('gradiants')).toContain('1.1 Shapes and strides');
      const some = search.search('stride tabulated');
      expect(some.allWords).toBe(false);
      expect(some.hits.length).toBeGreaterThan(1);
      expect(search.search('stride axis').allWords).toBe(true);
    });

    it('puts a section that has the words as written first, and links to its heading', () => {
      const [first] = search.search('the stride of axis 0').hits;
      expect(first.section.heading).toBe('Exercises');
      expect(first.href).toBe('/chapters/sample#exercises');
      expect(search.search('opening words').hits[0].href).toBe('/chapters/sample');
    });

    it('rejects an index file of another version', () => {
      expect(() => new BookSearch({ ...buildSearchIndex(sections), version: 99 } as never)).toThrow(/version 99/);
    });
  });
});

describe('snippets', () => {
  const text = 'Alpha beta gamma. '.repeat(20) + 'The momentum term keeps the velocity of the last steps. ' + 'Delta epsilon. '.repeat(20);

  it('shows the text around the first match, cut at spaces, with the matched words marked', () => {
    const segments = snippet(text, ['momentum', 'velocity']);
    const joined = segments.map((s) => s.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(joined).toContain('The momentum term keeps the velocity');
    expect(joined.length).toBeLessThanOrEqual(175);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['momentum', 'velocity']);
  });

  it('marks whole words only, in any case', () => {
    expect(markTerms('Grad, gradient and GRAD', ['grad'])).toEqual([
      { text: 'Grad', mark: true },
      { text: ', gradient and ', mark: false },
      { text: 'GRAD', mark: true },
    ]);
  });
});

describe('search index plugin', () => {
  type Hook = (this: unknown, ...args: unknown[]) => unknown;
  const hook = (plugin: object, name: string) => (plugin as Record<string, Hook>)[name];

  it('build: one hashed JSON file in the browser build, its path in virtual:search-index, nothing for the server build', () => {
    const root = fixtureRoot();
    const plugin = searchIndexPlugin({ root });
    hook(plugin, 'configResolved')({ command: 'build' });
    const watched: string[] = [];
    hook(plugin, 'buildStart').call({ addWatchFile: (f: string) => watched.push(f) });
    expect(watched).toContain(join(root, 'chapters', '01-sample.mdx'));
    const id = hook(plugin, 'resolveId')('virtual:search-index') as string;
    const module = hook(plugin, 'load').call({}, id) as string;
    const path = /SEARCH_INDEX_PATH = "([^"]+)"/.exec(module)![1];
    expect(path).toMatch(/^assets\/search-index-[0-9a-f]{10}\.json$/);
    const emitted: { fileName: string; source: string }[] = [];
    hook(plugin, 'generateBundle').call({ emitFile: (f: { fileName: string; source: string }) => emitted.push(f) });
    expect(emitted.map((f) => f.fileName)).toEqual([path]);
    expect(JSON.parse(emitted[0].source).sections).toHaveLength(5);

    const server = { environment: { config: { consumer: 'server' } } };
    expect(hook(plugin, 'load').call(server, id)).toContain('SEARCH_INDEX_PATH = ""');
    hook(plugin, 'generateBundle').call({ ...server, emitFile: (f: { fileName: string; source: string }) => emitted.push(f) });
    expect(emitted).toHaveLength(1);
  });

  it('dev: serves the index from memory under the base, rebuilt after a chapter changes', () => {
    const root = fixtureRoot();
    const plugin = searchIndexPlugin({ root });
    hook(plugin, 'configResolved')({ command: 'serve' });
    const listeners: Record<string, (file: string) => void> = {};
    let middleware: (req: { url: string }, res: object, next: () => void) => void = () => {};
    hook(plugin, 'configureServer')({
      config: { base: '/book/' },
      watcher: { add: () => {}, on: (event: string, f: (file: string) => void) => (listeners[event] = f) },
      middlewares: { use: (m: typeof middleware) => (middleware = m) },
    });
    const get = (url: string) => {
      const res = { statusCode: 200, headers: {} as Record<string, string>, body: '', setHeader(k: string, v: string) { this.headers[k] = v; }, end(b: string) { this.body = b; } };
      let passed = false;
      middleware({ url }, res, () => (passed = true));
      return { res, passed };
    };
    expect(get('/book/chapters/sample').passed).toBe(true);
    const first = get('/book/__search-index.json?t=1').res;
    expect(first.headers['Content-Type']).toMatch(/application\/json/);
    expect(JSON.parse(first.body).sections[1].heading).toBe('1.1 Shapes and strides');

    const file = join(root, 'chapters', '01-sample.mdx');
    writeFileSync(file, CHAPTER.replace('## 1.1 Shapes and strides', '## 1.1 Shapes, strides and views'));
    listeners.change(file);
    expect(JSON.parse(get('/book/__search-index.json').res.body).sections[1].heading).toBe('1.1 Shapes, strides and views');
  });
});
