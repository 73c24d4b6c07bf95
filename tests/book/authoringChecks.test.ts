// Authoring mistakes in chapters/ fail the build with a message that names the file and what to fix.
// (A "#" heading inside a chapter is checked by the remark plugin: tests/book/chapterLinks.test.ts.)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChapterManifest } from '../../src/book/plugins/chapterManifestPlugin';

const fm = (n: number, part: string) => `---\nnumber: ${n}\npart: ${part}\ntitle: T${n}\nsummary: S${n}.\n---\nText\n`;

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'authoring-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('chapter manifest: authoring mistakes', () => {
  it('accepts well-named chapters with parts from the plan', () => {
    const dir = folder({ '01-one.mdx': fm(1, 'I'), '12-two-words.mdx': fm(12, 'IV'), 'README.md': 'not a chapter' });
    expect(readChapterManifest(dir).map((c) => c.slug)).toEqual(['one', 'two-words']);
  });

  it.each(['7-first-loop.mdx', '07_first_loop.mdx', '07-First-Loop.mdx', 'first-loop.mdx', '07-.mdx'])('rejects the file name %s', (name) => {
    const dir = folder({ '01-one.mdx': fm(1, 'I'), [name]: fm(7, 'II') });
    expect(() => readChapterManifest(dir)).toThrow(`chapters/${name}: chapter files are named NN-slug.mdx`);
  });

  it('rejects a part that is not in the plan, naming the parts that are', () => {
    const dir = folder({ '04-loss.mdx': fm(4, 'Part II') });
    expect(() => readChapterManifest(dir)).toThrow(/chapters\/04-loss\.mdx: frontmatter "part: Part II" is not a part of the plan .*Preface, I, II/);
  });
});
