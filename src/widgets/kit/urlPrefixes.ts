// One page, one owner per URL prefix. Widgets keep their shareable settings in the query string under a
// prefix (`?xor.lr=0.03`); two widgets on one page with the same prefix would silently read and write
// the same settings. The second one to mount fails instead, inside its own widget() box, with a
// message naming the prefix and both widgets, and the page logs it as a console error (so the
// chapter's browser tests fail too).
import { createContext, useContext, useEffect, useRef, useState } from 'react';

/** The name given to widget() (its title), for messages about the widget that is rendering. */
export const WidgetNameContext = createContext<string | null>(null);

const owners = new Map<string, { widget: string; token: object }>();

export class DuplicateUrlPrefixError extends Error {
  constructor(prefix: string, first: string, second: string) {
    super(
      `Two widgets on this page keep their settings in the URL under the prefix "${prefix}.": ` +
        `"${first}" and "${second}". They would silently share their settings. ` +
        `Turn URL sharing off for one of them (shareInUrl={false}) or give it a prefix of its own.`,
    );
    this.name = 'DuplicateUrlPrefixError';
  }
}

/** Claims `prefix` for `widget`; returns a release function, or the error when another widget holds it. */
export function claimUrlPrefix(prefix: string, widget: string): { release: () => void } | { error: DuplicateUrlPrefixError } {
  const holder = owners.get(prefix);
  if (holder) return { error: new DuplicateUrlPrefixError(prefix, holder.widget, widget) };
  const token = {};
  owners.set(prefix, { widget, token });
  return { release: () => void (owners.get(prefix)?.token === token && owners.delete(prefix)) };
}

/**
 * Holds `prefix` while the calling widget is mounted and `active` (it shares its settings in the URL).
 * Returns a ref that is true while the widget owns the prefix (write the URL only then); throws the
 * duplicate-prefix error during render once a clash is found, for widget()'s boundary to show.
 */
export function useUrlPrefix(prefix: string, active: boolean): { readonly current: boolean } {
  const widget = useContext(WidgetNameContext) ?? 'a widget outside widget()';
  const owns = useRef(false);
  const [clash, setClash] = useState<DuplicateUrlPrefixError | null>(null);
  useEffect(() => {
    if (!active) return;
    const claim = claimUrlPrefix(prefix, widget);
    if ('error' in claim) {
      console.error(claim.error.message);
      setClash(claim.error);
      return;
    }
    owns.current = true;
    return () => {
      owns.current = false;
      claim.release();
    };
  }, [prefix, widget, active]);
  if (clash) throw clash;
  return owns;
}
