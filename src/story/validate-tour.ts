/**
 * The tour's rules: each stop's features exist and are shown, its camera is a real place, its month
 * hides none of its features, and its passage is quoted word for word; for `tour.json` and for a
 * teacher's tour file alike. Also the check of a feature's quotes against the article.
 */
import * as v from 'valibot';
import type { Problem } from './problems.ts';
import { positionProblems } from './geometry-rules.ts';
import { untilProblems } from './date-rules.ts';
import { countOccurrences, type QuotablePart } from './passages.ts';
import { TourSchema, TourStopSchema, type LayerId, type StoryFeature, type Tour, type TourStop } from './schema.ts';
import { TOUR_FILE } from './story-files.ts';
import { parseFile, parseJson } from './parse-file.ts';
import type { Story } from './validate-story.ts';

export function quoteProblems(parts: readonly QuotablePart[], passage: readonly string[], where = 'properties.passage'): string[] {
  return passage.flatMap((quote, i) => {
    const count = parts.reduce((sum, part) => sum + countOccurrences(part.text, quote), 0);
    const shown = quote.length > 70 ? `${quote.slice(0, 70)}…` : quote;
    if (count === 0) return [`${where}[${i}]: not found word for word in the article: "${shown}"`];
    if (count > 1) return [`${where}[${i}]: occurs ${count} times in the article; quote more of it: "${shown}"`];
    return [];
  });
}

/** The stops of a tour file that pass the schema on their own, with their places in the file. */
function stopsThatParse(text: string): [number, TourStop][] {
  const json = parseJson(text);
  const stops = json.ok ? (json.value as { stops?: unknown } | null)?.stops : undefined;
  if (!Array.isArray(stops)) return [];
  return stops.flatMap((raw, i): [number, TourStop][] => {
    const stop = v.safeParse(TourStopSchema, raw);
    return stop.success ? [[i, stop.output]] : [];
  });
}

export function readTour(
  files: Readonly<Record<string, string>>,
  path: string,
  parts: readonly QuotablePart[] | null,
  layerOf: ReadonlyMap<string, LayerId>,
  dateOf: ReadonlyMap<string, string>,
  problems: Problem[],
): Tour | null {
  const text = files[TOUR_FILE];
  if (text === undefined) return null;
  const before = problems.length;
  const tour = parseFile(text, path, TourSchema, problems);
  // A file wrong in one stop may be wrong in others: the stops that pass the schema are checked now, not on the next run.
  (tour ? [...tour.stops.entries()] : stopsThatParse(text)).forEach(([i, stop]) => {
    const where = `stops[${i}] ("${stop.title}")`;
    for (const id of stop.features) {
      const layer = layerOf.get(id);
      if (layer === undefined) problems.push({ file: path, message: `${where}.features: no feature has the id "${id}"` });
      else if (!stop.layers.includes(layer)) problems.push({ file: path, message: `${where}.layers: "${id}" is in the ${layer} layer, which this stop hides` });
    }
    for (const message of untilProblems(stop, dateOf, where)) problems.push({ file: path, message });
    if ('bbox' in stop.camera) {
      const [west = 0, south = 0, east = 0, north = 0] = stop.camera.bbox;
      for (const message of positionProblems([west, south], `${where}.camera.bbox (west, south)`)) problems.push({ file: path, message });
      for (const message of positionProblems([east, north], `${where}.camera.bbox (east, north)`)) problems.push({ file: path, message });
      if (!(west < east && south < north)) problems.push({ file: path, message: `${where}.camera.bbox: must be [west, south, east, north] with west < east and south < north` });
    } else {
      for (const message of positionProblems(stop.camera.center, `${where}.camera.center`)) problems.push({ file: path, message });
    }
    if (parts) {
      for (const message of quoteProblems(parts, stop.passage, `${where}.passage`)) problems.push({ file: path, message });
    }
  });
  return tour === undefined || problems.length > before ? null : tour;
}

/** Each dated feature's date, by id: a tour stop's `until` must not hide the features it shows. */
export function datesOf(features: readonly StoryFeature[]): Map<string, string> {
  return new Map(features.flatMap(({ id, properties }) => (properties.date ? [[id, properties.date] as const] : [])));
}

/**
 * Checks a tour file that is not `tour.json` (a teacher's, imported or kept in the browser) against a
 * valid story, by the same schema and rules; `file` names it in the problems.
 */
export function validateTour(text: string, file: string, story: Story): { ok: true; tour: Tour } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const layerOf = new Map(story.features.map((feature) => [feature.id, feature.properties.layer]));
  const dateOf = datesOf(story.features);
  const tour = readTour({ [TOUR_FILE]: text }, file, story.parts, layerOf, dateOf, problems);
  return tour ? { ok: true, tour } : { ok: false, problems };
}
