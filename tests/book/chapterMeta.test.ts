import { describe, expect, it } from 'vitest';
import { chapterLabel, chapterMetaFrom, compareChapterNumbers, parseChapterFileName, sortChapters } from '../../src/book/chapterMeta';

describe('parseChapterFileName', () => {
  it('takes the number and the slug from NN-slug.mdx', () => {
    expect(parseChapterFileName('12-activation-functions.mdx')).toEqual({ number: 12, slug: 'activation-functions' });
    expect(parseChapterFileName('00-how-to-read.mdx')).toEqual({ number: 0, slug: 'how-to-read' });
    expect(parseChapterFileName('../../chapters/07-first-training-loop.mdx')).toEqual({ number: 7, slug: 'first-training-loop' });
    expect(parseChapterFileName('A1-design-decisions.mdx')).toEqual({ number: 'A1', slug: 'design-decisions' });
  });

  it('rejects names that are not chapters', () => {
    for (const name of ['activation.mdx', '7-short-number.mdx', '12-Upper-Case.mdx', '12-trailing-.mdx', '12-x.md', 'README.mdx']) {
      expect(parseChapterFileName(name), name).toBeNull();
    }
  });
});

describe('chapterMetaFrom', () => {
  const good = { number: 12, part: 'IV', title: 'Activation Functions', summary: 'Why networks need bends.' };

  it('returns the checked metadata with the slug from the file name', () => {
    expect(chapterMetaFrom('chapters/12-activation-functions.mdx', good)).toEqual({ slug: 'activation-functions', ...good });
  });

  it('says which fields are wrong and where', () => {
    expect(() => chapterMetaFrom('chapters/12-x.mdx', { ...good, title: '' })).toThrow(/chapters\/12-x.mdx: frontmatter "title" must be a non-empty string/);
    expect(() => chapterMetaFrom('chapters/12-x.mdx', { ...good, summary: undefined })).toThrow(/"summary"/);
    expect(() => chapterMetaFrom('chapters/12-x.mdx', { ...good, number: 13 })).toThrow(/"number: 13" does not match the file name's number 12/);
    expect(() => chapterMetaFrom('chapters/12-x.mdx', { ...good, number: undefined })).toThrow(/"number" is missing/);
    expect(() => chapterMetaFrom('chapters/x.mdx', good)).toThrow(/NN-slug.mdx/);
  });
});

describe('ordering', () => {
  const meta = (number: 0 | 1 | 2 | 'A1', slug: string) => ({ number, slug, part: 'I', title: slug, summary: slug });

  it('puts numbered chapters first, then appendices', () => {
    expect([2, 'A1', 0, 1].sort((a, b) => compareChapterNumbers(a as never, b as never))).toEqual([0, 1, 2, 'A1']);
    expect(sortChapters([meta('A1', 'd'), meta(2, 'c'), meta(0, 'a')]).map((c) => c.slug)).toEqual(['a', 'c', 'd']);
  });

  it('refuses two chapters with one number or one slug', () => {
    expect(() => sortChapters([meta(1, 'a'), meta(1, 'b')])).toThrow(/both have number 1/);
    expect(() => sortChapters([meta(1, 'a'), meta(2, 'a')])).toThrow(/slug "a"/);
  });

  it('labels chapters for headings', () => {
    expect(chapterLabel(0)).toBe('Preface');
    expect(chapterLabel(12)).toBe('Chapter 12');
    expect(chapterLabel('A1')).toBe('Appendix A1');
  });
});
