// The book's parts and chapters, current chapter marked. Chapters not written yet are listed without
// a link, with a visible "coming" badge. On phones this is a drawer opened by the Menu button (see Layout and styles/layout.css).
import { Link } from 'wouter';
import { TOC } from './book';
import { chapterPath } from './toc';
import { preloadChapter } from './chapterModules';
import { ProgressMark } from '../widgets/kit';

export function Sidebar({ id, currentPath }: { id: string; currentPath: string }) {
  return (
    <nav id={id} className="sidebar" aria-label="Chapters">
      <Link href="/" className="sidebar__home" aria-current={currentPath === '/' ? 'page' : undefined}>
        Contents
      </Link>
      {TOC.map((part) => (
        <section key={part.id} className="sidebar__part" aria-labelledby={`sidebar-part-${part.id}`}>
          <h2 id={`sidebar-part-${part.id}`} className="sidebar__part-title">{part.title}</h2>
          <ol className="sidebar__list">
            {part.entries.map((entry) => {
              const number = String(entry.number);
              if (entry.kind === 'coming') {
                return (
                  <li key={number} className="sidebar__item sidebar__item--coming">
                    <span className="sidebar__num">{number}</span>
                    <span>{entry.title} <span className="badge sidebar__badge">coming</span></span>
                  </li>
                );
              }
              const href = chapterPath(entry.chapter.slug);
              const current = currentPath === href;
              return (
                <li key={number} className="sidebar__item">
                  <Link
                    href={href}
                    className="sidebar__link"
                    aria-current={current ? 'page' : undefined}
                    onMouseEnter={() => preloadChapter(entry.chapter.slug)}
                    onFocus={() => preloadChapter(entry.chapter.slug)}
                  >
                    <span className="sidebar__num">{number}</span>
                    <span>{entry.title}<ProgressMark slug={entry.chapter.slug} /></span>
                  </Link>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </nav>
  );
}
