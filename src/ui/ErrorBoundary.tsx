/**
 * The page's last resort, round the whole app (Root.tsx): an error screen in place of a component tree that
 * crashed.
 */
import { Component, type ReactNode } from 'react';
import { ErrorScreen } from './ErrorScreen.tsx';

/** Catches a crash anywhere below it and shows what went wrong rather than a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render() {
    const { error } = this.state;
    return error ? <ErrorScreen title="Something went wrong" problems={[error.message]} /> : this.props.children;
  }
}
