import { describe, expect, it } from 'vitest';
import type { FramingView } from '../camera/framing.ts';
import { offViewMarks, type NamedPlace } from './off-view-marks.ts';

const named = (id: string, name: string, lng: number, lat: number): NamedPlace => ({ id, name, points: [{ lat, lng }] });
const sanBernardino = named('san-bernardino', 'San Bernardino, California', -117.2898, 34.1083);
const orlando = named('orlando-pulse', 'Pulse nightclub, Orlando', -81.3766, 28.5196);
const melbourne = named('melbourne-suburbs', 'Suburbs of Melbourne, Australia', 144.9631, -37.8136);

// The laptop map beside the sidebar, the passage panel over its right half.
const view: FramingView = {
  size: { x: 896, y: 576 },
  coverings: [{ left: 451, top: 14, right: 883, bottom: 563 }],
  margin: 10,
  minZoom: 2,
  maxZoom: 16,
  zoomSnap: 0.25,
};
const open: FramingView = { ...view, coverings: [] };
const overCalifornia = { center: { lat: 34, lng: -117 }, zoom: 5 };

describe('offViewMarks', () => {
  it('gives no arrow for a place in view', () => {
    expect(offViewMarks(view, overCalifornia, [sanBernardino])).toEqual([]);
  });

  it('puts an arrow on the edge of the uncovered area toward a place off the view, named, its direction in words', () => {
    const [mark, ...rest] = offViewMarks(view, overCalifornia, [sanBernardino, melbourne]);
    expect(rest).toEqual([]);
    expect(mark).toMatchObject({ id: 'melbourne-suburbs', name: 'Suburbs of Melbourne, Australia', edge: 'right', direction: 'east' });
    expect(mark?.x).toBeCloseTo(441);
    expect(mark?.y).toBeGreaterThan(288);
    expect(mark?.y).toBeLessThanOrEqual(566);
  });

  it('keeps arrows on the same edge apart', () => {
    const overMelbourne = { center: { lat: -37.8, lng: 145 }, zoom: 6 };
    const marks = offViewMarks(open, overMelbourne, [sanBernardino, orlando, melbourne]);
    expect(marks.map((m) => m.id)).toEqual(['san-bernardino', 'orlando-pulse']);
    expect(marks.every((m) => m.edge === 'left' && Math.abs(m.x - 10) < 1e-6)).toBe(true);
    const [a, b] = marks;
    expect(Math.abs((a?.y ?? 0) - (b?.y ?? 0))).toBeGreaterThanOrEqual(52);
  });

  it('points up at a place north of the view', () => {
    const [mark] = offViewMarks(open, { center: { lat: 0, lng: -117.2898 }, zoom: 5 }, [sanBernardino]);
    expect(mark).toMatchObject({ edge: 'top', direction: 'north' });
    expect(mark?.angle).toBeCloseTo(-90, 0);
    expect(mark?.y).toBe(10);
  });
});
