// Searching the loaded index: every word of the query must occur in a section (the last word may be
// the start of one; longer words tolerate a typo); when no section has them all, sections with some of
// them are shown instead. Sections that contain the query word for word come first.
import MiniSearch, { type SearchOptions } from 'minisearch';
import { MINISEARCH_OPTIONS, SEARCH_BOOST, SEARCH_INDEX_VERSION, identifierTerms, type IndexedSection, type SearchIndexFile, type SearchSection } from './searchSchema';
import { markTerms, snippet, type Segment } from './snippet';

export interface SearchHit {
  section: SearchSection;
  /** /chapters/<slug>#<heading id> (no hash for a chapter's opening). */
  href: string;
  /** The section's text around the match, matched words marked. */
  snippet: Segment[];
  /** The section's heading, matched words marked. */
  heading: Segment[];
  /** Widget titles and code identifiers the query matched. */
  widgets: Segment[][];
  code: string[];
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** False when no section had every word, and the hits have only some of them. */
  allWords: boolean;
}

const QUERY_OPTIONS: SearchOptions = {
  boost: SEARCH_BOOST,
  prefix: (term, i, terms) => i === terms.length - 1,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  combineWith: 'AND',
};

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

export function sectionHref(section: SearchSection): string {
  return `/chapters/${section.slug}${section.anchor ? `#${section.anchor}` : ''}`;
}

export class BookSearch {
  readonly sections: readonly SearchSection[];
  private readonly index: MiniSearch<IndexedSection>;

  constructor(file: SearchIndexFile) {
    if (file?.version !== SEARCH_INDEX_VERSION) {
      throw new Error(`The search index has version ${String(file?.version)}, this page expects ${SEARCH_INDEX_VERSION}: reload the page.`);
    }
    this.sections = file.sections;
    this.index = MiniSearch.loadJS<IndexedSection>(file.index, MINISEARCH_OPTIONS);
  }

  search(query: string, limit = 20): SearchOutcome {
    if (!query.trim()) return { hits: [], allWords: true };
    let results = this.index.search(query, QUERY_OPTIONS);
    let allWords = true;
    if (!results.length) {
      results = this.index.search(query, { ...QUERY_OPTIONS, combineWith: 'OR' });
      allWords = false;
    }
    // Tiers before scores: the query as written in a heading or a widget's title, then in the text.
    const phrase = normalise(query);
    const asWritten = new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
    const several = phrase.includes(' ');
    const ranked = results
      .map((r) => {
        const section = this.sections[r.id as number];
        const inTitle = [section.heading, ...section.widgets].some((t) => asWritten.test(normalise(t)));
        const exact = several && asWritten.test(normalise(section.text));
        return { r, section, exact, tier: inTitle ? 2 : exact ? 1 : 0 };
      })
      .sort((a, b) => b.tier - a.tier || b.r.score - a.r.score)
      .slice(0, limit);
    const hits = ranked.map(({ r, section, exact }): SearchHit => {
      const terms = r.terms;
      return {
        section,
        href: sectionHref(section),
        snippet: snippet(section.text, terms, exact ? phrase : ''),
        heading: markTerms(section.heading, terms),
        widgets: section.widgets.map((w) => markTerms(w, terms)).filter((segments) => segments.some((s) => s.mark)),
        code: section.code.filter((id) => identifierTerms(id).some((t) => terms.includes(t.toLowerCase()))).slice(0, 4),
      };
    });
    return { hits, allWords };
  }
}
