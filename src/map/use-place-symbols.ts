import { useMemo, useState } from 'react';
import type L from 'leaflet';
import { useMap, useMapEvents } from 'react-leaflet';
import type { StoryFeature } from '../story/schema.ts';
import { symbolSize } from '../ui/symbols.ts';
import { toLatLng } from './coords.ts';
import { GROUP_SIZE, groupName, groupPlaces, openingZoom, type PlaceToGroup } from './place-grouping.ts';
import { LEAST_TARGET, symbolScale, targetSize } from './symbol-scale.ts';
import { SPIDER_MOST, spiderOffsets } from './spider.ts';
import { CAMERA_MAX_ZOOM } from './camera-limits.ts';
import { placeLabel, symbolLabel } from './place-names.ts';
import { LAYER_LABELS } from '../story/layers.ts';

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
  /** A place fanned out from a group that cannot open further (spider.ts): its true position, where its line starts. */
  trueAt?: L.LatLngTuple | undefined;
}

/** `work`, done the first time it is asked for: a zoom has thousands of groups, and few are opened. */
function once(work: () => number): () => number {
  let value: number | undefined;
  return () => (value ??= work());
}

/** The least size of a group's disc, in pixels: its count must stay legible. */
const LEAST_GROUP_SIZE = LEAST_TARGET;

/** The name of a group that the camera can open no further: its city, then its places, a line each. */
function shutGroupLabel(features: readonly StoryFeature[]): string {
  const cities = [...new Set(features.map((f) => f.properties.city ?? ''))];
  const labels = features.map(placeLabel);
  const shown = labels.length > 4 ? [...labels.slice(0, 3), `and ${labels.length - 3} more`] : labels;
  return [...(cities.length === 1 && cities[0] ? [cities[0]] : []), ...shown].join('\n');
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
        return [{ feature, position, size, world }];
      }),
    [map, places, emphasised],
  );
  return useMemo(() => {
    const scale = 2 ** zoom;
    const sized = symbolScale(zoom);
    const byId = new Map(points.map((p) => [p.feature.id, p]));
    // A group that holds one of the emphasised places is drawn larger too.
    const groupSizeAt = (ids: readonly string[], at: number) => Math.max(LEAST_GROUP_SIZE, Math.round(GROUP_SIZE * symbolScale(at) * (ids.some((id) => emphasised.has(id)) ? PRESENTING_EMPHASIS : 1)));
    const drawnGroupSize = (ids: readonly string[]) => groupSizeAt(ids, zoom);
    const toGroup = (p: (typeof points)[number]) => ({ id: p.feature.id, x: p.world.x, y: p.world.y, size: p.size, city: p.feature.properties.city });
    const groups = groupPlaces(points.map((p) => ({ ...toGroup(p), x: p.world.x * scale, y: p.world.y * scale, size: Math.round(p.size * sized) })), { groupSize: drawnGroupSize });
    const atCap = zoom >= CAMERA_MAX_ZOOM - 1e-9;
    return groups.flatMap((group): DrawnSymbol[] => {
      const members = group.ids.map((id) => byId.get(id)).filter((p) => p !== undefined);
      const [first] = members;
      if (members.length === 1 && first) {
        return [{ key: first.feature.id, features: [first.feature], position: first.position, size: group.size, label: symbolLabel(first.feature, zoom), opensAt: undefined, atZero: [] }];
      }
      // As close as the camera goes, places that still overlap are fanned out round their centre (spider.ts).
      if (atCap && members.length <= SPIDER_MOST) {
        const largest = Math.max(...members.map((p) => Math.round(p.size * sized)));
        return spiderOffsets(members.length, targetSize(largest)).flatMap(({ dx, dy }, i) => {
          const member = members[i];
          if (!member) return [];
          const at = map.unproject([group.x + dx, group.y + dy], zoom);
          const size = Math.round(member.size * sized);
          return [{ key: member.feature.id, features: [member.feature], position: [at.lat, at.lng], trueAt: member.position, size, label: symbolLabel(member.feature, zoom), opensAt: undefined, atZero: [] }];
        });
      }
      const centre = map.unproject([group.x, group.y], zoom);
      const atZero = members.map(toGroup);
      const features = members.map((p) => p.feature);
      const named = features.map((f) => ({ city: f.properties.city, label: placeLabel(f), kind: LAYER_LABELS[f.properties.layer].plural.toLowerCase() }));
      return [{
        key: `group:${group.ids.join('+')}`,
        features,
        position: [centre.lat, centre.lng],
        size: group.size,
        label: atCap ? shutGroupLabel(features) : groupName(named),
        opensAt: once(() => openingZoom(atZero, zoom, { maxZoom: CAMERA_MAX_ZOOM, step: map.options.zoomSnap || 0.25, scaleAt: symbolScale, groupSizeAt })),
        atZero,
      }];
    });
  }, [map, points, zoom, emphasised]);
}
