/**
 * The city of the story's sites, named in a close view. Zoomed in on a city, each site is named by its
 * own label ("Bataclan", "Maalbeek metro") and the embedded basemap draws no streets and often no city
 * name beside them: the view would not say where it is. So from the zoom at which sites are named by
 * their labels (camera-limits.ts), each city whose sites are in view is named once, in capitals, over
 * its sites, as a city map names its districts: "PARIS", "BRUSSELS".
 */
import { POINT_SIDES } from '../../labels/label-box.ts';
import { LABEL_STYLES, type LabelStyle } from '../../labels/label-style.ts';
import { labelHeight } from '../../labels/prepare-basemap-labels.ts';
import { CITY_NAMES_BELOW_ZOOM } from '../camera/camera-limits.ts';
import type { StoryLabel } from './story-labels.ts';

/** A story symbol seen in the view: where it is, the cities of its places, and its own label. */
export interface SeenSymbol {
  x: number;
  y: number;
  cities: readonly (string | undefined)[];
  label: string;
}

/** Where a city's name is tried: over the middle of its sites, else beside it. */
const SIDES = ['center', ...POINT_SIDES] as const;

/** …else a little farther out, in pixels from the middle, on eight rays (a city's sites crowd its middle). */
const FARTHER = [70, 130];

function around(x: number, y: number): { x: number; y: number }[] {
  return FARTHER.flatMap((r) => [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ x: x + r * Math.cos((i * Math.PI) / 4), y: y + r * Math.sin((i * Math.PI) / 4) })));
}

/**
 * One label per city of the symbols in view, at the middle of its symbols, at `zoom` from
 * `CITY_NAMES_BELOW_ZOOM` on (below it, the sites are named by their city already); none where a
 * symbol holds several cities, nor for a city a symbol's own label names.
 */
export function cityLabels(seen: readonly SeenSymbol[], zoom: number, measure: (text: string, style: LabelStyle, size: number) => number): StoryLabel[] {
  if (zoom < CITY_NAMES_BELOW_ZOOM) return [];
  const cities = new Map<string, { x: number; y: number; count: number }>();
  for (const { x, y, cities: of } of seen) {
    const [city, ...others] = new Set(of);
    if (!city || others.length > 0) continue;
    const sum = cities.get(city) ?? { x: 0, y: 0, count: 0 };
    cities.set(city, { x: sum.x + x, y: sum.y + y, count: sum.count + 1 });
  }
  const style = LABEL_STYLES.storyCity;
  // A city a symbol names already ("Mosul", "Paris · 2 attacks", a focus name's first line "Paris")
  // is not named twice; a site that bears its city's name ("Brussels Airport") does not name the city.
  const names = (line: string, city: string) => line === city || line.startsWith(`${city} · `);
  const named = (city: string) => seen.some((symbol) => symbol.label.toLowerCase().split('\n').some((line) => names(line, city.toLowerCase())));
  return [...cities]
    .filter(([city]) => !named(city)).map(([city, { x, y, count }], rank) => ({
    candidate: {
      id: `city:${city}`, text: city, tier: 'region', rank, x: x / count, y: y / count, sides: SIDES, clearance: 16, dot: 0, alsoAt: around(x / count, y / count),
      width: Math.ceil(measure(city, style, style.size) + 2 * style.haloWidth), height: labelHeight(style),
    },
    drawAs: { style, size: style.size, dot: null, tier: 'region' },
  }));
}
