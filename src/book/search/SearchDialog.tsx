// The search dialog: a modal <dialog> holding a combobox (the query) and a listbox of results.
// Arrow keys move through the results, Enter opens one at its section, Escape (or Close, or a click
// outside) closes the dialog. Loaded on first use, with the search library and the index.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import type { BookSearch, SearchHit } from './bookSearch';
import { loadBookSearch } from './loadSearch';
import { settleScroll } from '../settleScroll';
import type { Segment } from './snippet';
import './searchDialog.css';

export interface SearchDialogProps {
  onClose: (how: 'dismiss' | 'navigate') => void;
}

function Marked({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}

/** After a jump within the page being read: bring the section into view and put the focus on it. */
function revealSection(anchor: string) {
  const target = anchor ? document.getElementById(anchor) : document.getElementById('main');
  if (!target) return;
  if (!anchor) window.scrollTo(0, 0);
  else settleScroll(target); // kept in place while the blocks above it render (prose.css content-visibility)
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

export default function SearchDialog({ onClose }: SearchDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const closing = useRef(false);
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<BookSearch | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [active, setActive] = useState(0);
  const [location, navigate] = useLocation();

  const close = useCallback(
    (how: 'dismiss' | 'navigate') => {
      if (closing.current) return;
      closing.current = true;
      onClose(how);
    },
    [onClose],
  );

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    inputRef.current?.focus();
    // The browser closes a modal dialog by itself on a second Escape; follow it. (A close event from an
    // earlier close() may arrive after the dialog was shown again: only a dialog still closed counts.)
    const onNativeClose = () => {
      if (!dialog.open) close('dismiss');
    };
    // A click on the backdrop (outside the panel) lands on the dialog itself; Escape is its key.
    const onBackdrop = (e: MouseEvent) => e.target === dialog && close('dismiss');
    dialog.addEventListener('close', onNativeClose);
    dialog.addEventListener('click', onBackdrop);
    return () => {
      dialog.removeEventListener('close', onNativeClose);
      dialog.removeEventListener('click', onBackdrop);
      if (dialog.open) dialog.close();
    };
  }, [close]);

  useEffect(() => {
    let live = true;
    setFailure(null);
    loadBookSearch().then(
      (loaded) => live && setSearch(loaded),
      (error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const outcome = useMemo(() => (search ? search.search(query) : null), [search, query]);
  const hits = outcome?.hits ?? [];
  useEffect(() => setActive(0), [query]);

  const optionId = (i: number) => `${id}-result-${i}`;
  useEffect(() => {
    if (hits.length) document.getElementById(`${id}-result-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, active, hits.length]);

  const open = (hit: SearchHit) => {
    close('navigate');
    const samePage = location === `/chapters/${hit.section.slug}`;
    navigate(hit.href);
    if (samePage) revealSection(hit.section.anchor);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!hits.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (hits[active]) open(hits[active]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close('dismiss');
    }
  };

  const status = failure
    ? `The search could not load: ${failure}.`
    : !search
      ? 'Loading the search index…'
      : !query.trim()
        ? 'Type words from the book: prose, headings, names in the code, widget titles.'
        : !hits.length
          ? `Nothing in the book matches “${query.trim()}”.`
          : outcome?.allWords
            ? `${hits.length === 20 ? 'The first 20' : hits.length} section${hits.length === 1 ? '' : 's'} found.`
            : `No section has every word; ${hits.length === 1 ? 'one has' : `${hits.length} have`} some of them.`;

  return (
    <dialog ref={dialogRef} className="search" aria-labelledby={`${id}-title`}>
      <div className="search__panel">
        <div className="search__bar">
          <h2 id={`${id}-title`} className="search__title">
            <label htmlFor={`${id}-input`}>Search the book</label>
          </h2>
          <button type="button" className="button search__close" onClick={() => close('dismiss')}>
            Close
          </button>
          <input
            ref={inputRef}
            id={`${id}-input`}
            className="search__input"
            type="text"
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls={`${id}-results`}
            aria-autocomplete="list"
            aria-activedescendant={hits.length ? optionId(active) : undefined}
            aria-describedby={`${id}-status`}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="go"
            placeholder="e.g. momentum, zeroGrad, XOR lab"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onKeyDown}
          />
        </div>
        <p id={`${id}-status`} className="search__status" role="status">
          {status}
          {failure && (
            <>
              {' '}
              <button type="button" className="button search__retry" onClick={() => setAttempt((a) => a + 1)}>
                Try again
              </button>
            </>
          )}
        </p>
        <ul id={`${id}-results`} className="search__results" role="listbox" aria-label="Results" hidden={!hits.length}>
          {hits.map((hit, i) => (
            // oxlint-disable-next-line jsx-a11y/click-events-have-key-events -- the keyboard works the options from the combobox (arrows, Enter; aria-activedescendant)
            <li
              key={hit.section.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="search-hit"
              onMouseMove={() => i !== active && setActive(i)}
              onClick={() => open(hit)}
            >
              <span className="search-hit__where">
                {hit.section.label} · {hit.section.chapter}
              </span>
              <span className="search-hit__heading">
                <Marked segments={hit.heading} />
              </span>
              {hit.snippet.length > 0 && (
                <span className="search-hit__snippet">
                  <Marked segments={hit.snippet} />
                </span>
              )}
              {(hit.widgets.length > 0 || hit.code.length > 0) && (
                <span className="search-hit__extra">
                  {hit.widgets.map((w, j) => (
                    <span key={`w${j}`} className="search-hit__tag">
                      Widget: <Marked segments={w} />
                    </span>
                  ))}
                  {hit.code.map((c) => (
                    <code key={c} className="search-hit__tag">
                      {c}
                    </code>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ul>
        <p className="search__keys" aria-hidden="true">
          <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> opens · <kbd>Esc</kbd> closes
        </p>
      </div>
    </dialog>
  );
}
