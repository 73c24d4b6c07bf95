// React binding: a widget calls useParams(SPECS, 'xor') once and gets its own store, created from
// the URL (when `shareInUrl`) with notices for anything it had to reject, kept in the URL as it changes.
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { defaults, type ParamSpecs, type ParamValues } from './params';
import { createParamStore, type ParamStore } from './paramStore';
import { readParams, replaceSearch, writeParams } from './urlState';

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
  const [boot] = useState(() => {
    const base = { ...defaults(specs), ...initial } as ParamValues<S>;
    if (!shareInUrl || typeof window === 'undefined') return { values: base, notices: [] as string[] };
    const read = readParams(specs, prefix, window.location.search);
    return { values: read.fromUrl ? { ...base, ...pickPresent(specs, prefix, read.values) } : base, notices: read.notices };
  });
  const [store] = useState(() => createParamStore<S>(boot.values));
  const [notices, setNotices] = useState(boot.notices);
  const values = useStore(store, (s) => s.values);

  useEffect(() => {
    if (!shareInUrl) return;
    replaceSearch(writeParams(specs, prefix, values, window.location.search));
  }, [shareInUrl, specs, prefix, values]);

  return { store, values, notices, dismissNotices: () => setNotices([]) };
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
