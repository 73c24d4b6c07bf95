// The planned table of contents and the written chapters must tell the same story.
import { chapters } from 'virtual:chapter-manifest';
import { describe, expect, it } from 'vitest';
import { compareChapterNumbers } from '../../src/book/chapterMeta';
import { PARTS, PLAN } from '../../src/book/plan';

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

describe('the plan', () => {
  it('is in book order with unique numbers, and every part it names exists', () => {
    const numbers = PLAN.map((p) => String(p.number));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect([...PLAN].sort((a, b) => compareChapterNumbers(a.number, b.number))).toEqual(PLAN);
    const partIds = PARTS.map((p) => p.id);
    for (const p of PLAN) expect(partIds, `chapter ${String(p.number)}`).toContain(p.part);
    expect(partIds).toEqual(['Preface', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'Appendix']);
  });

  it('has parts in the order their chapters appear', () => {
    const order = PLAN.map((p) => PARTS.findIndex((part) => part.id === p.part));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('written chapters agree with the plan', () => {
  it('at least the preface is written', () => {
    expect(chapters.map((c) => c.slug)).toContain('how-to-read');
  });

  for (const chapter of chapters) {
    it(`${String(chapter.number)}-${chapter.slug}: part and title match src/book/plan.ts`, () => {
      const planned = PLAN.find((p) => String(p.number) === String(chapter.number));
      expect(planned, `chapter ${String(chapter.number)} is not in src/book/plan.ts`).toBeDefined();
      expect(chapter.part, `frontmatter part (use a part id from PARTS in src/book/plan.ts)`).toBe(planned!.part);
      expect(normalise(chapter.title), 'frontmatter title vs plan title (case-insensitive)').toBe(normalise(planned!.title));
    });
  }
});
