import { describe, expect, it } from 'vitest';
import type { ChapterMeta } from '../../src/book/chapterMeta';
import { buildToc, chapterPath, closestSlug, lookupChapter } from '../../src/book/toc';

const PARTS = [
  { id: 'Preface', title: 'Preface' },
  { id: 'I', title: 'Part I' },
];
const PLAN = [
  { number: 0, part: 'Preface', title: 'How to Read' },
  { number: 1, part: 'I', title: 'Tensors (planned)' },
  { number: 2, part: 'I', title: 'Operators' },
] as const;
const written: ChapterMeta[] = [
  { slug: 'how-to-read', number: 0, part: 'Preface', title: 'How to Read', summary: 's0' },
  { slug: 'tensors', number: 1, part: 'I', title: 'Tensor Basics', summary: 's1' },
];

describe('buildToc', () => {
  it('groups by part, lists planned chapters as coming, and lets frontmatter win', () => {
    const toc = buildToc(PARTS, PLAN, written);
    expect(toc.map((p) => p.title)).toEqual(['Preface', 'Part I']);
    expect(toc[1].entries.map((e) => [e.kind, e.number, e.title])).toEqual([
      ['written', 1, 'Tensor Basics'],
      ['coming', 2, 'Operators'],
    ]);
  });

  it('still shows a chapter whose part the plan does not know', () => {
    const toc = buildToc(PARTS, PLAN, [...written, { slug: 'extra', number: 9, part: 'Bonus', title: 'Extra', summary: '' }]);
    expect(toc.at(-1)).toMatchObject({ id: 'Bonus', entries: [{ kind: 'written', title: 'Extra' }] });
  });

  it('drops parts without any chapter', () => {
    expect(buildToc([...PARTS, { id: 'VII', title: 'Empty' }], PLAN, written).map((p) => p.id)).toEqual(['Preface', 'I']);
  });
});

describe('lookupChapter (routing and not-found)', () => {
  it('finds a chapter with its neighbours', () => {
    const first = lookupChapter(written, 'how-to-read');
    expect(first).toMatchObject({ found: true, prev: null, next: { slug: 'tensors' } });
    expect(lookupChapter(written, 'tensors')).toMatchObject({ found: true, prev: { slug: 'how-to-read' }, next: null });
  });

  it('reports an unknown slug, with a suggestion when one is close', () => {
    expect(lookupChapter(written, 'tensor')).toEqual({ found: false, slug: 'tensor', suggestion: written[1] });
    expect(lookupChapter(written, 'quantum-gravity')).toEqual({ found: false, slug: 'quantum-gravity', suggestion: null });
    expect(closestSlug(written, 'HOW-TO-REED')?.slug).toBe('how-to-read');
    expect(closestSlug([], 'x')).toBeNull();
  });

  it('builds chapter paths', () => {
    expect(chapterPath('tensors')).toBe('/chapters/tensors');
  });
});
