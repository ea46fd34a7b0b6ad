/**
 * The app's root component, shared by main.tsx and the build's prerender, which chooses between the story map
 * and the presenter window.
 */
import { lazy, StrictMode, Suspense } from 'react';
import { App } from './App.tsx';
import { presenterStopFromHash } from './presenter/presenter-route.ts';
import type { StoryLoad } from './story/story-load.ts';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';

// The presenter window is its own chunk: the story map's page never loads it, nor does the build's prerender.
const PresenterApp = lazy(() => import('./PresenterApp.tsx').then((module) => ({ default: module.PresenterApp })));

/**
 * The whole page, the same at build time (prerendered into index.html) and in the browser: the story
 * map, or, at `#/presenter/N`, the presenter window of a tour shown in another window.
 */
export function Root({ load, hash }: { load: StoryLoad; hash: string }) {
  const presenterStop = presenterStopFromHash(hash);
  return (
    <StrictMode>
      <ErrorBoundary>
        {presenterStop === null ? (
          <App load={load} hash={hash} />
        ) : (
          <Suspense>
            <PresenterApp load={load} stop={presenterStop} />
          </Suspense>
        )}
      </ErrorBoundary>
    </StrictMode>
  );
}
