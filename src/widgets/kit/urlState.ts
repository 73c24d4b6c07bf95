// A widget's shareable settings live in the page's query string under its own prefix
// (`?xor.act=relu&xor.lr=0.03`), so two widgets on one page never collide. Reading is strict:
// every malformed or out-of-range value falls back to its default and produces a notice the
// widget shows to the reader.
import { defaults, formatValue, parseValue, serialise, type ParamSpecs, type ParamValues } from './params';

export interface UrlRead<S extends ParamSpecs> {
  values: ParamValues<S>;
  /** One sentence per rejected value, e.g. `Learning rate: "abc" is not a number; using 0.03.` */
  notices: string[];
  /** True when the URL carried at least one value for this widget. */
  fromUrl: boolean;
}

export function readParams<S extends ParamSpecs>(specs: S, prefix: string, search: string): UrlRead<S> {
  const query = new URLSearchParams(search);
  const values = defaults(specs) as Record<string, unknown>;
  const notices: string[] = [];
  let fromUrl = false;
  for (const [key, spec] of Object.entries(specs)) {
    const raw = query.get(`${prefix}.${key}`);
    if (raw === null) continue;
    fromUrl = true;
    const parsed = parseValue(spec, raw);
    if ('value' in parsed) values[key] = parsed.value;
    else notices.push(`${spec.label}: ${parsed.error}; using ${formatValue(spec, spec.default)}.`);
  }
  return { values: values as ParamValues<S>, notices, fromUrl };
}

/** Returns `search` with this widget's keys set to `values` (other keys untouched). */
export function writeParams<S extends ParamSpecs>(
  specs: S,
  prefix: string,
  values: ParamValues<S>,
  search: string,
): string {
  const query = new URLSearchParams(search);
  for (const [key, spec] of Object.entries(specs)) {
    query.set(`${prefix}.${key}`, serialise(spec, (values as Record<string, unknown>)[key]));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Replaces the current history entry's query string (no navigation, no new history entry). */
export function replaceSearch(search: string): void {
  if (typeof window === 'undefined') return;
  const { pathname, hash } = window.location;
  if (window.location.search === search) return;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
}
