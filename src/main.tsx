// Entry point: styles (KaTeX's CSS only here, once), then the app. KaTeX's JavaScript is not imported:
// chapter math is rendered to HTML at build time.
// The built site's pages are prerendered (src/book/serverEntry.tsx): #root already holds the page and
// names its route in data-route. When that is the page the browser asked for, React hydrates it;
// otherwise (the dev server, 404.html shown for an unknown address) React renders into an empty root.
import { startTransition } from 'react';
import type { RootOptions } from 'react-dom/client';
import { createRoot, hydrateRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import './book/styles/theme.css';
import './book/styles/base.css';
import './book/styles/layout.css';
import './book/styles/prose.css';
import './book/styles/code.css';
import './book/styles/home.css';
import './book/styles/print.css';
import { BookRoot, routeOf } from './book/BookRoot';
import { registerServiceWorker } from './book/offline/registerServiceWorker';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const options: Pick<RootOptions, 'onCaughtError'> = {
  // A crash caught by an error boundary is handled (a contained message is shown): a warning, not an error.
  onCaughtError: (error, info) => console.warn('Caught by an error boundary:', error, info.componentStack ?? ''),
};

const prerendered = root.dataset.route;
if (prerendered !== undefined && root.firstElementChild && prerendered === routeOf(window.location.pathname)) {
  // As a transition, hydration works in slices that yield to the browser; started after the next
  // frame, it lets the prerendered text paint before any of it runs.
  const hydrate = () => startTransition(() => void hydrateRoot(root, <BookRoot />, options));
  if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(hydrate, 0));
  else hydrate();
} else {
  root.replaceChildren();
  createRoot(root, options).render(<BookRoot />);
}

// Offline reading (production builds only): precaches the book after the page has loaded.
registerServiceWorker();
