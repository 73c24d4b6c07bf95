// Facts about the book as a whole, and the one table of contents every page uses.
import { chapters } from 'virtual:chapter-manifest';
import { PARTS, PLAN } from './plan';
import { buildToc } from './toc';

export const BOOK_TITLE = 'Weave a Framework';
export const BOOK_SUBTITLE = 'Deep learning from the autograd up, with a framework you build in TypeScript';

/** Written chapters in book order (from their frontmatter). */
export const CHAPTERS = chapters;
/** Planned and written chapters, grouped by part. */
export const TOC = buildToc(PARTS, PLAN, CHAPTERS);

export function pageTitle(title?: string): string {
  return title ? `${title} · ${BOOK_TITLE}` : `${BOOK_TITLE} — an interactive deep-learning textbook`;
}
