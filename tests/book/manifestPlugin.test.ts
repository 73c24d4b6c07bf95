import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChapterManifest, readFrontmatter } from '../../src/book/plugins/chapterManifestPlugin';

describe('readFrontmatter', () => {
  it('parses the YAML block at the top of an MDX file', () => {
    expect(readFrontmatter('---\nnumber: 3\ntitle: "Ops: a: b"\n---\n\n# Body\n')).toEqual({ number: 3, title: 'Ops: a: b' });
    expect(readFrontmatter('# No frontmatter\n')).toEqual({});
  });

  it('names the file when the YAML is broken', () => {
    expect(() => readFrontmatter('---\ntitle: [unclosed\n---\n', 'chapters/05-x.mdx')).toThrow(/chapters\/05-x.mdx: frontmatter is not valid YAML/);
  });
});

describe('readChapterManifest', () => {
  it('reads every NN-slug.mdx in a folder, ignores other files, and sorts by number', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chapters-'));
    const fm = (n: number | string, title: string) => `---\nnumber: ${n}\npart: I\ntitle: ${title}\nsummary: About ${title}.\n---\nText\n`;
    writeFileSync(join(dir, '10-later.mdx'), fm(10, 'Later'));
    writeFileSync(join(dir, '02-earlier.mdx'), fm(2, 'Earlier'));
    writeFileSync(join(dir, 'A1-appendix.mdx'), fm('A1', 'Appendix'));
    writeFileSync(join(dir, 'notes.md'), 'not a chapter');
    expect(readChapterManifest(dir).map((c) => [c.number, c.slug, c.title])).toEqual([
      [2, 'earlier', 'Earlier'],
      [10, 'later', 'Later'],
      ['A1', 'appendix', 'Appendix'],
    ]);
  });

  it('fails with the file name when a chapter has a bad frontmatter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chapters-'));
    writeFileSync(join(dir, '03-ops.mdx'), '---\nnumber: 4\npart: I\ntitle: Ops\nsummary: S\n---\n');
    expect(() => readChapterManifest(dir)).toThrow(/chapters\/03-ops.mdx: frontmatter "number: 4" does not match/);
  });

  it('is empty when there is no chapters folder', () => {
    expect(readChapterManifest(join(tmpdir(), 'does-not-exist-xyz'))).toEqual([]);
  });
});
