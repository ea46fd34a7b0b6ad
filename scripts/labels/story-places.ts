/**
 * What the basemap's names need of the story: where its places are and what its article says. The
 * story comes validated (scripts/prerender-plugin.ts `readStory`), so that no other code reads geo/.
 */
import { firstRegion } from '../../src/map/first-bounds.ts';
import { articleToText } from '../../src/story/article-text.ts';
import type { Story } from '../../src/story/validate-story.ts';

/** The story's places and text, for ranking the basemap's names. */
export interface StoryPlaces {
  /** Every Point feature's position and both ends of every line (flows), GeoJSON `[lon, lat]`. */
  points: [number, number][];
  /** The article's text: kicker, headline, standfirst, paragraphs, captions and credits. */
  text: string;
  /**
   * Where the basemap names smaller cities, `[west, south, east, north]`: the region of the map's first
   * view (map/first-bounds.ts), with `REGION_MARGIN` degrees round it; `null` with no story.
   */
  region?: readonly [number, number, number, number] | null | undefined;
}

/** Degrees round the first view's region in which the basemap names its smaller cities too: what a pan or a phone's frame shows. */
export const REGION_MARGIN = 10;

/** No story: nothing outranks the basemap's own order, and every city is one the story never names. */
export const NO_STORY: StoryPlaces = { points: [], text: '', region: null };

/** The places and text of a validated story. */
export function storyPlaces(story: Pick<Story, 'article' | 'features'>): StoryPlaces {
  const positions = story.features.flatMap(({ geometry }) => {
    if (geometry.type === 'Point') return [geometry.coordinates];
    if (geometry.type === 'Polygon') return [];
    const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
    return lines.flatMap((line) => [line[0], line.at(-1)]);
  });
  const points = positions.flatMap((p): [number, number][] => (p?.[0] === undefined || p[1] === undefined ? [] : [[p[0], p[1]]]));
  const [[south, west], [north, east]] = firstRegion(story.features).wide;
  const region = [Math.max(-180, west - REGION_MARGIN), Math.max(-90, south - REGION_MARGIN), Math.min(180, east + REGION_MARGIN), Math.min(90, north + REGION_MARGIN)] as const;
  return { points, text: articleToText(story.article), region };
}

/** A regular expression's text matching `literal` as it is. */
function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What the text names, given names and other forms (`form → name`, or `null` for a form that holds a
 * name but is not it: "Latin America"). Forms match whole words, case and all ("Nice", not "nice");
 * where forms overlap the longest wins ("Papua New Guinea" is not Guinea).
 */
export function namedIn(text: string, forms: ReadonlyMap<string, string | null>): Set<string> {
  const named = new Set<string>();
  if (forms.size === 0) return named;
  const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  for (const [form] of text.matchAll(pattern)) {
    const name = forms.get(form);
    if (name) named.add(name);
  }
  return named;
}
