/**
 * Choosing a feature and letting it go: from the map (rendered at once, so that its passage and the
 * focus on it are there in the next frame: Leaflet's events are not React's), from a sentence of the
 * reader (its features, the one chosen already kept first), and closing the passage, which gives
 * focus back to where it came from.
 */
import { useCallback, useRef, type Dispatch, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { AppAction } from './app-state.ts';
import { returnFocus } from './return-focus.ts';
import type { MapHandle } from '../map/map-handle.ts';

export function useSelection(
  dispatch: Dispatch<AppAction>,
  selectedId: string | null,
  map: RefObject<MapHandle | null>,
  quoteFeatures: ReadonlyMap<string, readonly { id: string }[]>,
) {
  const openerRef = useRef<Element | null>(null);
  const select = useCallback(
    (id: string, related?: string[]) => {
      openerRef.current = document.activeElement;
      dispatch({ type: 'select', id, related });
    },
    [dispatch],
  );
  const selectFromMap = useCallback((id: string) => flushSync(() => select(id)), [select]);
  const selectQuote = useCallback(
    (quote: string) => {
      const ids = (quoteFeatures.get(quote) ?? []).map((f) => f.id);
      const primary = selectedId && ids.includes(selectedId) ? selectedId : ids[0];
      if (primary) select(primary, ids);
    },
    [quoteFeatures, selectedId, select],
  );
  const closePassage = useCallback(() => {
    const feature = selectedId ? map.current?.featureElement(selectedId) : undefined;
    dispatch({ type: 'close' });
    returnFocus(openerRef.current, feature, () => map.current?.focus());
    map.current?.closeTooltips();
  }, [dispatch, map, selectedId]);
  return { select, selectFromMap, selectQuote, closePassage };
}
