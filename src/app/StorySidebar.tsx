/**
 * The explore layout's sidebar: the article reader and the places list, as tabs (Sidebar.tsx), wired
 * to the page's state. A quote chosen in the article selects its places; a place chosen in the list
 * selects it, as a click on the map does.
 */
import { useCallback, type Dispatch } from 'react';
import type { AppAction, AppState, SidebarTab } from './app-state.ts';
import { Sidebar } from './Sidebar.tsx';
import { ArticleReader } from '../panel/ArticleReader.tsx';
import { PlacesList } from '../places/PlacesList.tsx';
import { PrintMenu } from '../print/PrintMenu.tsx';
import { hydrateLater } from '../ui/hydrate-later.tsx';
import type { StoryFeature } from '../story/schema.ts';
import type { Story } from '../story/validate-story.ts';

/**
 * In the prerendered page, the sidebar (the article and the places list, most of the page's markup)
 * hydrates after the rest, once the map is made: the map, not the article, is what the page waits on.
 */
export const StorySidebar = hydrateLater(StorySidebarNow);

function StorySidebarNow({ story, state, dispatch, visible, selected, quoteFeatures, readerFocus, reducedMotion, hasTour, onQuote, onSelect }: {
  story: Story;
  state: AppState;
  dispatch: Dispatch<AppAction>;
  /** The features the layers and the date show. */
  visible: readonly StoryFeature[];
  selected: StoryFeature | undefined;
  quoteFeatures: ReadonlyMap<string, readonly { id: string; name: string }[]>;
  /** Changes when "Read in the article" asks the reader to take focus. */
  readerFocus: number;
  reducedMotion: boolean;
  hasTour: boolean;
  onQuote: (quote: string) => void;
  onSelect: (id: string) => void;
}) {
  const setTab = useCallback((tab: SidebarTab) => dispatch({ type: 'set-tab', tab }), [dispatch]);
  const setSheet = useCallback((open: boolean) => dispatch({ type: 'set-sheet', open }), [dispatch]);
  const setFilter = useCallback((filter: string) => dispatch({ type: 'set-places-filter', filter }), [dispatch]);
  return (
    <Sidebar
      tab={state.tab}
      sheetOpen={state.sheetOpen}
      onTab={setTab}
      onSheet={setSheet}
      article={
        <ArticleReader
          article={story.article}
          parts={story.parts}
          quoteFeatures={quoteFeatures}
          selectedQuotes={selected?.properties.passage ?? []}
          focusRequest={readerFocus}
          reducedMotion={reducedMotion}
          onQuote={onQuote}
        />
      }
      places={
        <PlacesList
          features={visible}
          total={story.features.length}
          selectedId={state.selectedId}
          filter={state.placesFilter}
          onFilter={setFilter}
          onSelect={onSelect}
          actions={<PrintMenu hasTour={hasTour} />}
        />
      }
    />
  );
}
