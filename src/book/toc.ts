// The book's table of contents: the written chapters (frontmatter) merged into the plan, grouped by
// part, plus lookups for routing and prev/next. Written chapters win over the plan.
import { compareChapterNumbers, type ChapterMeta, type ChapterNumber } from './chapterMeta';
import type { Part, PlannedChapter } from './plan';

export type TocEntry =
  | { kind: 'written'; number: ChapterNumber; title: string; chapter: ChapterMeta }
  | { kind: 'coming'; number: ChapterNumber; title: string };

export interface TocPart {
  id: string;
  title: string;
  entries: TocEntry[];
}

export function buildToc(parts: readonly Part[], plan: readonly PlannedChapter[], written: readonly ChapterMeta[]): TocPart[] {
  const byNumber = new Map<string, TocEntry & { part: string }>();
  for (const p of plan) byNumber.set(String(p.number), { kind: 'coming', number: p.number, title: p.title, part: p.part });
  for (const c of written) byNumber.set(String(c.number), { kind: 'written', number: c.number, title: c.title, chapter: c, part: c.part });
  const groups: TocPart[] = parts.map((p) => ({ id: p.id, title: p.title, entries: [] }));
  for (const entry of [...byNumber.values()].sort((a, b) => compareChapterNumbers(a.number, b.number))) {
    let group = groups.find((g) => g.id === entry.part);
    if (!group) {
      // A chapter naming a part the plan does not know still shows up (the plan test flags it).
      group = { id: entry.part, title: entry.part, entries: [] };
      groups.push(group);
    }
    const { part: _part, ...rest } = entry;
    group.entries.push(rest as TocEntry);
  }
  return groups.filter((g) => g.entries.length > 0);
}

export type ChapterLookup =
  | { found: true; chapter: ChapterMeta; prev: ChapterMeta | null; next: ChapterMeta | null }
  | { found: false; slug: string; suggestion: ChapterMeta | null };

/** Finds a written chapter by slug, with its neighbours in book order; or says it is not there. */
export function lookupChapter(written: readonly ChapterMeta[], slug: string): ChapterLookup {
  const i = written.findIndex((c) => c.slug === slug);
  if (i < 0) return { found: false, slug, suggestion: closestSlug(written, slug) };
  return { found: true, chapter: written[i], prev: written[i - 1] ?? null, next: written[i + 1] ?? null };
}

/** The written chapter whose slug is nearest (edit distance) to a mistyped one, if it is reasonably near. */
export function closestSlug(written: readonly ChapterMeta[], slug: string): ChapterMeta | null {
  let best: ChapterMeta | null = null;
  let bestDistance = Infinity;
  for (const c of written) {
    const d = editDistance(c.slug, slug.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best && bestDistance <= Math.max(2, Math.floor(slug.length / 3)) ? best : null;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

export const chapterPath = (slug: string): string => `/chapters/${slug}`;
