import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { countriesFromTopology } from '../src/map/basemap-data.ts';

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
