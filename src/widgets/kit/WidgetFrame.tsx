// The box every widget sits in: a titled, labelled region with an optional notice area, and an error
// boundary so that a widget that throws shows a contained message while the chapter keeps working.
import { Component, useSyncExternalStore, type ComponentType, type ReactNode, type Ref } from 'react';
import { editedOps, subscribeEditedOps } from '../../lab';
import { WidgetNameContext } from './urlPrefixes';
import './kit.css';

export function WidgetFrame(props: {
  title: string;
  children: ReactNode;
  caption?: ReactNode;
  className?: string;
  frameRef?: Ref<HTMLElement>;
}) {
  // While a reader runs edited engine ops (chapter 12's engine editor), every widget says so.
  const edited = useSyncExternalStore(subscribeEditedOps, editedOps, editedOps);
  return (
    <section className={`kit-widget ${props.className ?? ''}`} aria-label={props.title} ref={props.frameRef}>
      <h3 className="kit-widget__title">
        {props.title}
        {edited.length > 0 && <span className="kit-widget__edited"> · edited engine: your {edited.join(', ')}</span>}
      </h3>
      {props.children}
      {props.caption && <p className="kit-widget__caption">{props.caption}</p>}
    </section>
  );
}

/** A dismissible notice: URL values that were rejected, a diverged run, a finished exercise. */
export function Notice(props: { tone?: 'info' | 'warn' | 'danger' | 'ok'; children: ReactNode; onDismiss?: () => void }) {
  const tone = props.tone ?? 'info';
  return (
    <div className={`kit-notice kit-notice--${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
      <div className="kit-notice__body">{props.children}</div>
      {props.onDismiss && (
        <button type="button" className="kit-button kit-button--quiet" onClick={props.onDismiss}>Dismiss</button>
      )}
    </div>
  );
}

interface BoundaryProps { name: string; children: ReactNode }
interface BoundaryState { error: Error | null }

export class WidgetBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { error: null };
  static getDerivedStateFromError(error: Error): BoundaryState {
    return { error };
  }
  componentDidCatch(error: Error): void {
    // Reported as a warning, not an error: the page handled it and stays usable.
    console.warn(`Widget "${this.props.name}" stopped:`, error);
  }
  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="kit-widget kit-widget--crashed" role="alert">
        <strong>The “{this.props.name}” widget stopped working.</strong>
        <p>The rest of the chapter is fine. The widget reported: <code>{this.state.error.message}</code></p>
        <button type="button" className="kit-button" onClick={() => this.setState({ error: null })}>Try again</button>
      </div>
    );
  }
}

/** Wraps a widget component in its own error boundary (and names it for the kit's messages). Every exported widget goes through this. */
export function widget<P extends object>(name: string, Inner: ComponentType<P>): ComponentType<P> {
  const Wrapped = (props: P) => (
    <WidgetBoundary name={name}>
      <WidgetNameContext.Provider value={name}>
        <Inner {...props} />
      </WidgetNameContext.Provider>
    </WidgetBoundary>
  );
  Wrapped.displayName = `Widget(${name})`;
  return Wrapped;
}
