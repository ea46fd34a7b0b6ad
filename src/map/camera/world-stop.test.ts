/** The camera at a tour stop that spans the world (camera-request.ts, framing.ts), on a projector. */
import { describe, expect, it } from 'vitest';
import type { Camera, FramePlace, FramingView } from './framing.ts';
import { outsideOf } from './framing-checks.ts';
import { MAX_LONGITUDE } from '../../geometry/mercator.ts';
import { planCamera } from './camera-request.ts';

const place = (id: string, lng: number, lat: number): FramePlace => ({ id, points: [{ lat, lng }] });

describe('a tour stop that spans the world, beside a tour panel over half a 1280x720 projector', () => {
  // The map is 1280x656 under the title; the tour panel covers its right half, the zoom buttons sit
  // beside it. San Bernardino to Melbourne is 262° of longitude: at zoom 2 it is wider than the
  // half the panel leaves, so the least zoom is 1; and to put that half's middle on the stop, the
  // map's centre goes past 200° east, which bounds at 540° would refuse (Melbourne was left under the panel).
  const covered = [{ left: 626.5, top: 13.5, right: 1266.5, bottom: 642.5 }, { left: 579, top: 563, right: 613, bottom: 627 }, { left: 670, top: 637, right: 1280, bottom: 656 }];
  const bounds = { south: -85, west: -MAX_LONGITUDE, north: 85, east: MAX_LONGITUDE };
  const projector: FramingView = { size: { x: 1280, y: 656 }, coverings: covered, margin: 40, minZoom: 1, maxZoom: 10, zoomSnap: 0.25, maxBounds: bounds };
  const europe: Camera = { center: { lat: 45, lng: 15 }, zoom: 4 };
  const franchise = [place('san-bernardino', -117.2898, 34.1083), place('orlando-pulse', -81.3766, 28.5196), place('nice-promenade', 7.2635, 43.6947), place('melbourne-suburbs', 144.9631, -37.8136)];
  const stopView: FramePlace = { id: 'stop-view', points: [{ lat: -45, lng: -125 }, { lat: 55, lng: 155 }] };

  it('shows all four in the half the panel leaves, with the margin', () => {
    const camera = planCamera(projector, europe, { kind: 'tour-stop', places: franchise, intended: stopView });
    expect(camera.zoom).toBe(1.25);
    expect(outsideOf(projector, camera, franchise, { left: 40, top: 40, right: 586.5, bottom: 616 })).toEqual([]);
  });
});
