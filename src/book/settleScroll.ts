// Section jumps that stay where they land. Chapters skip laying out the blocks far from the screen
// (content-visibility: auto in prose.css), so a block's height is an estimate until it is first drawn.
// Jumping to a late heading draws the blocks around it, and as the ones above take their real height
// the heading would drift away. settleScroll() brings the target to the top of the view (below its
// scroll-margin-top, i.e. under the top bar) and keeps it there on every animation frame while the page
// settles (the page's scroll-padding-top is added, as the browser's own jumps do): until it has stayed put for a number of frames in a row, or for at most a few seconds, and
// at once when the reader scrolls by themselves (wheel, touch, a pointer press such as on the scrollbar,
// a scrolling key). Only one jump is kept at a time: a new one replaces the last.
//
// followInPageLinks() applies it to same-page links (#id: "On this page", heading permalinks, "§N.M"
// in the prose) and to a fragment changed by other means (typed in the address bar): the browser's own
// jump (history entry, :target, focus starting point) happens first, then the target is kept in place.
// Back and forward are left to the browser's scroll restoration (it puts back where the reader was).

export interface SettleOptions {
  /** Frames in a row the target must stay in place before it is let go (default 12, about 0.2 s). */
  stableFrames?: number;
  /** The longest time the target is kept in place, in ms (default 2500). */
  maxMs?: number;
}

/** Keys that scroll the page (or move the focus, which scrolls it): pressing one hands the scroll back to the reader. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', ' ', 'Tab']);
/** Input a reader scrolls with. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown'] as const;

let stopCurrent: (() => void) | null = null;

/**
 * Scrolls `target` to the top of the view, respecting its scroll-margin-top, and keeps it there while
 * the page settles. Returns a function that lets go at once.
 */
export function settleScroll(target: Element, options: SettleOptions = {}): () => void {
  stopCurrent?.();
  const win = target.ownerDocument.defaultView;
  if (!win) return () => undefined;
  const { stableFrames = 12, maxMs = 2500 } = options;
  const started = win.performance.now();
  let frame = 0;
  let stable = 0;
  let last = Number.NaN;
  let stopped = false;

  const place = () => target.scrollIntoView({ block: 'start', inline: 'nearest', behavior: 'instant' });
  /** Where the browser's jump puts the target's top: the scroller's scroll-padding-top plus the target's scroll-margin-top. */
  const placeTop = () => px(win.getComputedStyle(target).scrollMarginTop) + px(win.getComputedStyle(target.ownerDocument.documentElement).scrollPaddingTop);

  const tick = () => {
    frame = 0;
    if (stopped) return;
    if (!target.isConnected) return stop();
    let top = target.getBoundingClientRect().top;
    const drifted = !(Math.abs(top - last) <= 1); // the first frame has nothing to compare with
    if (Math.abs(top - placeTop()) > 1) {
      place(); // a no-op when the page cannot scroll that far (a heading near the end)
      top = target.getBoundingClientRect().top;
    }
    stable = !drifted && Math.abs(top - last) <= 1 ? stable + 1 : 0;
    last = top;
    if (stable >= stableFrames || win.performance.now() - started >= maxMs) stop();
    else frame = win.requestAnimationFrame(tick);
  };

  const onKey = (e: KeyboardEvent) => {
    if (SCROLL_KEYS.has(e.key)) stop();
  };
  const listen = { capture: true, passive: true } as const;

  function stop() {
    if (stopped) return;
    stopped = true;
    if (frame) win!.cancelAnimationFrame(frame);
    for (const type of READER_INPUT) win!.removeEventListener(type, stop, listen);
    win!.removeEventListener('keydown', onKey, listen);
    if (stopCurrent === stop) stopCurrent = null;
  }

  for (const type of READER_INPUT) win.addEventListener(type, stop, listen);
  win.addEventListener('keydown', onKey, listen);
  stopCurrent = stop;
  place();
  frame = win.requestAnimationFrame(tick);
  return stop;
}

function px(length: string): number {
  return Number.parseFloat(length) || 0; // 'auto' (no scroll padding) counts as 0
}

/** The element a URL fragment names ("#12-relu" → the element with that id), or null. */
export function hashTarget(doc: Document, hash: string): HTMLElement | null {
  if (hash.length < 2 || !hash.startsWith('#')) return null;
  let id = hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // a malformed escape: look the raw text up
  }
  return doc.getElementById(id);
}

/** The parts of the Navigation API's navigate event read here (Chromium; elsewhere only clicks are followed). */
interface NavigateEventLike extends Event {
  hashChange?: boolean;
  navigationType?: string;
}

/**
 * Keeps the targets of same-page links inside `root` in place after the jump: a plain left click on a
 * link whose URL differs from the page's only in its #fragment (the browser jumps, or a router pushed
 * the URL), followed by settleScroll() on the element the new fragment names; and a hashchange the
 * Navigation API reports as a new jump, not a traversal. Returns the cleanup.
 */
export function followInPageLinks(root: Element, options: SettleOptions = {}): () => void {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  if (!win) return () => undefined;
  let timer = 0;
  const onClick = (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const link = e.target instanceof win.Element ? e.target.closest('a[href]') : null;
    if (!(link instanceof win.HTMLAnchorElement) || (link.target && link.target !== '_self')) return;
    const url = new URL(link.href, doc.baseURI);
    if (!url.hash || url.origin !== win.location.origin || url.pathname !== win.location.pathname) return;
    win.clearTimeout(timer);
    // After the click's default action (the browser's own jump) or the router's pushState.
    timer = win.setTimeout(() => {
      if (win.location.hash !== url.hash) return; // something else prevented the jump
      const target = hashTarget(doc, url.hash);
      if (target && root.contains(target)) settleScroll(target, options);
    });
  };
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  let jumped = false;
  const onNavigate = (e: Event) => {
    const n = e as NavigateEventLike;
    jumped = n.hashChange === true && n.navigationType !== 'traverse';
  };
  const onHashChange = () => {
    if (!jumped) return;
    jumped = false;
    const target = hashTarget(doc, win.location.hash);
    if (target && root.contains(target)) settleScroll(target, options);
  };
  doc.addEventListener('click', onClick);
  navigation?.addEventListener('navigate', onNavigate);
  win.addEventListener('hashchange', onHashChange);
  return () => {
    win.clearTimeout(timer);
    doc.removeEventListener('click', onClick);
    navigation?.removeEventListener('navigate', onNavigate);
    win.removeEventListener('hashchange', onHashChange);
  };
}
