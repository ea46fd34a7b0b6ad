/**
 * The story map's page: it holds the app's state and lays out the masthead, the sidebar, the map, the passage
 * or tour panel, the key, the timeline and the print handouts.
 */
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useReducer, useRef, useState } from 'react';
import { appReducer, INITIAL_STATE } from './app/app-state.ts';
import { useEscapeStepsBack } from './app/use-escape-steps-back.ts';
import { MapNotices } from './app/MapNotices.tsx';
import { Masthead } from './app/Masthead.tsx';
import { routeFromHash } from './app/route.ts';
import { StorySidebar } from './app/StorySidebar.tsx';
import { ExplorePanels } from './app/ExplorePanels.tsx';
import { TourStopPanel } from './app/TourStopPanel.tsx';
import { useUrlState } from './app/use-url-state.ts';
import { useStoryView } from './app/use-story-view.ts';
import { useSelection } from './app/use-selection.ts';
import { useOnlineTiles } from './app/use-online-tiles.ts';
import { EditTour } from './editor/EditTour.tsx';
import { StoryTools, type StoryShare } from './story-package/StoryTools.tsx';
import { useTeacherTour } from './editor/use-teacher-tour.ts';
import { NewStory } from './story-editor/NewStory.tsx';
import type { BasemapStatus } from './map/basemap/Basemap.tsx';
import type { MapHandle } from './map/map-handle.ts';
import { AudienceLink } from './presenter/AudienceLink.tsx';
import { usePresenterWindow } from './presenter/use-presenter-window.ts';
import { Handouts } from './print/Handouts.tsx';
import type { StoryLoad } from './story/story-load.ts';
import type { StoryFeature } from './story/schema.ts';
import type { Month } from './story/visibility.ts';
import { Timeline } from './timeline/Timeline.tsx';
import { usePresentation } from './tour/use-presentation.ts';
import { Announcer } from './ui/Announcer.tsx';
import { ErrorScreen } from './ui/ErrorScreen.tsx';
import { useFocusAfter } from './ui/use-focus-after.ts';
import { AfterHydration } from './ui/AfterHydration.tsx';
import { useReducedMotion } from './ui/use-reduced-motion.ts';
import { selectionAnnouncement } from './app/selection-announcement.ts';
import { useStoryWords } from './ui/story-words.ts';

// Leaflet needs a browser: the map is its own chunk, loaded beside the story and drawn after hydration.
const StoryMap = lazy(() => import('./map/StoryMap.tsx').then((module) => ({ default: module.StoryMap })));
// The story editor's map draws the same embedded basemap, loaded only when the editor is opened.
const EditorBasemap = lazy(() => import('./map/basemap/Basemap.tsx').then((module) => ({ default: module.Basemap })));

/** The story's features before it has loaded: one array, so that the map's region is worked out once. */
const NO_FEATURES: readonly StoryFeature[] = [];

/** Where the map will be, until it is drawn: the same box, so nothing moves when it comes. */
function MapPlaceholder() {
  return <div className="story-map map-placeholder" />;
}

function initialState(hash: string) {
  return appReducer(INITIAL_STATE, { type: 'load-route', route: routeFromHash(hash) });
}

