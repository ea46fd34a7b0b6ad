/**
 * The app's root component, shared by main.tsx and the build's prerender, which chooses between the story map
 * and the presenter window, and holds which story is shown: another one opened replaces it, the app drawn anew.
 */
import { lazy, StrictMode, Suspense, useCallback, useMemo, useState } from 'react';
import { App } from './App.tsx';
import { presenterStopFromHash } from './presenter/presenter-route.ts';
import type { ShownStory } from './story-package/story-source.ts';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { StoryWordsContext } from './ui/story-words.ts';
import { wordsOf } from './story/story-words.ts';

// The presenter window is its own chunk: the story map's page never loads it, nor does the build's prerender.
const PresenterApp = lazy(() => import('./PresenterApp.tsx').then((module) => ({ default: module.PresenterApp })));

/**
 * The whole page, the same at build time (prerendered into index.html) and in the browser: the story
 * map, or, at `#/presenter/N`, the presenter window of a tour shown in another window.
 */
export function Root({ shown: first, hash }: { shown: ShownStory; hash: string }) {
  const [current, setCurrent] = useState({ shown: first, hash, revision: 0 });
  // Another story: the app starts afresh on its first view (no place nor stop of the story before).
  const show = useCallback((shown: ShownStory) => {
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
    setCurrent((now) => ({ shown: { ...shown, replaced: true }, hash: '', revision: now.revision + 1 }));
  }, []);
  const presenterStop = presenterStopFromHash(current.hash);
  const { load } = current.shown;
  // What the story calls its layers and kinds of flow, for all that names them.
  const given = load.status === 'ready' ? load.story.article.words : undefined;
  const words = useMemo(() => wordsOf(given), [given]);
  return (
    <StrictMode>
      <ErrorBoundary>
        <StoryWordsContext value={words}>
          {presenterStop === null ? (
            <App key={current.revision} load={load} hash={current.hash} share={{ shown: current.shown, show }} />
          ) : (
            <Suspense>
              <PresenterApp load={load} stop={presenterStop} />
            </Suspense>
          )}
        </StoryWordsContext>
      </ErrorBoundary>
    </StrictMode>
  );
}
