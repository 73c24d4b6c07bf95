// Routes (history URLs): "/" home, "/chapters/<slug>" a chapter, anything else a helpful not-found.
import { useEffect, useRef } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { Layout } from './Layout';
import { HomePage } from './HomePage';
import { ChapterPage } from './ChapterPage';
import { NotFoundPage } from './NotFoundPage';

export function App() {
  useScrollAndFocusOnNavigation();
  return (
    <Layout>
      <Switch>
        <Route path="/" component={HomePage} />
        <Route path="/chapters/:slug">{(params) => <ChapterPage key={params.slug} slug={decodeURIComponent(params.slug)} />}</Route>
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </Layout>
  );
}

/** After a client-side navigation: back to the top (or to the #hash) and focus on the new page's main. */
function useScrollAndFocusOnNavigation() {
  const [location] = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!window.location.hash) window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [location]);
}
