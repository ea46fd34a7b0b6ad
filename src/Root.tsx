import { StrictMode } from 'react';
import { App } from './App.tsx';
import type { StoryLoad } from './story/story-load.ts';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';

/** The whole page, the same at build time (prerendered into index.html) and in the browser. */
export function Root({ load, hash }: { load: StoryLoad; hash: string }) {
  return (
    <StrictMode>
      <ErrorBoundary>
        <App load={load} hash={hash} />
      </ErrorBoundary>
    </StrictMode>
  );
}
