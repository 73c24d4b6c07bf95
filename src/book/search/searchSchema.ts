// What the search index file holds and how its words are cut, shared by the build-time builder
// (src/book/plugins/searchIndex.ts) and the reader's browser (searchEngine.ts): MiniSearch must index
// and search with the same fields, tokenizer and term processing, or a word would not find itself.
import type { AsPlainObject, Options } from 'minisearch';

/** One searchable part of a chapter: the text from one heading to the next (or the chapter's opening). */
export interface SearchSection {
  /** Position in `SearchIndexFile.sections`, and MiniSearch's document id. */
  id: number;
  /** The chapter's URL slug: /chapters/<slug>. */
  slug: string;
  /** "Chapter 12", "Preface". */
  label: string;
  /** The chapter's title. */
  chapter: string;
  /** The heading as the reader sees it (the chapter's title for its opening, before the first heading). */
  heading: string;
  /** The heading's id in the built page (rehype-slug), '' for the chapter's opening. */
  anchor: string;
  /** The section's prose as shown in result snippets (short inline math kept as written, display math left out). */
  text: string;
  /** Identifiers in the section's code listings and inline code. */
  code: string[];
  /** Titles of the widgets the section shows. */
  widgets: string[];
}

/** A section as the builder indexes it: `prose` is its text without any math (never shipped). */
export interface IndexedSection extends SearchSection {
  prose: string;
}

/** The file the build writes and the search dialog downloads on first use. */
export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  sections: SearchSection[];
  /** MiniSearch's serialised index (`MiniSearch#toJSON()`), loaded with `MiniSearch.loadJS`. */
  index: AsPlainObject;
}

export const SEARCH_INDEX_VERSION = 1;

/** The fields MiniSearch indexes, with how much a match in each counts. */
export const SEARCH_BOOST = { heading: 3, widgets: 3, code: 2, prose: 1, chapter: 0.5 } as const;
type Field = keyof typeof SEARCH_BOOST;
const FIELDS = Object.keys(SEARCH_BOOST) as Field[];

/** Words too common to tell one section from another; dropped from the index and from queries. */
const STOP_WORDS = new Set(
  ('a an and are as at be but by can do does for from has have how if in into is it its it’s of on or so ' +
    'than that the their then there these they this those to was we were what when where which while who ' +
    'why will with you your s t').split(' '),
);

// The default tokenizer of MiniSearch: runs of white space or punctuation separate words.
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

/** "zeroGrad" → zerograd, zero, grad; "zero_grad" → zero_grad, zero, grad: code is found by its parts too. */
export function identifierTerms(identifier: string): string[] {
  const parts = identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_$]+/)
    .filter(Boolean);
  return parts.length > 1 ? [identifier, ...parts] : [identifier];
}

function tokenize(text: string, fieldName?: string): string[] {
  if (fieldName === 'code') return text.split(/\s+/).filter(Boolean).flatMap(identifierTerms);
  return text.split(SPACE_OR_PUNCTUATION).filter(Boolean);
}

/** Lower case; stop words and lone letters of prose are dropped (a lone letter is usually a symbol in math). */
export function processTerm(term: string, fieldName?: string): string | null {
  const t = term.toLowerCase();
  if (fieldName === 'code') return t.length > 1 ? t : null;
  if (STOP_WORDS.has(t)) return null;
  return t.length > 1 || /\d/.test(t) ? t : null;
}

function extractField(doc: IndexedSection, field: string): string {
  switch (field as Field) {
    case 'heading': return doc.heading;
    case 'widgets': return doc.widgets.join(' · ');
    case 'code': return doc.code.join(' ');
    case 'prose': return doc.prose;
    case 'chapter': return `${doc.label} ${doc.chapter}`;
    // MiniSearch reads the id through here too; it stays the section's number.
    default: return (doc as unknown as Record<string, string>)[field];
  }
}

/** MiniSearch's options, identical when indexing (build) and when loading the index (browser). */
export const MINISEARCH_OPTIONS: Options<IndexedSection> = {
  fields: FIELDS,
  storeFields: [],
  tokenize,
  processTerm,
  extractField: extractField as Options<IndexedSection>['extractField'],
};
