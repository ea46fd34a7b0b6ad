import { useMemo, useState } from 'react';
import type L from 'leaflet';
import { useMap, useMapEvents } from 'react-leaflet';
import type { StoryFeature } from '../story/schema.ts';
import { symbolSize } from '../ui/symbols.ts';
import { toLatLng } from './coords.ts';
import { GROUP_SIZE, groupName, groupPlaces, openingZoom, type PlaceToGroup } from './place-grouping.ts';

/** How much larger the tour stop's places are drawn while presenting. */
export const PRESENTING_EMPHASIS = 1.4;

/** One symbol drawn on the map: a place at its true position, or a group of places at their centre. */
export interface DrawnSymbol {
  key: string;
  features: StoryFeature[];
  position: L.LatLngTuple;
  size: number;
  /** The label beside it: the place's label (or name), or the group's city and count. */
  label: string;
  /** Groups only: the zoom at which the group opens (splits in two or more), worked out when asked. */
  opensAt: (() => number) | undefined;
  /** Groups only: its places at zoom 0, in world pixels, for working out when one of them stands alone. */
  atZero: PlaceToGroup[];
}

/** `work`, done the first time it is asked for: a zoom has thousands of groups, and few are opened. */
function once(work: () => number): () => number {
  let value: number | undefined;
  return () => (value ??= work());
}

/** A place's short label: its `label`, else its name. */
export function placeLabel(feature: StoryFeature): string {
  return feature.properties.label ?? feature.properties.name;
}

function pointOf(feature: StoryFeature): L.LatLngTuple | null {
  return feature.geometry.type === 'Point' ? toLatLng(feature.geometry.coordinates) : null;
}

/**
 * The symbols of the story's point places at the map's zoom (followed on `zoomend`): grouped where
 * they would overlap (see place-grouping.ts). The places in `emphasised` are drawn larger.
 */
export function usePlaceSymbols(places: readonly StoryFeature[], emphasised: ReadonlySet<string>): DrawnSymbol[] {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  // Kept the same across renders: handlers taken off and put back in a commit miss a zoom the camera makes at once in it (reduced motion).
  useMapEvents(useMemo(() => ({ zoomend: () => setZoom(map.getZoom()) }), [map]));
  const points = useMemo(
    () =>
      places.flatMap((feature) => {
        const position = pointOf(feature);
        if (!position) return [];
        const size = symbolSize(feature.properties.layer, feature.properties.deaths?.record) * (emphasised.has(feature.id) ? PRESENTING_EMPHASIS : 1);
        const world = map.project(position, 0);
        return [{ feature, position, size: Math.round(size), world }];
      }),
    [map, places, emphasised],
  );
  return useMemo(() => {
    const scale = 2 ** zoom;
    const byId = new Map(points.map((p) => [p.feature.id, p]));
    // A group that holds one of the emphasised places is drawn larger too.
    const groupSize = (ids: readonly string[]) => Math.round(GROUP_SIZE * (ids.some((id) => emphasised.has(id)) ? PRESENTING_EMPHASIS : 1));
    const groups = groupPlaces(points.map((p) => ({ id: p.feature.id, x: p.world.x * scale, y: p.world.y * scale, size: p.size })), { groupSize });
    return groups.map((group): DrawnSymbol => {
      const members = group.ids.map((id) => byId.get(id)).filter((p) => p !== undefined);
      const [first] = members;
      if (members.length === 1 && first) {
        return { key: first.feature.id, features: [first.feature], position: first.position, size: first.size, label: placeLabel(first.feature), opensAt: undefined, atZero: [] };
      }
      const centre = map.unproject([group.x, group.y], zoom);
      const atZero = members.map((p) => ({ id: p.feature.id, x: p.world.x, y: p.world.y, size: p.size }));
      return {
        key: `group:${group.ids.join('+')}`,
        features: members.map((p) => p.feature),
        position: [centre.lat, centre.lng],
        size: group.size,
        label: groupName(members.map((p) => p.feature.properties.city ?? placeLabel(p.feature))),
        opensAt: once(() => openingZoom(atZero, zoom, map.getMaxZoom(), map.options.zoomSnap || 0.25)),
        atZero,
      };
    });
  }, [map, points, zoom, emphasised]);
}
