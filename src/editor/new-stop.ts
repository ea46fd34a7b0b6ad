/**
 * What a stop added "from the map view" is made of: the places chosen on the map, and the view said
 * in words. Pure functions over the story and the app's selection.
 */
import type { LayerId } from '../story/schema.ts';
import type { Story } from '../story/validate-story.ts';
import type { MapView } from './use-teacher-tour.ts';

/** What is chosen on the map when a stop is added from it (a part of the app's state). */
export interface MapSelection {
  hiddenLayers: readonly LayerId[];
  selectedId: string | null;
  relatedIds: readonly string[];
  /** The Date slider's month (`YYYY-MM`), or null for all dates: the new stop shows what had happened by then. */
  until: string | null;
}

/** The places a new stop shows: the selection and its related places, else those that speak the chosen sentences. */
export function stopFeatures(story: Story, selection: MapSelection, layers: readonly LayerId[], passage: readonly string[]): string[] {
  const shown = story.features.filter((f) => layers.includes(f.properties.layer));
  const chosen = [selection.selectedId, ...selection.relatedIds].filter((id): id is string => shown.some((f) => f.id === id));
  if (chosen.length > 0) return chosen;
  return shown.filter((f) => f.properties.passage.some((quote) => passage.includes(quote))).map((f) => f.id);
}

const degrees = (value: number | undefined, positive: string, negative: string) => `${Math.abs(value ?? 0)}°${(value ?? 0) < 0 ? negative : positive}`;

/** The map's view said in words: "10°W to 44°E, 31°N to 55°N". */
export function viewInWords({ bbox: [west, south, east, north] }: MapView): string {
  return `${degrees(west, 'E', 'W')} to ${degrees(east, 'E', 'W')}, ${degrees(south, 'N', 'S')} to ${degrees(north, 'N', 'S')}`;
}

