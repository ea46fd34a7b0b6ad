import { describe, expect, it } from 'vitest';
import { containerPoint, frameCamera, type Camera, type FramePlace, type FramingView } from './framing.ts';
import type { Rect } from './uncovered-areas.ts';
import { outsideOf } from './framing-checks.ts';

const place = (id: string, lng: number, lat: number): FramePlace => ({ id, points: [{ lat, lng }] });
const sanBernardino = place('san-bernardino', -117.2898, 34.1083);
const orlando = place('orlando-pulse', -81.3766, 28.5196);
const nice = place('nice-promenade', 7.2635, 43.6947);
const melbourne = place('melbourne-suburbs', 144.9631, -37.8136);
const paris = place('paris-bataclan', 2.3708, 48.8631);
const brussels = place('brussels-jewish-museum', 4.3534, 50.8408);
const manchester = place('manchester-arena', -2.244, 53.488);
const mosul = place('mosul', 43.1189, 36.335);
const raqqa = place('raqqa', 39.0079, 35.9528);
const flow: FramePlace = { id: 'raqqa-molenbeek-funding', points: [{ lat: 35.9528, lng: 39.0079 }, { lat: 50.855, lng: 4.33 }] };

const zoomLimits = { minZoom: 2, maxZoom: 16, zoomSnap: 0.25, maxBounds: { south: -85, west: -540, north: 85, east: 540 } };

/** Every point of every listed place lies in `rect` under `camera` (to half a pixel). */
function expectInside(view: FramingView, camera: Camera, places: readonly FramePlace[], rect: Rect) {
  expect(outsideOf(view, camera, places, rect)).toEqual([]);
}

describe('containerPoint', () => {
  it('puts the camera centre at the middle of the map and the world 256 px wide at zoom 0', () => {
    const view = { size: { x: 256, y: 256 }, coverings: [], margin: 0, ...zoomLimits };
    expect(containerPoint(view, { center: { lat: 0, lng: 0 }, zoom: 0 }, { lat: 0, lng: 0 })).toEqual({ x: 128, y: 128 });
    expect(containerPoint(view, { center: { lat: 0, lng: 0 }, zoom: 1 }, { lat: 0, lng: 90 }).x).toBeCloseTo(256);
  });
});

describe('frameCamera, laptop with the passage panel on the right (1280x800)', () => {
  // The map is 896x576 beside the sidebar; the panel covers its right half, the zoom buttons and credit sit under it.
  const view: FramingView = {
    size: { x: 896, y: 576 },
    coverings: [{ left: 451, top: 14, right: 883, bottom: 563 }, { left: 850, top: 480, right: 886, bottom: 556 }, { left: 650, top: 556, right: 896, bottom: 576 }],
    margin: 40,
    ...zoomLimits,
  };
  const worldView: Camera = { center: { lat: 20, lng: 0 }, zoom: 2 };

  it('puts the Paris and Brussels places left of the panel, zoomed no closer than asked', () => {
    const { camera, offView } = frameCamera(view, { places: [paris, brussels, manchester], current: worldView, zoomCap: 5 });
    expect(offView).toEqual([]);
    expect(camera.zoom).toBe(5);
    expectInside(view, camera, [paris, brussels, manchester], { left: 40, top: 40, right: 411, bottom: 536 });
  });

  it('keeps San Bernardino, the selection, and lists Melbourne off-view: they cannot share 370 px at the least zoom', () => {
    const { camera, offView } = frameCamera(view, { places: [sanBernardino, melbourne], current: worldView, zoomCap: 5, required: ['san-bernardino'] });
    expect(offView).toEqual(['melbourne-suburbs']);
    expectInside(view, camera, [sanBernardino], { left: 40, top: 40, right: 411, bottom: 536 });
  });

  it('keeps the current camera when the places are already in view', () => {
    const current: Camera = { center: { lat: 45, lng: 25 }, zoom: 4 };
    expect(frameCamera(view, { places: [paris], current })).toEqual({ camera: current, offView: [] });
  });

  it('pans a single place under the panel only as far as the panel edge, at the same zoom', () => {
    const current: Camera = { center: { lat: 45, lng: -10 }, zoom: 4 };
    const { camera } = frameCamera(view, { places: [mosul], current, zoomCap: 4 });
    expect(camera.zoom).toBe(4);
    const { x } = containerPoint(view, camera, mosul.points[0] ?? { lat: 0, lng: 0 });
    expect(x).toBeCloseTo(411, 0);
  });

  it('frames every vertex of a flow', () => {
    const { camera, offView } = frameCamera(view, { places: [flow], current: worldView, zoomCap: 6 });
    expect(offView).toEqual([]);
    expectInside(view, camera, [flow], { left: 40, top: 40, right: 411, bottom: 536 });
  });
});

