// A chapter: its heading from the frontmatter, the lazily loaded MDX body (inside an error boundary),
// an on-page table of contents that follows the scroll, and prev/next links at the end.
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { CHAPTERS, TOC } from './book';
import { chapterLabel } from './chapterMeta';
import { chapterComponent } from './chapterModules';
import { ChapterNav } from './ChapterNav';
import { ErrorBoundary } from './ErrorBoundary';
import { mdxComponents } from './mdxComponents';
import { NotFoundPage } from './NotFoundPage';
import { OnThisPage, collectHeadings, type PageHeading } from './OnThisPage';
import { followInPageLinks, hashTarget, settleScroll } from './settleScroll';
import { lookupChapter } from './toc';
import { useDocumentTitle } from './useDocumentTitle';

export function ChapterPage({ slug }: { slug: string }) {
  const found = lookupChapter(CHAPTERS, slug);
  const Body = found.found ? chapterComponent(slug) : null;
  useDocumentTitle(found.found ? found.chapter.title : 'Not found');
  const articleRef = useRef<HTMLElement>(null);
  const [headings, setHeadings] = useState<PageHeading[]>([]);
  const [loadedSlug, setLoadedSlug] = useState<string | null>(null);

  const onBodyReady = useCallback(() => {
    if (!articleRef.current) return;
    setHeadings(collectHeadings(articleRef.current));
    setLoadedSlug(slug);
    scrollToHash();
  }, [slug]);

  // Same-page links (On this page, permalinks, "§N.M") keep their heading in place while the page settles.
  useEffect(() => (articleRef.current ? followInPageLinks(articleRef.current) : undefined), []);

  if (!found.found || !Body) return <NotFoundPage chapterSlug={slug} />;
  const { chapter, prev, next } = found;
  const partTitle = TOC.find((p) => p.id === chapter.part)?.title ?? chapter.part;

  return (
    <div className="page chapter-page">
      <article
        ref={articleRef}
        className="chapter"
        aria-labelledby="chapter-title"
        data-chapter-loaded={loadedSlug === slug ? slug : undefined}
      >
        <header className="chapter__header">
          <p className="chapter__kicker">
            {chapter.number === 0 ? partTitle : `${chapterLabel(chapter.number)} · ${partTitle}`}
          </p>
          <h1 id="chapter-title">{chapter.title}</h1>
          <p className="chapter__summary">{chapter.summary}</p>
        </header>
        <OnThisPage headings={headings} variant="inline" />
        <div className="prose chapter__body">
          <ErrorBoundary what="this chapter" resetKey={slug}>
            <Suspense fallback={<p className="loading" role="status">Loading the chapter…</p>}>
              <Body components={mdxComponents} />
              <BodyReady key={slug} onReady={onBodyReady} />
            </Suspense>
          </ErrorBoundary>
        </div>
        <ChapterNav prev={prev} next={next} />
      </article>
      <OnThisPage headings={headings} variant="side" />
    </div>
  );
}

/** Renders nothing; mounts in the same Suspense boundary as the body, so it runs once the body is in the DOM. */
function BodyReady({ onReady }: { onReady: () => void }) {
  useEffect(() => onReady(), [onReady]);
  return null;
}

/** On arrival with a #fragment (a deep link, or a link from another chapter): to that section, kept in place while the page settles. */
function scrollToHash() {
  const target = hashTarget(document, window.location.hash);
  if (target) settleScroll(target);
}
