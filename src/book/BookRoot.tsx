// The whole site as one element, the same in the browser (src/main.tsx) and in the build's prerender
// (src/book/serverEntry.tsx), so the server's HTML and the browser's first render match.
import { StrictMode } from 'react';
import { Router } from 'wouter';
import { App } from './App';

/** Vite's base (BASE_PATH at build time) without its trailing slash: wouter's routes sit under it. */
export const ROUTER_BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/** `ssrPath`: the route to render on the server ('/chapters/x', under the base); the browser reads its URL. */
export function BookRoot({ ssrPath }: { ssrPath?: string }) {
  return (
    <StrictMode>
      <Router base={ROUTER_BASE} ssrPath={ssrPath === undefined ? undefined : `${ROUTER_BASE}${ssrPath}`}>
        <App />
      </Router>
    </StrictMode>
  );
}

/** The route a browser path shows, relative to the base and without a trailing slash ('/' for home). */
export function routeOf(pathname: string, base = ROUTER_BASE): string {
  const inside = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const trimmed = inside.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}
