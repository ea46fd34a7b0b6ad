/**
 * The symbols of the story's point places at the map's zoom: single places, groups of places that would
 * overlap, and places fanned out where they cannot part.
 */
import { useMemo, useState } from 'react';
import type L from 'leaflet';
import { useMap, useMapEvents } from 'react-leaflet';
import type { StoryFeature } from '../../story/schema.ts';
import { symbolSize } from '../../ui/symbols.ts';
import { toLatLng } from '../coords.ts';
import { GROUP_SIZE, groupPlaces, openingZoom, type PlaceToGroup } from './place-grouping.ts';
import { groupName } from './group-name.ts';
import { groupingSize, LEAST_TARGET, symbolScale, targetSize } from './symbol-scale.ts';
import { clearOf, fansTooFar, SPIDER_MOST, spiderOffsets } from './spider.ts';
import { CAMERA_MAX_ZOOM } from '../camera/camera-limits.ts';
import { placeLabel, symbolLabel } from './place-names.ts';
import { useStoryWords } from '../../ui/story-words.ts';

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

/**
 * How the map groups: cities whose targets would overlap are fanned out (see below), so two cities
 * join wherever their targets overlap at all.
 */
const GROUPING = { collide: 1 };

/** A place's size in the grouping at a zoom (symbol-scale.ts). */
export function placeSizeAt(place: PlaceToGroup, zoom: number): number {
  return groupingSize(place.size, place.city !== undefined, zoom);
}

