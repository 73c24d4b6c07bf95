// React binding: a widget calls useParams(SPECS, 'xor') once and gets its own store, created from
// the URL (when `shareInUrl`) with notices for anything it had to reject, kept in the URL as it changes.
// A prerendered page is rendered on the server without a URL query, so while React hydrates it the
// widget renders its configured values, and the URL's settings apply right after hydration (a shared
// link still opens with its settings, without a hydration mismatch).
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { defaults, type ParamSpecs, type ParamValues } from './params';
import { createParamStore, type ParamStore } from './paramStore';
import { readParams, replaceSearch, writeParams } from './urlState';
import { useHydrated } from './hydration';
import { useUrlPrefix } from './urlPrefixes';

export interface UseParams<S extends ParamSpecs> {
  store: ParamStore<S>;
  values: ParamValues<S>;
  notices: string[];
  dismissNotices(): void;
}

export function useParams<S extends ParamSpecs>(
  specs: S,
  options: { prefix: string; shareInUrl?: boolean; initial?: Partial<ParamValues<S>> },
): UseParams<S> {
  const { prefix, shareInUrl = false, initial } = options;
  const hydrated = useHydrated();
  // Read the URL now in a page rendered in the browser; after hydration in a prerendered one.
  const [boot] = useState(() => startingValues(specs, prefix, initial, shareInUrl && hydrated));
  const [store] = useState(() => createParamStore<S>(boot.values));
  const [notices, setNotices] = useState(boot.notices);
  const [urlPending, setUrlPending] = useState(shareInUrl && !hydrated);
  const values = useStore(store, (s) => s.values);
  // One widget per URL prefix on a page: a second one sharing the same prefix fails loudly (urlPrefixes.ts).
  const ownsPrefix = useUrlPrefix(prefix, shareInUrl);

  useEffect(() => {
    if (!urlPending) return;
    const read = startingValues(specs, prefix, initial, true);
    if (read.fromUrl) store.getState().replace(read.values);
    if (read.notices.length) setNotices(read.notices);
    setUrlPending(false);
    // Runs once, after hydration.
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- `initial` is left out: widgets pass a fresh object on every render, and it is only read this once
  }, [urlPending, specs, prefix, store]);

  useEffect(() => {
    // Until the URL has been read, writing would replace a shared link's settings with the defaults.
    if (!shareInUrl || urlPending || !ownsPrefix.current) return;
    replaceSearch(writeParams(specs, prefix, values, window.location.search));
  }, [shareInUrl, urlPending, specs, prefix, values, ownsPrefix]);

  return { store, values, notices, dismissNotices: () => setNotices([]) };
}

/** The configured values, overridden (when `fromUrl`) by the keys the page's URL names for this widget. */
function startingValues<S extends ParamSpecs>(
  specs: S,
  prefix: string,
  initial: Partial<ParamValues<S>> | undefined,
  readUrl: boolean,
): { values: ParamValues<S>; notices: string[]; fromUrl: boolean } {
  const base = { ...defaults(specs), ...initial } as ParamValues<S>;
  if (!readUrl || typeof window === 'undefined') return { values: base, notices: [], fromUrl: false };
  const read = readParams(specs, prefix, window.location.search);
  if (!read.fromUrl) return { values: base, notices: read.notices, fromUrl: false };
  return { values: { ...base, ...pickPresent(specs, prefix, read.values) }, notices: read.notices, fromUrl: true };
}

/** Keeps the URL's values only for keys the URL actually named; the rest stay as configured. */
function pickPresent<S extends ParamSpecs>(specs: S, prefix: string, values: ParamValues<S>): Partial<ParamValues<S>> {
  const query = new URLSearchParams(window.location.search);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(specs)) {
    if (query.has(`${prefix}.${key}`)) out[key] = (values as Record<string, unknown>)[key];
  }
  return out as Partial<ParamValues<S>>;
}
