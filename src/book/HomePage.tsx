// The home page: what the book is, what it teaches, and the full table of contents by part.
import { Link } from 'wouter';
import { BOOK_SUBTITLE, BOOK_TITLE, CHAPTERS, TOC } from './book';
import { chapterPath } from './toc';
import { preloadChapter } from './chapterModules';
import { useDocumentTitle } from './useDocumentTitle';
import { ProgressMark, resetProgress, useProgress } from '../widgets/kit';

/** Shown once the reader has solved something: forgets it all after a confirmation. */
function ResetProgress() {
  const progress = useProgress();
  if (!Object.values(progress).some((c) => c.solved.length > 0)) return null;
  return (
    <p className="home__progress">
      <button
        type="button"
        className="button"
        onClick={() => {
          if (window.confirm('Forget which exercises you have solved in this browser?')) resetProgress();
        }}
      >
        Reset progress
      </button>
    </p>
  );
}

export function HomePage() {
  useDocumentTitle();
  const first = CHAPTERS[0];
  return (
    <div className="page home">
      <header className="home__hero">
        <h1>{BOOK_TITLE}</h1>
        <p className="home__subtitle">{BOOK_SUBTITLE}</p>
      </header>
      <div className="prose">
        <p>
          This book explains deep learning by building the machinery yourself. Step by step you write a
          small framework in TypeScript: tensors, operators, automatic differentiation, layers,
          optimizers and finally a tiny GPT. Every idea comes with a live widget that runs on that same
          engine right here in the page, so you can change a number and watch what the mathematics does.
        </p>
        <p>
          You need to be comfortable reading code and remember some school algebra; the calculus the
          book uses is introduced where it is needed.
        </p>
        {first && (
          <p>
            <Link href={chapterPath(first.slug)} className="button button--primary">
              Start reading: {first.title}
            </Link>
          </p>
        )}
      </div>
      <section aria-labelledby="contents-heading" className="home__toc">
        <h2 id="contents-heading">Contents</h2>
        <ResetProgress />
        {TOC.map((part) => (
          <section key={part.id} className="toc-part" aria-labelledby={`toc-part-${part.id}`}>
            <h3 id={`toc-part-${part.id}`}>{part.title}</h3>
            <ol className="toc-part__list">
              {part.entries.map((entry) => (
                <li key={String(entry.number)} className={`toc-entry toc-entry--${entry.kind}`}>
                  <span className="toc-entry__num" aria-hidden="true">{String(entry.number)}</span>
                  <div className="toc-entry__body">
                    {entry.kind === 'written' ? (
                      <>
                        <Link
                          href={chapterPath(entry.chapter.slug)}
                          className="toc-entry__title"
                          onMouseEnter={() => preloadChapter(entry.chapter.slug)}
                        >
                          {entry.title}
                        </Link>
                        <ProgressMark slug={entry.chapter.slug} />
                        <p className="toc-entry__summary">{entry.chapter.summary}</p>
                      </>
                    ) : (
                      <>
                        <span className="toc-entry__title">{entry.title}</span>{' '}
                        <span className="badge">coming</span>
                      </>
                    )}
                  </div>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>
    </div>
  );
}
