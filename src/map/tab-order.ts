/**
 * The map's Tab order: its places, then its lines, each city by city in the places list's order (by
 * layer, then date; story/selectors.ts inMapOrder), not in the order Leaflet happened to add its
 * buttons (lines first, then places hopping round the globe as zooming re-made their groups). Only
 * the DOM order changes: the panes stack by z-index, and Leaflet finds a pane and its layers by reference.
 */
import { useContext, useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { StoryFeature } from '../story/schema.ts';
import { inMapOrder } from '../story/selectors.ts';
import { nearRegion } from './first-bounds.ts';
import { FirstRegionContext } from './first-region-context.ts';

/** A feature's button (a place, a group, a line's band): the ids it stands for. */
function idsOf(element: Element): string[] {
  return (element.getAttribute('data-group-of') ?? element.getAttribute('data-feature-id') ?? '').split(' ').filter(Boolean);
}

/**
 * Puts the feature buttons among `parent`'s children in order of `rank`, the others where they were
 * relative to each other. The button that has focus is not moved (moving it would blur it): the
 * others are set before and after it.
 */
export function orderButtons(parent: Element, rank: ReadonlyMap<string, number>): void {
  const buttons = [...parent.children].filter((element) => idsOf(element).length > 0);
  const at = (element: Element) => Math.min(...idsOf(element).map((id) => rank.get(id) ?? Number.POSITIVE_INFINITY));
  const sorted = buttons.map((element, i) => ({ element, rank: at(element), i })).sort((a, b) => a.rank - b.rank || a.i - b.i).map(({ element }) => element);
  if (sorted.every((element, i) => element === buttons[i])) return;
  const focused = sorted.find((element) => element.contains(document.activeElement));
  const anchor = focused ?? buttons[buttons.length - 1];
  if (!anchor) return;
  const i = sorted.indexOf(anchor);
  anchor.before(...sorted.slice(0, i));
  anchor.after(...sorted.slice(i + 1));
}

/**
 * Keeps the buttons of `features` in the places list's order whenever `drawn` (the symbols at this
 * zoom, the lines drawn) changes: the places' (marker pane) before the lines' (overlay pane) in the
 * DOM, each pane's buttons in order.
 */
export function useListTabOrder(features: readonly StoryFeature[], drawn: unknown, pane: 'markerPane' | 'overlayPane'): void {
  const map = useMap();
  const { wide } = useContext(FirstRegionContext);
  const rank = useMemo(() => new Map(inMapOrder(features, (feature) => nearRegion(wide, feature)).map((feature, i) => [feature.id, i])), [features, wide]);
  useEffect(
    function orderTabStops() {
      const [markers, overlay] = [map.getPane('markerPane'), map.getPane('overlayPane')];
      if (!markers || !overlay) return;
      if (markers.compareDocumentPosition(overlay) & Node.DOCUMENT_POSITION_PRECEDING) markers.after(overlay);
      if (pane === 'markerPane') orderButtons(markers, rank);
      else for (const group of overlay.querySelectorAll('svg > g')) orderButtons(group, rank);
    },
    [map, rank, drawn, pane],
  );
}
