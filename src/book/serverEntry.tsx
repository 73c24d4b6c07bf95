// The build's server entry: renders a route of the book to HTML with React's `prerender`
// (react-dom/static), which waits for the lazily loaded chapter body, so the HTML holds the whole
// page: text, KaTeX math, highlighted code, headings with their ids, the sidebar. Built by Vite's
// SSR build and called once per route by src/book/plugins/prerender.ts; never shipped to readers.
import { prerender } from 'react-dom/static';
import { BookRoot } from './BookRoot';
import { CHAPTERS } from './book';
import { chapterPath } from './toc';

/** The route 404.html is rendered at: no chapter or page lives there. */
export const NOT_FOUND_ROUTE = '/404';

/** Every route with its own HTML file: home and each written chapter. */
export function prerenderRoutes(): string[] {
  return ['/', ...CHAPTERS.map((c) => chapterPath(c.slug))];
}

/** The HTML inside #root for `route` ('/chapters/x', relative to the base). Throws on any render error. */
export async function renderRoute(route: string): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerender(<BookRoot ssrPath={route} />, {
    // Every Suspense boundary inline and complete: React would otherwise move large ones (a chapter
    // body) to the end of the page behind a fallback, to be swapped in by an inline script, which the
    // Content-Security-Policy forbids and a reader without JavaScript never runs.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
    onError(error) {
      errors.push(error);
    },
  });
  const html = await new Response(prelude).text();
  if (/<script[\s>]/.test(html) || html.includes('<template')) {
    throw new Error(`prerendering ${route} produced an inline script or a deferred boundary; the page must be complete HTML`);
  }
  if (errors.length > 0) {
    const what = errors.map((e) => (e instanceof Error ? e.stack ?? e.message : String(e))).join('\n');
    throw new Error(`prerendering ${route} failed (a component must not read the browser while rendering):\n${what}`);
  }
  return html;
}
