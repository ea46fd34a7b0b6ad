/** The "Whole story" button's camera (camera-request.ts): the first view again. */
import { describe, expect, it } from 'vitest';
import type { Camera, FramePlace, FramingView } from './framing.ts';
import { outsideOf } from './framing-checks.ts';
import { planCamera } from './camera-request.ts';

const place = (id: string, lng: number, lat: number): FramePlace => ({ id, points: [{ lat, lng }] });
const [brussels, raqqa] = [place('brussels', 4.3534, 50.8408), place('raqqa', 39.0079, 35.9528)];
// A laptop's map, 896x576, its right half under the passage panel.
const bounds = { south: -85, west: -900, north: 85, east: 900 };
const view: FramingView = { size: { x: 896, y: 576 }, coverings: [{ left: 451, top: 14, right: 883, bottom: 563 }], margin: 40, minZoom: 1, maxZoom: 10, zoomSnap: 0.25, maxBounds: bounds };

describe('"Whole story"', () => {
  it('goes back to the first view as it was, or frames the story anew where the map has changed size', () => {
    const atBrussels: Camera = { center: { lat: 50.84, lng: 4.35 }, zoom: 10 };
    const first: Camera = { center: { lat: 45, lng: 15 }, zoom: 4 };
    expect(planCamera(view, atBrussels, { kind: 'whole-story', places: [brussels, raqqa], intended: first })).toEqual(first);
    const framed = planCamera(view, atBrussels, { kind: 'whole-story', places: [brussels, raqqa] });
    expect(framed.zoom).toBeLessThan(10);
    expect(outsideOf(view, framed, [brussels, raqqa], { left: 40, top: 40, right: 411, bottom: 536 })).toEqual([]);
  });
});