/** The page: masthead, the article and places beside the map, the passage of the selection, the timeline. */
export function App({ load, hash, share }: {
  load: StoryLoad;
  /** The story shown, where it came from, and how to show another (Share story). */
  share: StoryShare;
  /** The URL hash the page opened with: a place, a tour stop, or the fresh page. */
  hash: string;
}) {
  const [state, dispatch] = useReducer(appReducer, hash, initialState);
  const [basemap, setBasemap] = useState<BasemapStatus>('loading');
  const { tiles, setOnlineTiles, onTilesStatus } = useOnlineTiles(dispatch);
  const [readerFocus, setReaderFocus] = useState(0);
  const mapRef = useRef<MapHandle>(null);
  const featureElement = useCallback((id: string) => mapRef.current?.featureElement(id), []);
  const focusMap = useCallback(() => mapRef.current?.focus(), []);
  const panelRef = useRef<HTMLElement>(null);
  const keyRef = useRef<HTMLElement>(null);
  const coverings = useCallback(() => [panelRef.current, keyRef.current], []);
  const readButtonRef = useRef<HTMLButtonElement>(null);
  const reducedMotion = useReducedMotion();
  useUrlState(state, dispatch);

  const story = load.status === 'ready' ? load.story : null;
  const teacher = useTeacherTour(story);
  const tour = teacher.tour;
  const presentation = usePresentation(tour, teacher.ready, state.tourStop, dispatch, { panel: panelRef, places: featureElement });
  const { stop, stops, blank } = presentation;
  const tourGo = presentation.go;
  const presenting = stop !== undefined;
  const presenterWindow = usePresenterWindow(state.tourStop);
  // The map follows the stop a moment later than the passage: a key press paints the new passage at
  // once, and the map's heavier work (layers, layout, flight) comes in a render of its own.
  const mapStop = useDeferredValue(stop);
  const { visible, selected, onMap, months, counts, quoteFeatures, numbers } = useStoryView(story, state, mapStop);

  useEffect(
    function closeHiddenSelection() {
      if (story && !presenting && state.selectedId && !selected) dispatch({ type: 'close' });
    },
    [story, presenting, state.selectedId, selected],
  );

  const { select, selectFromMap, selectQuote, closePassage } = useSelection(dispatch, state.selectedId, mapRef, quoteFeatures);
  const readArticle = useCallback(() => {
    dispatch({ type: 'read-article' });
    setReaderFocus((n) => n + 1);
  }, []);
  const setUntil = useCallback((month: Month | null) => dispatch({ type: 'set-until', until: month }), []);

  useEscapeStepsBack(state, dispatch, closePassage, readButtonRef);

  const presentRef = useRef<HTMLButtonElement>(null);
  useFocusAfter(presenting, presentRef);
  const layerWords = useStoryWords().layers;

  const announcement =
    stop && state.tourStop !== null ? `Tour stop ${state.tourStop} of ${stops}: ${stop.title}` : selected ? selectionAnnouncement(selected, layerWords) : '';
  return (
    <div className={presenting ? 'app is-presenting' : 'app'}>
      <Masthead article={story?.article} presenting={presenting} onSkipToMap={focusMap} present={tour && !presenting ? { from: presentation.resumeAt, stops, start: () => tourGo(presentation.resumeAt) } : null} presentRef={presentRef} onlineTiles={state.onlineTiles} onOnlineTiles={setOnlineTiles}>
        {story && !presenting && <EditTour story={story} teacher={teacher} selection={state} />}
        {story && !presenting && <StoryTools story={story} share={share} />}
        {!presenting && <NewStory basemap={EditorBasemap} story={story} />}
      </Masthead>
      <div className="stage">
        {story && !presenting && (
          <StorySidebar
            story={story}
            state={state}
            dispatch={dispatch}
            visible={visible}
            selected={selected}
            quoteFeatures={quoteFeatures}
            readerFocus={readerFocus}
            reducedMotion={reducedMotion}
            hasTour={tour !== null}
            onQuote={selectQuote}
            onSelect={selectFromMap}
          />
        )}
        <main className="map-area">
          <Suspense fallback={<MapPlaceholder />}>
            <AfterHydration fallback={<MapPlaceholder />}>
              <StoryMap
                key={story ? 'story' : 'no-story'}
                features={onMap}
                storyFeatures={story?.features ?? NO_FEATURES}
                selectedId={selected && !presenting ? state.selectedId : null}
                relatedIds={mapStop ? mapStop.features : state.relatedIds}
                camera={mapStop?.camera}
                onActivate={selectFromMap}
                ref={mapRef}
                onlineTiles={state.onlineTiles}
                onTilesStatus={onTilesStatus}
                onBasemapStatus={setBasemap}
                coverings={coverings}
                reducedMotion={reducedMotion}
                onView={teacher.onView}
                ink={presenting && state.tourStop !== null ? { stop: state.tourStop, wire: presenterWindow.wire } : undefined}
              />
            </AfterHydration>
          </Suspense>
          <MapNotices basemap={basemap} tiles={tiles} />
          {story && !presenting && (
            <ExplorePanels
              story={story}
              state={state}
              dispatch={dispatch}
              visible={visible}
              selected={selected}
              counts={counts}
              keyRef={keyRef}
              panelRef={panelRef}
              readButtonRef={readButtonRef}
              onSelect={select}
              onClose={closePassage}
              onReadArticle={readArticle}
            />
          )}
          {story && state.tourStop !== null && (
            <TourStopPanel story={story} presentation={presentation} number={state.tourStop} panelRef={panelRef} onPresenter={presenterWindow.open} />
          )}
          {load.status === 'invalid' && <ErrorScreen title="The story data has problems" problems={load.problems} />}
        </main>
        {story && !presenting && <Timeline features={story.features} months={months} until={state.until} onChange={setUntil} />}
      </div>
      <Announcer message={announcement} />
      {tour && <AudienceLink tour={{ stop: state.tourStop, blank, go: tourGo, toggle: (type) => presentation.command({ type }) }} presenter={presenterWindow} />}
      {blank && (
        <div className="blank-screen" role="status">
          <span className="visually-hidden">The screen is blank. Press any key to bring it back.</span>
        </div>
      )}
      {story && <Handouts features={visible} numbers={numbers} parts={story.parts} article={story.article} tour={tour} />}
    </div>
  );
}
