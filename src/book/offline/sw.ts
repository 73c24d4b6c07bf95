// The service worker. Not part of the app's bundle: src/book/plugins/serviceWorker.ts bundles this file
// into <outDir>/sw.js after every page of the build is on disk, with the list of files to precache
// (each with its revision) put where __PRECACHE_MANIFEST__ stands. Workbox's precaching does the work:
// on install it downloads every listed file (an update downloads only what changed), on activate it
// drops what the new list no longer has.
//
// What a reader gets:
//   - every page, chunk, style sheet, font and icon of the book comes from the precache, online and
//     offline: the HTML and the chunks it names always come from the same build;
//   - /chapters/<slug> and /chapters/<slug>/ (under the base too) are both answered with the precached
//     chapters/<slug>/index.html; query strings (widget state in the URL) do not matter;
//   - any other navigation goes to the network; offline it gets the precached 404.html, status 404;
//   - a new build installs beside the old one and WAITS: the page shows an update notice, and its
//     Reload button posts {type: 'SKIP_WAITING'} (src/book/offline/registerServiceWorker.ts).
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

/** Replaced at build time by the list of files (src/book/plugins/serviceWorker.ts). */
declare const __PRECACHE_MANIFEST__: PrecacheEntry[];

/** The parts of the service worker's global scope used here (the app's type-check has no WebWorker lib). */
interface WorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}
declare const self: WorkerScope;

/** A path that names a file (has an extension) is never a chapter folder. */
const FILE_PATH = /\/[^/]*\.[A-Za-z0-9]+$/;

precacheAndRoute(__PRECACHE_MANIFEST__, {
  // The site does not vary by query string: /chapters/x?lr=0.1 is the page chapters/x/index.html.
  ignoreURLParametersMatching: [/.*/],
  // /chapters/x/ → chapters/x/index.html (and / → index.html).
  directoryIndex: 'index.html',
  cleanURLs: false, // there are no chapters/x.html files
  // /chapters/x → chapters/x/index.html, as a static host serves it.
  urlManipulation: ({ url }) => (url.pathname.endsWith('/') || FILE_PATH.test(url.pathname) ? [] : [new URL(`${url.pathname}/index.html`, url.origin)]),
});

const NOT_FOUND_PAGE = new URL('404.html', self.registration.scope).href;

// Navigations the precache does not know: the network decides (a host's own 404 page, or a page newer
// than this worker); offline, the book's not-found page with status 404.
registerRoute(
  new NavigationRoute(async ({ request }) => {
    try {
      return await fetch(request);
    } catch (error) {
      const page = await matchPrecache(NOT_FOUND_PAGE);
      if (!page) throw error;
      return new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
    }
  }),
);

self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data && data.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first worker takes charge of the page that registered it (so that page works offline without a
// reload); later workers take charge only after the reader's Reload (skipWaiting above).
clientsClaim();
cleanupOutdatedCaches();
