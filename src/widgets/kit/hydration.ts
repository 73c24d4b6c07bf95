// Prerendered pages: the built site's HTML already holds every page as the server rendered it, and
// React hydrates that HTML in the browser. During that first render a component must render exactly
// what the server did, so anything read from the browser (the URL's query, localStorage, matchMedia,
// devicePixelRatio) waits until `useHydrated()` turns true, a render later.
import { useSyncExternalStore } from 'react';

const subscribeNever = () => () => {};
const onClient = () => true;
const onServer = () => false;

/**
 * False on the server and while React hydrates the prerendered HTML; true from the render after
 * hydration, and at once in a page rendered only in the browser (the dev server, tests).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNever, onClient, onServer);
}
