// Types of the modules the book's Vite plugins generate (see src/book/plugins/).
declare module 'virtual:chapter-manifest' {
  /** Every written chapter's frontmatter, checked and in book order. */
  export const chapters: import('./chapterMeta').ChapterMeta[];
}
declare module 'virtual:katex-formulas' {
  /** KaTeX display-mode HTML of every formula in the TeX tables vite.config.ts names, keyed by TeX source. */
  export const FORMULA_HTML: Record<string, string>;
}
declare module 'virtual:search-index' {
  /** Where the search index file is, relative to the site's base (src/book/plugins/searchIndexPlugin.ts). */
  export const SEARCH_INDEX_PATH: string;
}