describe('frameCamera, the tour panel on a projector', () => {
  const franchises = [sanBernardino, orlando, nice, melbourne];

  it('shows all four franchise attacks left of the panel at 1920x1080', () => {
    const view: FramingView = { size: { x: 1920, y: 1000 }, coverings: [{ left: 1021, top: 15, right: 1904, bottom: 984 }], margin: 32, ...zoomLimits };
    const { camera, offView } = frameCamera(view, { places: franchises, current: { center: { lat: 5, lng: 15 }, zoom: 2 }, zoomCap: 2 });
    expect(offView).toEqual([]);
    expectInside(view, camera, franchises, { left: 32, top: 32, right: 989, bottom: 968 });
  });

  it('cannot show Melbourne when the map may not pan past 220° (Leaflet centres a view wider than its bounds)', () => {
    const view: FramingView = {
      size: { x: 1920, y: 1000 },
      coverings: [{ left: 1021, top: 15, right: 1904, bottom: 984 }],
      margin: 32,
      ...zoomLimits,
      maxBounds: { south: -85, west: -220, north: 85, east: 220 },
    };
    const { camera, offView } = frameCamera(view, { places: franchises });
    expect(camera.center.lng).toBeCloseTo(0, 1);
    expect(offView).toEqual(['melbourne-suburbs']);
  });

  it('at 1280x720 shows the three that fit and lists Melbourne off-view', () => {
    const view: FramingView = { size: { x: 1280, y: 656 }, coverings: [{ left: 678, top: 13, right: 1267, bottom: 643 }], margin: 32, ...zoomLimits };
    const { camera, offView } = frameCamera(view, { places: franchises, zoomCap: 4 });
    expect(offView).toEqual(['melbourne-suburbs']);
    expectInside(view, camera, [sanBernardino, orlando, nice], { left: 32, top: 32, right: 646, bottom: 624 });
  });
});

describe('frameCamera, phone (390x844)', () => {
  // The "Layers and key" button at the top left; a sheet over the lower half of the map.
  const view: FramingView = {
    size: { x: 390, y: 585 },
    coverings: [{ left: 12, top: 12, right: 172, bottom: 75 }, { left: 0, top: 330, right: 390, bottom: 585 }],
    margin: 20,
    ...zoomLimits,
  };

  it('brings Mosul out from under the sheet at the same zoom', () => {
    const current: Camera = { center: { lat: 52, lng: 30 }, zoom: 4 };
    expect(containerPoint(view, current, mosul.points[0] ?? { lat: 0, lng: 0 }).y).toBeGreaterThan(330);
    const { camera, offView } = frameCamera(view, { places: [mosul], current, zoomCap: 4 });
    expect(offView).toEqual([]);
    expect(camera.zoom).toBe(4);
    expectInside(view, camera, [mosul], { left: 20, top: 20, right: 370, bottom: 310 });
  });

  it('frames the core of the story, Manchester to Mosul, clear of the key and the sheet', () => {
    const core = [manchester, brussels, paris, raqqa, mosul];
    const { camera, offView } = frameCamera(view, { places: core });
    expect(offView).toEqual([]);
    expect(camera.zoom).toBeGreaterThanOrEqual(2.5);
    expectInside(view, camera, core, { left: 20, top: 20, right: 370, bottom: 310 });
    for (const p of core) {
      const { x, y } = containerPoint(view, camera, p.points[0] ?? { lat: 0, lng: 0 });
      expect(x > 192 || y > 95, `${p.id} clear of the key`).toBe(true);
    }
  });
});

describe('frameCamera, places that span the world', () => {
  const view: FramingView = { size: { x: 390, y: 300 }, coverings: [], margin: 20, ...zoomLimits };

  it('shows the required place with as many others as fit, and lists the rest off-view', () => {
    const { camera, offView } = frameCamera(view, { places: [melbourne, sanBernardino, orlando, paris], required: ['melbourne-suburbs'], zoomCap: 4 });
    expect(camera.zoom).toBeLessThanOrEqual(4);
    expect(offView).not.toContain('melbourne-suburbs');
    expect(offView.length).toBeGreaterThan(0);
    expect(offView.length).toBeLessThan(4);
  });

  it('without a required place, keeps the cluster with most places', () => {
    const { offView } = frameCamera(view, { places: [melbourne, paris, brussels, manchester, nice] });
    expect(offView).toEqual(['melbourne-suburbs']);
  });

  it('zooms no closer than the cap, and no further out than the least zoom', () => {
    expect(frameCamera(view, { places: [paris, brussels], zoomCap: 3 }).camera.zoom).toBe(3);
    expect(frameCamera({ ...view, minZoom: 3 }, { places: [sanBernardino, melbourne], zoomCap: 2 }).camera.zoom).toBe(3);
  });
});
