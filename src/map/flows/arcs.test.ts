import { describe, expect, it } from 'vitest';
import { arcPositions } from './arcs.ts';
import { latitudeOf, mercatorY } from '../../geometry/mercator.ts';
import { toLatLng } from '../coords.ts';

describe('coords', () => {
  it('turns GeoJSON [lon, lat] into Leaflet [lat, lng]', () => {
    expect(toLatLng([2.3708, 48.8631])).toEqual([48.8631, 2.3708]);
    expect(toLatLng([-81.3766, 28.5196, 12])).toEqual([28.5196, -81.3766]);
  });
});

describe('mercator', () => {
  it('maps the equator to 0 and inverts itself', () => {
    expect(mercatorY(0)).toBeCloseTo(0);
    expect(latitudeOf(mercatorY(51.5))).toBeCloseTo(51.5, 9);
    expect(mercatorY(60)).toBeGreaterThan(60);
  });
});

describe('arcPositions', () => {
  const raqqa = [39.0079, 35.9528];
  const brussels = [4.322, 50.855];

  it('starts at the origin and ends at the destination', () => {
    const arc = arcPositions(raqqa, brussels, { segments: 8 });
    expect(arc).toHaveLength(9);
    expect(arc[0]?.[0]).toBeCloseTo(39.0079);
    expect(arc[0]?.[1]).toBeCloseTo(35.9528);
    expect(arc[8]?.[0]).toBeCloseTo(4.322);
    expect(arc[8]?.[1]).toBeCloseTo(50.855);
  });

  it('bends to the left of travel, and not at all with no bend', () => {
    const east = arcPositions([0, 0], [20, 0], { segments: 2 });
    expect(east[1]?.[1]).toBeGreaterThan(0);
    const straight = arcPositions([0, 0], [20, 0], { segments: 2, bend: 0 });
    expect(straight[1]?.[1]).toBeCloseTo(0);
    expect(straight[1]?.[0]).toBeCloseTo(10);
  });
});
