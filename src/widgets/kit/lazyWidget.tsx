// A widget whose code loads on demand, in its own chunk, so a long chapter's first load stays within
// the bundle budget. While the chunk arrives (a few milliseconds from cache) the frame shows the
// widget's title and a short note; the error boundary of widget() still surrounds it.
import { Suspense, lazy, type ComponentType } from 'react';
import { WidgetFrame, widget } from './WidgetFrame';

export function lazyWidget<P extends object>(name: string, title: string, load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  const Loading = () => (
    <WidgetFrame title={title}>
      <p className="kit-help" role="status">Loading the widget…</p>
    </WidgetFrame>
  );
  const WithFallback = (props: P) => (
    <Suspense fallback={<Loading />}>
      <Lazy {...props} />
    </Suspense>
  );
  return widget(name, WithFallback);
}
