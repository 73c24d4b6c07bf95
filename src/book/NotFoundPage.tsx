// A helpful "not found": says what was asked for, suggests the nearest chapter, and offers a way back.
import { Link, useLocation } from 'wouter';
import { CHAPTERS } from './book';
import { chapterPath, closestSlug } from './toc';
import { useDocumentTitle } from './useDocumentTitle';
import { useHydrated } from '../widgets/kit';

export function NotFoundPage({ chapterSlug }: { chapterSlug?: string }) {
  const [location] = useLocation();
  // 404.html is prerendered once for every unknown address: it names the address only in the browser.
  const hydrated = useHydrated();
  useDocumentTitle('Not found');
  const suggestion = chapterSlug ? closestSlug(CHAPTERS, chapterSlug) : null;
  return (
    <div className="page not-found prose">
      <h1>{chapterSlug ? 'Chapter not found' : 'Page not found'}</h1>
      <p>
        {chapterSlug ? (
          <>There is no chapter called “<code>{chapterSlug}</code>” in this book (yet).</>
        ) : (
          hydrated ? <>Nothing lives at <code>{location}</code>.</> : <>Nothing lives at this address.</>
        )}
      </p>
      {suggestion && (
        <p>
          Did you mean <Link href={chapterPath(suggestion.slug)}>{suggestion.title}</Link>?
        </p>
      )}
      <p>
        <Link href="/" className="button button--primary">Back to the contents</Link>
      </p>
    </div>
  );
}
