/**
 * The explore layout's panels over the map: the key with the layer switches while nothing is chosen,
 * the passage of the chosen feature once something is. The present layout has the tour's panel
 * instead (TourStopPanel.tsx); the map under both is the same and is never made anew.
 */
import { useCallback, useMemo, type Dispatch, type RefObject } from 'react';
import type { AppAction, AppState } from './app-state.ts';
import { LayerToggles } from '../layers/LayerToggles.tsx';
import { PassagePanel } from '../panel/PassagePanel.tsx';
import { FLOW_KINDS, type LayerId } from '../story/kinds.ts';
import type { StoryFeature } from '../story/schema.ts';
import type { Story } from '../story/validate-story.ts';
import { MapKey } from '../ui/MapKey.tsx';

export function ExplorePanels({ story, state, dispatch, visible, selected, counts, keyRef, panelRef, readButtonRef, onSelect, onClose, onReadArticle }: {
  story: Story;
  state: AppState;
  dispatch: Dispatch<AppAction>;
  /** The features the layers and the date show. */
  visible: readonly StoryFeature[];
  selected: StoryFeature | undefined;
  counts: Record<LayerId, number>;
  keyRef: RefObject<HTMLElement | null>;
  panelRef: RefObject<HTMLElement | null>;
  readButtonRef: RefObject<HTMLButtonElement | null>;
  /** Selects a feature with the ones shown beside it. */
  onSelect: (id: string, related: string[]) => void;
  onClose: () => void;
  onReadArticle: () => void;
}) {
  const setLayer = useCallback((layer: LayerId, on: boolean) => dispatch({ type: 'set-layer', layer, visible: on }), [dispatch]);
  // The key lists the layers and kinds of line the story has, not every one the app can draw.
  const { layers, needs } = useMemo(() => {
    const all = story.features.map((f) => f.properties);
    const kinds = FLOW_KINDS.filter((kind) => all.some((p) => p.flow === kind));
    return { layers: new Set(all.map((p) => p.layer)), needs: { kinds, uncertain: all.some((p) => p.uncertain === true), tolls: all.some((p) => p.deaths !== undefined) } };
  }, [story]);
  return (
    <>
      <MapKey hidden={selected !== undefined} keyRef={keyRef} needs={needs}>
        <LayerToggles layers={layers} counts={counts} hiddenLayers={state.hiddenLayers} onChange={setLayer} />
      </MapKey>
      {selected && (
        <PassagePanel
          feature={selected}
          parts={story.parts}
          published={story.article.published}
          related={visible.filter((f) => state.relatedIds.includes(f.id))}
          onSelect={(id) => onSelect(id, [...(state.selectedId ? [state.selectedId] : []), ...state.relatedIds])}
          onClose={onClose}
          onReadArticle={onReadArticle}
          panelRef={panelRef}
          readButtonRef={readButtonRef}
        />
      )}
    </>
  );
}
