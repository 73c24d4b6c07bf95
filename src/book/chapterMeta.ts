// Chapter metadata: what a chapter file's name and frontmatter say, checked once, used everywhere
// (home page, sidebar, prev/next, page titles). Pure functions: the build plugin and the site share them.

/** 0, 1, 2 … for chapters; "A1", "A2" … for appendices. */
export type ChapterNumber = number | `A${number}`;

export interface ChapterMeta {
  slug: string;
  number: ChapterNumber;
  part: string;
  title: string;
  summary: string;
}

const FILE_NAME = /^(\d{2,}|A\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/** "12-activation-functions.mdx" → { number: 12, slug: "activation-functions" }; null if it is no chapter file. */
export function parseChapterFileName(fileName: string): { number: ChapterNumber; slug: string } | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const m = FILE_NAME.exec(base);
  if (!m) return null;
  const number: ChapterNumber = m[1].startsWith('A') ? (m[1] as `A${number}`) : Number(m[1]);
  return { number, slug: m[2] };
}

/** Checks one chapter's frontmatter against its file name; throws an error that says what to fix. */
export function chapterMetaFrom(fileName: string, frontmatter: unknown): ChapterMeta {
  const parsed = parseChapterFileName(fileName);
  if (!parsed) throw new Error(`${fileName}: chapter files are named NN-slug.mdx (e.g. 07-first-training-loop.mdx)`);
  const fm = (frontmatter ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  const text = (key: string) => {
    const v = fm[key];
    if (typeof v !== 'string' || !v.trim()) problems.push(`"${key}" must be a non-empty string`);
    return typeof v === 'string' ? v.trim() : '';
  };
  const title = text('title');
  const part = typeof fm.part === 'number' ? String(fm.part) : text('part');
  const summary = text('summary');
  if (fm.number === undefined) problems.push('"number" is missing');
  else if (String(fm.number) !== String(parsed.number)) {
    problems.push(`"number: ${String(fm.number)}" does not match the file name's number ${String(parsed.number)}`);
  }
  if (problems.length) throw new Error(`${fileName}: frontmatter ${problems.join('; ')}`);
  return { slug: parsed.slug, number: parsed.number, part, title, summary };
}

/** Book order: numbered chapters ascending, then appendices A1, A2 …. */
export function compareChapterNumbers(a: ChapterNumber, b: ChapterNumber): number {
  const key = (n: ChapterNumber) => (typeof n === 'number' ? n : 1e6 + Number(n.slice(1)));
  return key(a) - key(b);
}

/** "Chapter 12", "Appendix A1", "Preface" (chapter 0). */
export function chapterLabel(number: ChapterNumber): string {
  if (number === 0) return 'Preface';
  return typeof number === 'number' ? `Chapter ${number}` : `Appendix ${number}`;
}

/** Sorted, and no two chapters may share a slug or a number. */
export function sortChapters(chapters: readonly ChapterMeta[]): ChapterMeta[] {
  const sorted = [...chapters].sort((a, b) => compareChapterNumbers(a.number, b.number));
  for (let i = 1; i < sorted.length; i++) {
    if (String(sorted[i].number) === String(sorted[i - 1].number)) {
      throw new Error(`chapters "${sorted[i - 1].slug}" and "${sorted[i].slug}" both have number ${String(sorted[i].number)}`);
    }
  }
  const slugs = new Set<string>();
  for (const c of sorted) {
    if (slugs.has(c.slug)) throw new Error(`two chapters have the slug "${c.slug}"`);
    slugs.add(c.slug);
  }
  return sorted;
}
