// A widget whose code loads on demand, in its own chunk, so a long chapter's first load stays within
// the bundle budget and its first seconds go to the text. The widget mounts (and its chunk loads)
// when it comes within a screen or so of the viewport; the ones further down mount after load, one
// per idle moment (so a reader who jumps down, and a test, finds them ready). A frame the prerendered
// page shows near the view starts downloading its code even earlier, while the page hydrates
// (earlyLoad.ts). Either way React renders them as a transition, in slices that yield to the reader's
// input. Until then, and while the chunk arrives, the frame shows the widget's title and a short note;
// the error boundary of widget() still surrounds it. The prerendered HTML holds this frame, with a
// note for readers without JavaScript (<noscript>) that the widget needs it.
import { Suspense, lazy, startTransition, useEffect, useRef, useState, type ComponentType, type Ref } from 'react';
import { WidgetFrame, widget } from './WidgetFrame';
import { useNearViewport } from './motion';
import { useHydrated } from './hydration';
import { loadEarlyIfNear } from './earlyLoad';

// Widgets waiting for idle time, mounted one per idle callback after load (in page order): each
// widget's mount is its own piece of work, so a chapter with many widgets below the fold never
// freezes while they all set up at once.
const queue: (() => void)[] = [];
let scheduled = false;
function whenIdle(mount: () => void): () => void {
  queue.push(mount);
  const pump = () => {
    scheduled = false;
    queue.shift()?.();
    if (queue.length) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    const idle = (window as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number }).requestIdleCallback;
    if (idle) idle(pump, { timeout: 1500 });
    else setTimeout(pump, 200);
  };
  const start = () => setTimeout(schedule, 300);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    const i = queue.indexOf(mount);
    if (i >= 0) queue.splice(i, 1);
  };
}

export function lazyWidget<P extends object>(name: string, title: string, load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  const loadOnce = () => (loading ??= load());
  const Lazy = lazy(() => loadOnce().then((component) => ({ default: component })));
  // On a prerendered page, a frame already near the view starts its download now (errors show when it mounts).
  loadEarlyIfNear(title, () => void loadOnce().catch(() => undefined));
  const Loading = (props: { frameRef?: Ref<HTMLElement> }) => {
    // The prerendered page holds this frame; "Loading" is true only once scripts run (after hydration).
    const hydrated = useHydrated();
    return (
      <WidgetFrame title={title} frameRef={props.frameRef} className="kit-widget--loading">
        {hydrated && <p className="kit-help" role="status">Loading the widget…</p>}
        <noscript>
          <p className="kit-help">This interactive widget needs JavaScript. The text around it explains what it shows.</p>
        </noscript>
      </WidgetFrame>
    );
  };
  const WhenNear = (props: P) => {
    const ref = useRef<HTMLElement>(null);
    const near = useNearViewport(ref);
    const [idle, setIdle] = useState(false);
    // A transition: React renders the widget in slices of a few milliseconds, yielding to the page.
    useEffect(() => (near || typeof window === 'undefined' ? undefined : whenIdle(() => startTransition(() => setIdle(true)))), [near]);
    if (!near && !idle) return <Loading frameRef={ref} />;
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
  return widget(name, WhenNear);
}
