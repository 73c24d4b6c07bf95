// Types of the modules the book's Vite plugins generate (see src/book/build/).
declare module 'virtual:chapter-manifest' {
  /** Every written chapter's frontmatter, checked and in book order. */
  export const chapters: import('./chapterMeta').ChapterMeta[];
}
