// Keeps a failure contained: a chapter whose body throws shows a message and a way back, while the
// header, sidebar and navigation keep working. (Each widget also has its own boundary from the kit.)
import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message: "this chapter". */
  what: string;
  children: ReactNode;
  /** Changing this value (e.g. the chapter slug) clears a previous error. */
  resetKey?: string;
}

interface State {
  error: Error | null;
  resetKey?: string;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: Error): void {
    console.warn(`${this.props.what} failed to render:`, error);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-box" role="alert">
        <strong>Sorry, {this.props.what} could not be shown.</strong>
        <p>
          The error was: <code>{this.state.error.message}</code>. Reloading the page often helps; the
          rest of the site still works.
        </p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
