// Animation etiquette shared by every widget: respect prefers-reduced-motion (no autoplay), and stop
// working when the reader cannot see the widget (scrolled away or tab hidden).
import { startTransition, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

function subscribeReducedMotion(onChange: () => void): () => void {
  const mq = typeof window === 'undefined' ? undefined : window.matchMedia?.('(prefers-reduced-motion: reduce)');
  if (!mq) return () => {};
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

/** The reader's reduced-motion setting (false on the server and while hydrating, like the prerendered page). */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribeReducedMotion, prefersReducedMotion, () => false);
}

/** True while the element is (at least partly) on screen and the tab is visible. */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [inView, setInView] = useState(true);
  // Visible on the server and while hydrating; the effect below reads the tab's real state.
  const [tabVisible, setTabVisible] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => setInView(entries.some((e) => e.isIntersecting)), { rootMargin: '64px' });
    io.observe(el);
    return () => io.disconnect();
  }, [ref]);
  useEffect(() => {
    const on = () => setTabVisible(!document.hidden);
    on();
    document.addEventListener('visibilitychange', on);
    return () => document.removeEventListener('visibilitychange', on);
  }, []);
  return inView && tabVisible;
}

/**
 * Calls `frame(dtMs)` once per animation frame while `running`. The callback is read through a ref,
 * so it may close over fresh state without restarting the loop. Work inside `frame` should respect a
 * time budget (see `timeSlice`) so that a frame never blocks the page.
 */
export function useAnimationFrame(running: boolean, frame: (dtMs: number) => void): void {
  const cb = useRef(frame);
  cb.current = frame;
  // A layout effect stops the loop during the commit that pauses it, so no frame can slip in
  // between the reader pressing Pause and the loop's cleanup.
  useLayoutEffect(() => {
    if (!running) return;
    let id = 0;
    let last = performance.now();
    const tick = (now: number) => {
      const dt = Math.min(now - last, 100);
      last = now;
      cb.current(dt);
      id = requestAnimationFrame(tick);
    };
    id = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(id);
  }, [running]);
}

/**
 * Runs `step()` repeatedly until `count` steps are done or `budgetMs` has passed; returns how many ran.
 * Training loops use it to keep each animation frame short on slow machines.
 */
export function timeSlice(step: () => boolean | void, count: number, budgetMs = 8): number {
  const start = performance.now();
  let done = 0;
  while (done < count) {
    const stop = step();
    done++;
    if (stop === false) break;
    if (performance.now() - start > budgetMs) break;
  }
  return done;
}

/**
 * False until the element first comes within `margin` of the viewport, then true for good. Widgets
 * below the fold use it to mount (and load their code) only when the reader scrolls near them, so a
 * chapter's first seconds go to its text. Without IntersectionObserver (tests) it is true at once in the
 * browser; on the server (prerendering) it is false, so the page's HTML holds the placeholder.
 */
/** How far outside the view a widget counts as near (it mounts, and its code loads). */
export const NEAR_MARGIN_PX = 600;

export function useNearViewport(ref: RefObject<Element | null>, margin = `${NEAR_MARGIN_PX}px`): boolean {
  const [near, setNear] = useState(() => typeof window !== 'undefined' && typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        startTransition(() => setNear(true)); // render what mounts now in slices that yield to the page
        io.disconnect();
      }
    }, { rootMargin: `${margin} 0px` });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, margin, near]);
  return near;
}
