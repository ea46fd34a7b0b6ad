/**
 * The draft as the story folder's files, name → text, in the form `npm run validate`, the build and
 * "Export story" take: article.json, one `<layer>.geojson` per layer (accepted places and the flows)
 * and tour.json. Pure.
 */
import { LAYER_IDS, type StoryFeature, type TourStop } from '../story/schema.ts';
import { MAX_NAME_LENGTH } from '../story/plain-text.ts';
import { ARTICLE_FILE, TOUR_FILE, layerFile } from '../story/story-files.ts';
import type { DraftFlow, DraftPlace, DraftState } from './draft-model.ts';
import { liveStops, type LiveStop } from './draft-stops.ts';
import { withPlainWords } from '../story/story-words.ts';

/** How far a stop's camera reaches beyond its places, in degrees. */
export const FILES_DEFAULTS = { stopMargin: 1 };

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function pointOf(place: DraftPlace): StoryFeature {
  const { name, label, layer, precision, source, passage, date, endDate, deaths, note, city } = place;
  return {
    type: 'Feature',
    id: place.id,
    geometry: { type: 'Point', coordinates: place.coordinates },
    properties: {
      name,
      ...(label.trim() !== '' && label !== name && { label }),
      ...(city !== undefined && { city }),
      layer,
      ...(date !== undefined && { date }),
      ...(endDate !== undefined && { endDate }),
      ...(deaths !== undefined && { deaths: { record: deaths } }),
      precision,
      passage,
      ...(note !== undefined && { note }),
      source,
    },
  };
}

function lineOf(flow: DraftFlow, places: ReadonlyMap<string, DraftPlace>): StoryFeature[] {
  const start = places.get(flow.from);
  const end = places.get(flow.to);
  if (!start || !end) return [];
  const { name, date, endDate, passage } = flow;
  return [
    {
      type: 'Feature',
      id: flow.id,
      geometry: { type: 'LineString', coordinates: [start.coordinates, end.coordinates] },
      properties: {
        name,
        layer: 'flows',
        flow: flow.flow,
        date,
        ...(endDate !== undefined && { endDate }),
        precision: 'city',
        passage,
        source: `Drawn in the story editor from ${start.name} to ${end.name}`,
      },
    },
  ];
}

function stopOf(stop: LiveStop, features: ReadonlyMap<string, StoryFeature>): TourStop[] {
  const shown = stop.features.flatMap((id) => features.get(id) ?? []);
  if (shown.length === 0) return [];
  const points = shown.flatMap(({ geometry }) => (geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'LineString' ? geometry.coordinates : []));
  const lons = points.map(([lon = 0]) => lon);
  const lats = points.map(([, lat = 0]) => lat);
  const margin = FILES_DEFAULTS.stopMargin;
  const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));
  const bbox = [clamp(Math.min(...lons) - margin, 180), clamp(Math.min(...lats) - margin, 85), clamp(Math.max(...lons) + margin, 180), clamp(Math.max(...lats) + margin, 85)];
  const layers = LAYER_IDS.filter((layer) => shown.some((feature) => feature.properties.layer === layer));
  return [{ title: stop.title, features: shown.map((feature) => feature.id), camera: { bbox }, layers, passage: stop.passage }];
}

/** The story folder's files for the draft; none before an article has been split. */
export function draftFiles(state: DraftState): Record<string, string> {
  if (!state.article) return {};
  const accepted = state.places.filter((place) => place.status === 'accepted');
  const everyPlace = new Map(state.places.map((place) => [place.id, place]));
  const features = [...accepted.map(pointOf), ...state.flows.flatMap((flow) => lineOf(flow, everyPlace))];
  const files: Record<string, string> = { [ARTICLE_FILE]: json(withPlainWords(state.article)) };
  for (const layer of LAYER_IDS) {
    files[layerFile(layer)] = json({ type: 'FeatureCollection', features: features.filter((feature) => feature.properties.layer === layer) });
  }
  const byId = new Map(features.map((feature) => [feature.id, feature]));
  const stops = liveStops(state).flatMap((stop) => stopOf(stop, byId));
  const title = `Tour: ${state.article.headline}`;
  if (stops.length > 0) files[TOUR_FILE] = json({ title: title.length <= MAX_NAME_LENGTH ? title : `${title.slice(0, MAX_NAME_LENGTH - 1)}…`, stops });
  return files;
}
