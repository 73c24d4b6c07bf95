// Previous / next chapter links at the end of a chapter, in book order of the written chapters.
import { Link } from 'wouter';
import type { ChapterMeta } from './chapterMeta';
import { chapterLabel } from './chapterMeta';
import { chapterPath } from './toc';
import { preloadChapter } from './chapterModules';

export function ChapterNav({ prev, next }: { prev: ChapterMeta | null; next: ChapterMeta | null }) {
  if (!prev && !next) return null;
  return (
    <nav className="chapter-nav" aria-label="Previous and next chapter">
      {prev ? <NavLink chapter={prev} rel="prev" /> : <span />}
      {next ? <NavLink chapter={next} rel="next" /> : <span />}
    </nav>
  );
}

function NavLink({ chapter, rel }: { chapter: ChapterMeta; rel: 'prev' | 'next' }) {
  return (
    <Link
      href={chapterPath(chapter.slug)}
      rel={rel}
      className={`chapter-nav__link chapter-nav__link--${rel}`}
      onMouseEnter={() => preloadChapter(chapter.slug)}
      onFocus={() => preloadChapter(chapter.slug)}
    >
      <span className="chapter-nav__dir">{rel === 'prev' ? '← Previous' : 'Next →'}</span>
      <span className="chapter-nav__title">
        <span className="visually-hidden">{chapterLabel(chapter.number)}: </span>
        {chapter.title}
      </span>
    </Link>
  );
}
