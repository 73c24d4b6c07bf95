// A lazy widget's code, fetched early: when a prerendered page shows a lazy widget's frame near the view
// (within the margin useNearViewport uses), its chunk starts downloading as soon as the chapter's code defines
// the widget, while React is still hydrating the page, instead of after hydration, when the widget's
// own "near the viewport" check runs. On a slow phone connection that saves a round trip or two before
// the first widget can be used. Widgets further down still load when the reader comes near them.
// Browser only: the server never calls this (and it reads nothing during rendering).

import { NEAR_MARGIN_PX } from './motion';

const waiting = new Map<string, () => void>();
let scheduled = false;

/** Whether a box (from getBoundingClientRect) lies within `margin` px of a view `viewHeight` tall (as useNearViewport judges it). */
export function isNearView(rect: { top: number; bottom: number }, viewHeight: number, margin = NEAR_MARGIN_PX): boolean {
  return rect.bottom > -margin && rect.top < viewHeight + margin;
}

/**
 * Calls `start` soon (in a task after the current one) if the page holds a placeholder frame titled
 * `title` near the view. Several widgets defined together are checked in one pass.
 */
export function loadEarlyIfNear(title: string, start: () => void): void {
  if (typeof document === 'undefined' || typeof window === 'undefined') return;
  waiting.set(title, start);
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    const viewHeight = window.innerHeight;
    for (const frame of document.querySelectorAll<HTMLElement>('section.kit-widget--loading[aria-label]')) {
      const go = waiting.get(frame.getAttribute('aria-label') ?? '');
      if (go && isNearView(frame.getBoundingClientRect(), viewHeight)) go();
    }
    waiting.clear();
  }, 0);
}
