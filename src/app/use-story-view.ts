/**
 * What the page shows of the story now: the features the layers, the month or the tour stop leave,
 * the selection among them, those on the map (the places filter narrows it while its list shows,
 * never the tour's map), and what the reader, the key, the timeline and the handouts derive from them.
 */
import { useMemo } from 'react';
import { placesOnMap } from '../places/place-filter.ts';
import { listOrder } from '../places/list-order.ts';
import type { StoryFeature, TourStop } from '../story/schema.ts';
import { layerCounts, quoteFeatureIndex } from '../story/selectors.ts';
import type { Story } from '../story/validate-story.ts';
import { stopFilter, storyMonths, visibleFeatures } from '../story/visibility.ts';
import type { AppState } from './app-state.ts';

export function useStoryView(story: Story | null, state: AppState, mapStop: TourStop | undefined) {
  const { hiddenLayers, until, tab, placesFilter, selectedId } = state;
  const visible = useMemo(
    () => (story ? visibleFeatures(story.features, mapStop ? stopFilter(mapStop) : { hiddenLayers, until }) : []),
    [story, hiddenLayers, until, mapStop],
  );
  const selected: StoryFeature | undefined = visible.find((f) => f.id === selectedId);
  const filtered = tab === 'places' && !mapStop;
  const onMap = useMemo(() => (filtered ? placesOnMap(visible, placesFilter, selectedId) : visible), [filtered, visible, placesFilter, selectedId]);
  const months = useMemo(() => (story ? storyMonths(story.features) : []), [story]);
  const counts = useMemo(() => layerCounts(story?.features ?? []), [story]);
  // Each passage sentence and the shown features it speaks of, in story order.
  const quoteFeatures = useMemo(() => quoteFeatureIndex(visible), [visible]);
  // The handouts' numbers: the places list's order.
  const numbers = useMemo(() => new Map(listOrder(visible, '').flatMap((g) => g.features).map((f, i) => [f.id, i + 1])), [visible]);
  return { visible, selected, onMap, months, counts, quoteFeatures, numbers };
}