/** No place held at its true place when a group fans out. */
const NONE: ReadonlySet<string> = new Set();

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
export function usePlaceSymbols(places: readonly StoryFeature[], emphasised: ReadonlySet<string>, anchored: ReadonlySet<string> = NONE): DrawnSymbol[] {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  const layerWords = useStoryWords().layers;
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
    // The story's cities are small marks at an overview (symbol-scale.ts); places with no city (a
    // generated story at scale) keep their full size, grouped as before.
    const byId = new Map(points.map((p) => [p.feature.id, p]));
    const hasCity = (id: string) => byId.get(id)?.feature.properties.city !== undefined;
    // A group that holds one of the emphasised places is drawn larger too.
    const groupSizeAt = (ids: readonly string[], at: number) => Math.max(LEAST_GROUP_SIZE, Math.round(GROUP_SIZE * (ids.some(hasCity) ? symbolScale(at) : 1) * (ids.some((id) => emphasised.has(id)) ? PRESENTING_EMPHASIS : 1)));
    const drawnGroupSize = (ids: readonly string[]) => groupSizeAt(ids, zoom);
    const toGroup = (p: (typeof points)[number]) => ({ id: p.feature.id, x: p.world.x, y: p.world.y, size: p.size, city: p.feature.properties.city });
    type Point = (typeof points)[number];
    const drawnSize = (p: Point) => Math.round(p.size * (hasCity(p.feature.id) ? symbolScale(zoom) : 1));
    // Grouped by their targets (24 px at least): two targets never overlap, so each keeps its own button.
    const groups = groupPlaces(points.map((p) => ({ ...toGroup(p), x: p.world.x * scale, y: p.world.y * scale, size: targetSize(drawnSize(p)) })), { groupSize: drawnGroupSize, ...GROUPING });
    const atCap = zoom >= CAMERA_MAX_ZOOM - 1e-9;
    const latLng = (x: number, y: number): L.LatLngTuple => {
      const at = map.unproject([x, y], zoom);
      return [at.lat, at.lng];
    };
    const single = (p: Point, position = p.position, trueAt?: L.LatLngTuple): DrawnSymbol =>
      ({ key: p.feature.id, features: [p.feature], position, trueAt, size: drawnSize(p), label: symbolLabel(p.feature, zoom), opensAt: undefined, atZero: [] });
    const disc = (members: readonly Point[], x: number, y: number, trueAt?: L.LatLngTuple): DrawnSymbol => {
      const atZero = members.map(toGroup);
      const features = members.map((p) => p.feature);
      const named = features.map((f) => ({ city: f.properties.city, label: placeLabel(f), kind: layerWords[f.properties.layer].counted }));
      return {
        key: `group:${features.map((f) => f.id).join('+')}`,
        features,
        position: latLng(x, y),
        trueAt,
        size: drawnGroupSize(features.map((f) => f.id)),
        label: atCap ? shutGroupLabel(features) : groupName(named),
        opensAt: once(() => openingZoom(atZero, zoom, { maxZoom: CAMERA_MAX_ZOOM, step: map.options.zoomSnap || 0.25, sizeAt: placeSizeAt, groupSizeAt, grouping: GROUPING })),
        atZero,
      };
    };
    const centreOf = (members: readonly Point[]) => ({
      x: (members.reduce((sum, p) => sum + p.world.x, 0) / members.length) * scale,
      y: (members.reduce((sum, p) => sum + p.world.y, 0) / members.length) * scale,
    });
    // A city's places drawn at `at`: its one place, or a disc; on a line from `trueAt` where given.
    const symbolOf = (part: readonly Point[], at: { x: number; y: number }, trueAt?: L.LatLngTuple): DrawnSymbol | null => {
      const [only] = part;
      return part.length === 1 && only ? single(only, latLng(at.x, at.y), trueAt && only.position) : part.length > 1 ? disc(part, at.x, at.y, trueAt) : null;
    };
    const sizeOf = (part: readonly Point[]) => (part.length === 1 && part[0] ? targetSize(drawnSize(part[0])) : drawnGroupSize(part.map((p) => p.feature.id)));
    const apart = (held: readonly Point[], rest: readonly Point[]): DrawnSymbol[] => {
      const [heldAt, restAt] = [centreOf(held), centreOf(rest)];
      const at = clearOf({ ...restAt, size: sizeOf(rest) }, [{ ...heldAt, size: sizeOf(held) }]);
      // On a line from their true centre where they were moved off it.
      const moved = Math.hypot(at.x - restAt.x, at.y - restAt.y) > 0.5;
      return [symbolOf(held, heldAt), symbolOf(rest, at, moved ? latLng(restAt.x, restAt.y) : undefined)].filter((s) => s !== null);
    };
    return groups.flatMap((group): DrawnSymbol[] => {
      const members = group.ids.map((id) => byId.get(id)).filter((p) => p !== undefined);
      const [first] = members;
      if (members.length === 1 && first) return [single(first)];
      // As close as the camera goes, places that still overlap are fanned out round their centre (spider.ts);
      // so are the cities whose symbols would collide, at any zoom, a disc per city: no symbol stands for two.
      const byCity = atCap ? members.map((p) => [p]) : group.cities.length > 1 ? [...group.cities.map((city) => members.filter((p) => p.feature.properties.city === city)), members.filter((p) => p.feature.properties.city === undefined)].filter((part) => part.length > 0) : [];
      if (byCity.length > 1 && byCity.length <= SPIDER_MOST) {
        const largest = Math.max(...members.map((p) => targetSize(drawnSize(p))), drawnGroupSize(group.ids));
        const towards = byCity.map((part) => {
          const { x, y } = centreOf(part);
          return Math.atan2(y - group.y, x - group.x);
        });
        const offsets = spiderOffsets(byCity.length, largest, towards);
        // At a world view a fan would set its cities hundreds of km off (Paris in the Bay of Biscay):
        // there they are one symbol, named by its cities; or, where it holds one chosen city, two.
        const isChosen = (p: Point) => emphasised.has(p.feature.id) || anchored.has(p.feature.id);
        const chosenParts = byCity.filter((part) => part.some(isChosen));
        if (fansTooFar(offsets, latLng(group.x, group.y)[0], zoom)) {
          if (chosenParts.length === 0) return [disc(members, group.x, group.y)];
          // The tour stop's city at its true place, and the others one symbol beside it, clear of it (spider.ts).
          const [held] = chosenParts;
          if (held && chosenParts.length === 1) return apart(held, members.filter((p) => !held.includes(p)));
        }
        // The selection stays at its true place and the others fan out round it: the camera frames
        // it there, and its reader sees it where it is.
        const held = byCity.findIndex((part) => part.some((p) => anchored.has(p.feature.id)));
        const [heldPart, heldSlot] = [byCity[held], offsets[held]];
        const heldAt = heldPart && centreOf(heldPart);
        const [shiftX, shiftY] = heldAt && heldSlot ? [heldAt.x - group.x - heldSlot.dx, heldAt.y - group.y - heldSlot.dy] : [0, 0];
        return offsets.flatMap(({ dx, dy }, i) => {
          const part = byCity[i] ?? [];
          const { x, y } = centreOf(part);
          const drawn = symbolOf(part, { x: group.x + dx + shiftX, y: group.y + dy + shiftY }, i === held ? undefined : latLng(x, y));
          return drawn ? [drawn] : [];
        });
      }
      return [disc(members, group.x, group.y)];
    });
  }, [map, points, zoom, emphasised, anchored, layerWords]);
}
