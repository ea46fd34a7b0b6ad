import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { countriesFromTopology } from '../src/map/basemap/basemap-data.ts';
import { basemapPaths } from '../src/map/basemap/basemap-paths.ts';
import { pathData, projectToUnits } from '../src/map/basemap/path-units.ts';
import { UNITS_PER_PIXEL, WORLD_UNITS } from '../src/map/basemap/basemap-units.ts';

const topology = JSON.parse(readFileSync(new URL('../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8'));

describe('embedded basemap (world-atlas countries-50m)', () => {
  const countries = countriesFromTopology(topology);

  function rings(name: string): Position[][] {
    const country = countries.features.find((f) => f.properties.name === name);
    if (!country) throw new Error(`no ${name}`);
    const g = country.geometry;
    return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat();
  }

  it('holds every country of Natural Earth 1:50m', () => {
    expect(countries.features.length).toBeGreaterThan(230);
  });

  it('has no edge that jumps across the world, so Leaflet draws no stripes', () => {
    const jumps = countries.features.flatMap((country) => {
      const g = country.geometry;
      const all = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat();
      // An edge along the pole itself (Antarctica's southern edge) lies outside Web Mercator: not a stripe.
      const atPole = (p: Position | undefined) => Math.abs(p?.[1] ?? 0) >= 89.9;
      const jumps = (ring: Position[]) =>
        ring.some((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180 && !(atPole(p) && atPole(ring[i - 1])));
      return all.some(jumps)
        ? [country.properties.name]
        : [];
    });
    expect(jumps).toEqual([]);
  });

  it('keeps Russia, Fiji and Antarctica on both sides of 180°', () => {
    for (const name of ['Russia', 'Fiji', 'Antarctica']) {
      const lons = rings(name).flat().map((p) => p[0] ?? 0);
      expect(Math.min(...lons), name).toBeLessThan(-170);
      expect(Math.max(...lons), name).toBeGreaterThan(170);
      expect(Math.max(...lons.map(Math.abs)), name).toBeLessThanOrEqual(180);
    }
  });

  it('is detailed enough to show the Channel between Calais and Dover', () => {
    const france = rings('France').flat();
    const nearCalais = france.filter(([lon = 0, lat = 0]) => lon > 1.4 && lon < 2.2 && lat > 50.7 && lat < 51.1);
    expect(nearCalais.length).toBeGreaterThan(3);
  });
});

describe('the basemap as canvas paths, made at build time', () => {
  const { countries } = basemapPaths(topology);

  /** Every ring of the path data, as absolute points in path units. */
  function ringsOf(data: string): [number, number][][] {
    const rings: [number, number][][] = [];
    for (const match of data.matchAll(/M(-?\d+) (-?\d+)l([^z]*)z/g)) {
      let x = Number(match[1]);
      let y = Number(match[2]);
      const ring: [number, number][] = [[x, y]];
      const deltas = (match[3] ?? '').match(/-?\d+/g)?.map(Number) ?? [];
      for (let i = 0; i + 1 < deltas.length; i += 2) {
        x += deltas[i] ?? 0;
        y += deltas[i + 1] ?? 0;
        ring.push([x, y]);
      }
      rings.push(ring);
    }
    return rings;
  }
  const rings = countries.flatMap(ringsOf);

  it('projects as Leaflet does (Web Mercator, the world 256 px wide at zoom 0)', () => {
    expect(projectToUnits([0, 0])).toEqual([WORLD_UNITS / 2, WORLD_UNITS / 2]);
    expect(projectToUnits([-180, 85.0511287798])).toEqual([0, 0]);
    expect(projectToUnits([180, -85.0511287798])).toEqual([WORLD_UNITS, WORLD_UNITS]);
    // Paris by the textbook formula, y = (1 - ln(tan(π/4 + φ/2)) / π) / 2 × 256: (129.673, 88.071) px.
    const [x, y] = projectToUnits([2.3522, 48.8566]);
    expect(x / UNITS_PER_PIXEL).toBeCloseTo(129.673, 2);
    expect(y / UNITS_PER_PIXEL).toBeCloseTo(88.071, 2);
  });

  it('holds every ring of every country, with no point lost', () => {
    const countryRings = countriesFromTopology(topology).features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat());
    expect(rings.length).toBe(countryRings.filter((ring) => pathData(ring, true).data !== '').length);
    expect(rings.length).toBeGreaterThan(1000);
    expect(countries.length).toBeGreaterThan(1);
  });

  it('has no edge that jumps across the world, so the canvas draws no stripes', () => {
    // An edge along Web Mercator's edge of latitude (Antarctica's southern edge) is not a stripe.
    const atEdge = (y: number | undefined) => y === undefined || y <= 0 || y >= WORLD_UNITS;
    const jumps = rings.filter((ring) =>
      ring.some(([x, y], i) => i > 0 && Math.abs(x - (ring[i - 1]?.[0] ?? x)) > WORLD_UNITS / 2 && !(atEdge(y) && atEdge(ring[i - 1]?.[1]))),
    );
    expect(jumps).toEqual([]);
  });

  it('keeps the detail of the Channel between Calais and Dover', () => {
    const [west, north] = projectToUnits([1.4, 51.1]);
    const [east, south] = projectToUnits([2.2, 50.7]);
    const near = rings.flat().filter(([x, y]) => x > west && x < east && y > north && y < south);
    expect(near.length).toBeGreaterThan(3);
  });

  it('writes a ring as a move and relative lines, closed', () => {
    expect(pathData([[0, 0], [1, 0], [1, 1], [0, 0]], true).data).toBe('M128000 128000l711 0 0-711 -711 711z');
    expect(pathData([[0, 0], [0, 0], [1, 0]], true).data).toBe('');
  });

  it('writes a line (a river) as a move and relative lines, open', () => {
    expect(pathData([[0, 0], [1, 0], [1, 1]], false).data).toBe('M128000 128000l711 0 0-711');
    expect(pathData([[0, 0], [0, 0]], false).data).toBe('');
  });
});
