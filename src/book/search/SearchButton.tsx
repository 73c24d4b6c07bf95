// The top bar's Search button, and the shortcuts `/` and Ctrl-K (⌘K) that open the search from anywhere
// except while the reader is typing (a text field, a formula box, the code editor). The dialog, the
// search library and the index load only when the search is first opened (SearchDialog.tsx).
// Renders the same on the server and in the browser: nothing here reads the window during render.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import './searchButton.css';

const SearchDialog = lazy(() => import('./SearchDialog'));

/** Inputs where a key press is not typing text (a slider, a checkbox …): the shortcuts still work there. */
const NOT_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** Is the reader typing into `target` (so that `/` and Ctrl-K belong to it, not to the search)? */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable || el.closest('[contenteditable]:not([contenteditable="false"]), .cm-editor')) return true;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NOT_TEXT_INPUTS.has((el as HTMLInputElement).type);
}

/** Does this key press ask for the search: `/` alone, or Ctrl-K / ⌘K? */
export function isSearchShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  if (e.altKey) return false;
  if (e.key === '/') return !e.ctrlKey && !e.metaKey;
  return (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
}

export function SearchButton() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  const show = useCallback(() => {
    const active = document.activeElement;
    returnTo.current = active instanceof HTMLElement && active !== document.body ? active : buttonRef.current;
    setOpen(true);
  }, []);

  const close = useCallback((how: 'dismiss' | 'navigate') => {
    // Dismissed: focus goes back where it was. After opening a result the page being read takes it.
    if (how === 'navigate') returnTo.current = null;
    setOpen(false);
  }, []);

  // Once the modal dialog is gone (while it is open, the rest of the page cannot take the focus).
  useEffect(() => {
    if (open || !returnTo.current) return;
    (returnTo.current.isConnected ? returnTo.current : buttonRef.current)?.focus();
    returnTo.current = null;
  }, [open]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (open || e.defaultPrevented || e.isComposing || !isSearchShortcut(e) || isTypingTarget(e.target)) return;
      e.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, show]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button search-button"
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        title="Search the book (/ or Ctrl-K)"
        onClick={show}
      >
        <svg className="search-button__icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M12.8 12.8 17.5 17.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="search-button__text visually-hidden-narrow">Search</span>
        <kbd className="search-button__key" aria-hidden="true">/</kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
