/**
 * The draft's tour: a stop for each paragraph that names places, showing those places and quoting the
 * sentences that name them, the camera framing them all.
 */
import type { StoryFeature, Tour, TourStop } from '../story/schema.ts';
import { MAX_NAME_LENGTH } from '../story/plain-text.ts';
import type { Sentence } from './sentences.ts';

/** How far the camera's box reaches beyond the places it frames, in degrees. */
export const TOUR_DEFAULTS = { margin: { city: 0.5, region: 2, country: 3 } as Record<string, number> };

function cameraOf(features: readonly StoryFeature[]): TourStop['camera'] {
  const boxes = features.flatMap(({ geometry, properties }) => {
    if (geometry.type !== 'Point') return [];
    const [lon = 0, lat = 0] = geometry.coordinates;
    const margin = TOUR_DEFAULTS.margin[properties.precision] ?? 1;
    return [[lon - margin, lat - margin, lon + margin, lat + margin]];
  });
  const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));
  const west = clamp(Math.min(...boxes.map((box) => box[0] ?? 0)), 180);
  const south = clamp(Math.min(...boxes.map((box) => box[1] ?? 0)), 85);
  const east = clamp(Math.max(...boxes.map((box) => box[2] ?? 0)), 180);
  const north = clamp(Math.max(...boxes.map((box) => box[3] ?? 0)), 85);
  return { bbox: [west, south, east, north] };
}

function titleOf(number: number, features: readonly StoryFeature[]): string {
  const title = `Paragraph ${number}: ${features.map((feature) => feature.properties.label ?? feature.properties.name).join(', ')}`;
  return title.length <= MAX_NAME_LENGTH ? title : `${title.slice(0, MAX_NAME_LENGTH - 1)}…`;
}

export function draftTour(headline: string, sentences: readonly Sentence[], features: readonly StoryFeature[]): Tour | undefined {
  const paragraphs = [...new Set(sentences.filter((sentence) => sentence.kind === 'paragraph').map((sentence) => sentence.part))];
  const stops = paragraphs.flatMap((part, index): TourStop[] => {
    const texts = new Set(sentences.filter((sentence) => sentence.part === part).map((sentence) => sentence.text));
    const shown = features.filter((feature) => feature.properties.passage.some((quote) => texts.has(quote)));
    if (shown.length === 0) return [];
    const passage = [...new Set(shown.flatMap((feature) => feature.properties.passage.filter((quote) => texts.has(quote))))];
    passage.sort((a, b) => [...texts].indexOf(a) - [...texts].indexOf(b));
    return [{ title: titleOf(index + 1, shown), features: shown.map((feature) => feature.id), camera: cameraOf(shown), layers: ['context'], passage }];
  });
  const title = `Draft tour: ${headline}`;
  return stops.length === 0 ? undefined : { title: title.length <= MAX_NAME_LENGTH ? title : `${title.slice(0, MAX_NAME_LENGTH - 1)}…`, stops };
}
