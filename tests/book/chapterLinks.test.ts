import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { describe, expect, it } from 'vitest';
import { remarkChapterLinks } from '../../src/book/plugins/remarkChapterLinks';
import type { PlannedChapter } from '../../src/book/plan';

const PLAN: PlannedChapter[] = [
  { number: 1, part: 'I', title: 'One' },
  { number: 2, part: 'I', title: 'Two' },
  { number: 3, part: 'I', title: 'Three' },
  { number: 4, part: 'II', title: 'Four (planned, not written)' },
];

const fm = (n: number) => `---\nnumber: ${n}\npart: I\ntitle: T${n}\nsummary: S${n}.\n---\n`;

/** A chapters folder with chapters 1–3 written; chapter 2 has sections 2.1, 2.2 (with a sub-section 2.2.1). */
function book(): string {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  writeFileSync(join(dir, '01-one.mdx'), `${fm(1)}\n## 1.1 Start\n\nText.\n`);
  writeFileSync(join(dir, '02-two.mdx'), `${fm(2)}\n## 2.1 Tensors: the *shape* of \`data\`\n\n## 2.2 Strides\n\n### 2.2.1 Views, again\n\n## Exercises\n`);
  writeFileSync(join(dir, '03-three.mdx'), `${fm(3)}\n## 3.1 Here\n\nSee §3.1.\n`);
  return dir;
}

/** Compiles a chapter (as chapters/03-three.mdx of `dir`; `body` starts on line 10) with the plugin; returns the compiled JS. */
async function build(body: string, dir = book()): Promise<string> {
  const out = await compile(
    { path: join(dir, '03-three.mdx'), value: `${fm(3)}\n## 3.1 Here\n\n${body}\n` },
    {
      remarkPlugins: [remarkFrontmatter, remarkGfm, remarkMath, [remarkChapterLinks, { chaptersDir: dir, root: join(dir, '..'), plan: PLAN }]],
      rehypePlugins: [rehypeSlug],
    },
  );
  return String(out);
}

const hrefs = (js: string) => [...js.matchAll(/href: "([^"]*)"/g)].map((m) => m[1]);

describe('remarkChapterLinks: links', () => {
  it('links "chapter N" and "Chapter N" to the written chapter', async () => {
    const js = await build('As chapter 1 showed, and Chapter 2 will too.');
    expect(hrefs(js)).toEqual(['/chapters/one', '/chapters/two']);
    expect(js).toContain('"chapter 1"');
    expect(js).toContain('"Chapter 2"');
  });

  it('links each number of "chapters N and M" and "chapters N–M"', async () => {
    expect(hrefs(await build('In chapters 1 and 2 we met it.'))).toEqual(['/chapters/one', '/chapters/two']);
    expect(hrefs(await build('Chapters 1–2 build it.'))).toEqual(['/chapters/one', '/chapters/two']);
    expect(hrefs(await build('From chapters 1 to 2.'))).toEqual(['/chapters/one', '/chapters/two']);
  });

  it('links "§N.M" and "§N.M.K" to the heading id rehype-slug gives that section', async () => {
    const js = await build('See §2.1, §2.2.1 and §2.2.');
    expect(hrefs(js)).toEqual(['/chapters/two#21-tensors-the-shape-of-data', '/chapters/two#221-views-again', '/chapters/two#22-strides']);
  });

  it('a section of the same chapter is a link to its anchor on this page; "chapter N" of this chapter stays text', async () => {
    const js = await build('Back in §3.1 of chapter 3.');
    expect(hrefs(js)).toEqual(['#31-here']);
  });

  it('leaves a planned but unwritten chapter as plain text', async () => {
    const js = await build('Chapter 4 will explain this, after chapters 1 and 4.');
    expect(hrefs(js)).toEqual(['/chapters/one']);
    expect(js).toContain('Chapter 4 will explain this');
  });

  it('does not touch links, headings, code, math or JSX attribute values, but does link JSX children', async () => {
    const js = await build(
      [
        '[chapter 1](/chapters/one) is linked already.',
        '',
        '## 3.2 What chapter 1 did',
        '',
        '`chapter 2` and $\\text{chapter 2}$ and',
        '',
        '$$',
        '\\text{chapter 2}',
        '$$',
        '',
        '```text',
        'chapter 2 §2.1',
        '```',
        '',
        '<Aside title="chapter 2">inside, chapter 2</Aside>',
      ].join('\n'),
    );
    expect(hrefs(js)).toEqual(['/chapters/one', '/chapters/two']);
    expect(js).toContain('title: "chapter 2"');
  });
});

describe('remarkChapterLinks: mistakes fail the build with file and line', () => {
  it('a chapter that is not in the plan', async () => {
    await expect(build('Fine line.\n\nAs chapter 9 shows.')).rejects.toThrow(/03-three\.mdx:12: "chapter 9" refers to chapter 9, which is not in the plan/);
    await expect(build('In chapters 1 and 9.')).rejects.toThrow(/03-three\.mdx:10: .*chapter 9, which is not in the plan/);
  });

  it('a section that a written chapter does not have', async () => {
    await expect(build('Text\nmore text §2.7 here.')).rejects.toThrow(/03-three\.mdx:11: "§2\.7" refers to a section that chapter 2/);
    await expect(build('See §9.1.')).rejects.toThrow(/03-three\.mdx:10: "§9\.1" refers to chapter 9, which is not in the plan/);
  });

  it('a section of a planned, unwritten chapter stays text', async () => {
    const js = await build('See §4.2.');
    expect(hrefs(js)).toEqual([]);
  });

  it('a "#" heading in a chapter (a second h1 after the title)', async () => {
    await expect(build('# Another title')).rejects.toThrow(/03-three\.mdx:10: "# Another title" is a second h1/);
  });
});
