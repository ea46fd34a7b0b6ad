import { describe, expect, it } from 'vitest';
import { cameraBox, STOP_MAP_ASPECT, stopFrame } from './stop-frame.ts';
import { mercatorY } from '../geometry/mercator.ts';

const shape = ([west, south, east, north]: number[]) => (mercatorY(north ?? 0) - mercatorY(south ?? 0)) / ((east ?? 0) - (west ?? 0));

describe('stopFrame', () => {
  it("holds the stop's camera box and all its places, in the small map's shape", () => {
    const frame = stopFrame({ camera: { bbox: [-6.5, 51, 2.5, 55.8] } }, [[-2.24, 53.48]]);
    const [west, south, east, north] = frame;
    expect(west).toBeLessThan(-6.5);
    expect(east).toBeGreaterThan(2.5);
    expect(south).toBeLessThan(51);
    expect(north).toBeGreaterThan(55.8);
    expect(shape(frame)).toBeCloseTo(STOP_MAP_ASPECT, 5);
  });

  it('reaches a place outside the camera box (a stop naming a far place)', () => {
    const [west, , east] = stopFrame({ camera: { bbox: [-6.5, 51, 2.5, 55.8] } }, [[-2.24, 53.48], [125.7, 39]]);
    expect(west).toBeLessThan(-6.5);
    expect(east).toBeGreaterThan(125.7);
  });

  it('reads a centre and zoom as the box a laptop map showed', () => {
    const [west, south, east, north] = cameraBox([2.35, 48.86], 5);
    expect(east - west).toBeCloseTo((900 * 360) / 256 / 32, 5);
    expect(west + east).toBeCloseTo(2 * 2.35, 5);
    expect(mercatorY(north) - mercatorY(48.86)).toBeCloseTo(mercatorY(48.86) - mercatorY(south), 5);
    const frame = stopFrame({ camera: { center: [2.35, 48.86], zoom: 5 } }, []);
    expect(frame[0]).toBeLessThan(west);
    expect(frame[2]).toBeGreaterThan(east);
  });
});
