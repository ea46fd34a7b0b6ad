import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { appReducer, INITIAL_STATE } from './app/app-state.ts';
import type { BasemapStatus } from './map/Basemap.tsx';
import type { FeatureElements } from './map/feature-element.ts';
import type { TilesStatus } from './map/OnlineTiles.tsx';
import { StoryMap } from './map/StoryMap.tsx';
import { ArticleReader } from './panel/ArticleReader.tsx';
import { PassagePanel } from './panel/PassagePanel.tsx';
import { loadStory } from './story/load-story.ts';
import { formatProblem, type Story } from './story/validate-story.ts';
import { ErrorScreen } from './ui/ErrorScreen.tsx';
import { MapKey } from './ui/MapKey.tsx';
import { useReducedMotion } from './ui/use-reduced-motion.ts';

type LoadState = { status: 'loading' } | { status: 'ready'; story: Story } | { status: 'invalid'; problems: string[] };

/** Short notices about the map itself, read out politely by screen readers. */
function mapNotices(basemap: BasemapStatus, tiles: TilesStatus | null): string[] {
  const notices: string[] = [];
  if (basemap === 'failed') notices.push('The built-in map could not be loaded: the places are shown on a plain background.');
  if (tiles === 'loading') notices.push('Loading online map tiles…');
  if (tiles === 'failed') notices.push('Online map tiles could not be loaded, so the map shows its built-in basemap.');
  return notices;
}

/** The page: masthead, map, and the passage panel or article reader of the selected feature. */
export function App() {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [state, dispatch] = useReducer(appReducer, INITIAL_STATE);
  const [basemap, setBasemap] = useState<BasemapStatus>('loading');
  const [tiles, setTiles] = useState<TilesStatus | null>(null);
  const [elements] = useState<FeatureElements>(() => new Map());
  const panelRef = useRef<HTMLElement>(null);
  const readButtonRef = useRef<HTMLButtonElement>(null);
  const returnToReadButton = useRef(false);
  const reducedMotion = useReducedMotion();

  useEffect(function loadTheStory() {
    let live = true;
    loadStory().then(
      (result) => {
        if (!live) return;
        setLoad(result.ok ? { status: 'ready', story: result.story } : { status: 'invalid', problems: result.problems.map(formatProblem) });
      },
      (error: unknown) => {
        if (live) setLoad({ status: 'invalid', problems: [`geo/: the story could not be loaded (${String(error)})`] });
      },
    );
    return function ignoreLateStory() {
      live = false;
    };
  }, []);

  const story = load.status === 'ready' ? load.story : null;
  const selected = useMemo(() => story?.features.find((f) => f.id === state.selectedId), [story, state.selectedId]);

  const select = useCallback((id: string) => dispatch({ type: 'select', id }), []);
  const closePassage = useCallback(() => {
    dispatch({ type: 'close' });
    if (state.selectedId) elements.get(state.selectedId)?.focus();
  }, [elements, state.selectedId]);
  const openReader = useCallback(() => dispatch({ type: 'open-reader' }), []);
  const closeReader = useCallback(() => {
    returnToReadButton.current = true;
    dispatch({ type: 'close-reader' });
  }, []);
  const onTilesStatus = useCallback((status: TilesStatus) => {
    setTiles(status);
    if (status === 'failed') dispatch({ type: 'set-online-tiles', on: false });
  }, []);

  useEffect(
    function focusReadButtonAfterReader() {
      if (!state.readerOpen && returnToReadButton.current) {
        returnToReadButton.current = false;
        readButtonRef.current?.focus();
      }
    },
    [state.readerOpen],
  );

  useEffect(
    function closeOnEscape() {
      if (!state.selectedId) return undefined;
      function onKeyDown(event: KeyboardEvent) {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        if (state.readerOpen) closeReader();
        else closePassage();
      }
      document.addEventListener('keydown', onKeyDown);
      return function stopListening() {
        document.removeEventListener('keydown', onKeyDown);
      };
    },
    [state.selectedId, state.readerOpen, closeReader, closePassage],
  );

  const notices = mapNotices(basemap, tiles);
  return (
    <div className="app">
      <header className="masthead">
        <div className="titles">
          <p className="kicker">{story ? `${story.article.kicker} · May 2017` : 'Story map'}</p>
          <h1>{story?.article.headline ?? 'Loading the story…'}</h1>
        </div>
        <label className="option">
          <input
            type="checkbox"
            checked={state.onlineTiles}
            onChange={(event) => {
              setTiles(event.target.checked ? 'loading' : null);
              dispatch({ type: 'set-online-tiles', on: event.target.checked });
            }}
          />
          Online map tiles (OpenStreetMap)
        </label>
      </header>
      <main className="stage">
        <StoryMap
          story={story}
          selectedId={state.selectedId}
          onActivate={select}
          elements={elements}
          onlineTiles={state.onlineTiles}
          onTilesStatus={onTilesStatus}
          onBasemapStatus={setBasemap}
          obscuredBy={panelRef}
          reducedMotion={reducedMotion}
        />
        <div className="notices" role="status" aria-live="polite">
          {notices.map((notice) => (
            <p key={notice} className="notice">
              {notice}
            </p>
          ))}
        </div>
        {story && (
          <MapKey hidden={selected !== undefined}>
            {story.features.length} places and movements from the article. Select one, or reach it with Tab and press Enter,
            to read what the article says of it.
          </MapKey>
        )}
        {story && selected && (
          <PassagePanel
            feature={selected}
            parts={story.parts}
            hidden={state.readerOpen}
            onClose={closePassage}
            onReadArticle={openReader}
            panelRef={panelRef}
            readButtonRef={readButtonRef}
          />
        )}
        {story && selected && state.readerOpen && (
          <ArticleReader
            article={story.article}
            parts={story.parts}
            quotes={selected.properties.passage}
            reducedMotion={reducedMotion}
            onBack={closeReader}
            onClose={closePassage}
          />
        )}
        {load.status === 'invalid' && <ErrorScreen title="The story data has problems" problems={load.problems} />}
      </main>
    </div>
  );
}
