/**
 * The places filter: the words typed in the Places tab, matched against names regardless of case and
 * accents. The list and the map show the same matches; the map also keeps the place whose passage is
 * open, so that typing never takes away what the reader is looking at.
 */
import type { StoryFeature } from '../story/schema.ts';

/** Lower case without accents, so that "cafe" finds "Café". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Whether a feature's name holds every word of the filter; an empty filter matches all. */
export function filterMatcher(filter: string): (feature: StoryFeature) => boolean {
  const words = foldText(filter).split(/\s+/).filter(Boolean);
  // With no filter, no name is folded: folding every name cost the page's start-up a few ms.
  if (words.length === 0) return () => true;
  return function matches(feature) {
    const name = foldText(feature.properties.name);
    return words.every((word) => name.includes(word));
  };
}

/** The features the map shows under the filter, in their order: the matches, and the one kept (the selection). */
export function placesOnMap(features: readonly StoryFeature[], filter: string, keepId: string | null): readonly StoryFeature[] {
  const matches = filterMatcher(filter);
  const shown = features.filter((feature) => feature.id === keepId || matches(feature));
  return shown.length === features.length ? features : shown;
}

/** What the places count says: how many the map shows of the story's features, and why not all. */
export function placesCountText({ shown, total, filtered, kept }: {
  /** Features in the list (and so on the map). */
  shown: number;
  /** Features in the story. */
  total: number;
  /** Whether a filter is typed. */
  filtered: boolean;
  /** The name of the selected place, kept on the map though the filter leaves it out of the list. */
  kept?: string | undefined;
}): string {
  const count = `${shown} of ${total} places shown on the map`;
  if (kept) return `${count}, and ${kept}, whose passage is open`;
  if (shown < total && !filtered) return `${count} (layers or timeline hide the others)`;
  return count;
}
