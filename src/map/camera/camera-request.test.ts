import { describe, expect, it } from 'vitest';
import { containerPoint, type Camera, type FramePlace, type FramingView } from './framing.ts';
import { outsideOf } from './framing-checks.ts';
import { admits, FAR_OFF_VIEW_ZOOM, planCamera, strongestRequest, type CameraRequestKind } from './camera-request.ts';

const place = (id: string, lng: number, lat: number): FramePlace => ({ id, points: [{ lat, lng }] });
const bataclan = place('paris-bataclan', 2.3708, 48.8631);
const stadeDeFrance = place('paris-stade-de-france', 2.3601, 48.9245);
const brussels = place('brussels-jewish-museum', 4.3534, 50.8408);
const mosul = place('mosul', 43.1189, 36.335);
const raqqa = place('raqqa', 39.0079, 35.9528);
const flow: FramePlace = { id: 'raqqa-molenbeek-funding', points: [{ lat: 35.9528, lng: 39.0079 }, { lat: 50.855, lng: 4.33 }] };

// A laptop at 1280x800: the map is 896x576 beside the sidebar; the passage panel covers its right
// half, the zoom buttons and the credit line sit under it. The camera frames no closer than zoom 10.
const laptop: FramingView = {
  size: { x: 896, y: 576 },
  coverings: [{ left: 451, top: 14, right: 883, bottom: 563 }, { left: 850, top: 480, right: 886, bottom: 556 }, { left: 650, top: 556, right: 896, bottom: 576 }],
  margin: 40,
  minZoom: 2,
  maxZoom: 10,
  zoomSnap: 0.25,
  maxBounds: { south: -85, west: -540, north: 85, east: 540 },
};
/** The part of the laptop's map that the panel leaves, less the margin. */
const clear = { left: 40, top: 40, right: 411, bottom: 536 };
const europe: Camera = { center: { lat: 45, lng: 15 }, zoom: 4 };

function expectClear(view: FramingView, camera: Camera, places: readonly FramePlace[]) {
  expect(outsideOf(view, camera, places, clear)).toEqual([]);
}

describe('Esc out of an opened group', () => {
  it('takes the camera back to the view the group was opened from, over a selection made with it', () => {
    const atBrussels: Camera = { center: { lat: 50.84, lng: 4.35 }, zoom: 12 };
    expect(planCamera(laptop, atBrussels, { kind: 'group-back', places: [], intended: europe })).toEqual(europe);
    expect(strongestRequest([{ kind: 'group-back' }, { kind: 'selection' }])).toBe(0);
  });
});

describe('the end of a tour', () => {
  it('takes the camera back to the view the tour began from, over the last stop\'s selection', () => {
    const atBrussels: Camera = { center: { lat: 50.84, lng: 4.35 }, zoom: 9 };
    expect(planCamera(laptop, atBrussels, { kind: 'tour-end', places: [], intended: europe })).toEqual(europe);
    expect(strongestRequest([{ kind: 'tour-end' }, { kind: 'selection' }])).toBe(0);
    expect(strongestRequest([{ kind: 'selection' }, { kind: 'tour-end' }])).toBe(1);
  });
});

describe('strongestRequest: of the requests made together, the heaviest is framed', () => {
  it('a group opened for the selected place outweighs the selection, whichever came first', () => {
    expect(strongestRequest([{ kind: 'selection' }, { kind: 'group' }])).toBe(1);
    expect(strongestRequest([{ kind: 'group' }, { kind: 'selection' }])).toBe(0);
  });

  it('a tour stop outweighs everything; keeping places in view and the first view weigh least', () => {
    const kinds: CameraRequestKind[] = ['first-view', 'keep-in-view', 'focus', 'selection', 'sentence', 'off-view', 'group', 'tour-end', 'tour-stop'];
    expect(strongestRequest([...kinds].reverse().map((kind) => ({ kind })))).toBe(0);
    expect(strongestRequest([{ kind: 'keep-in-view' }, { kind: 'first-view' }])).toBe(0);
    expect(strongestRequest([{ kind: 'first-view' }, { kind: 'selection' }])).toBe(1);
  });

  it('the latest of equals wins, and none is kept of none', () => {
    expect(strongestRequest([{ kind: 'selection' }, { kind: 'selection' }])).toBe(1);
    expect(strongestRequest([])).toBe(-1);
  });
});

describe('admits: who may move the camera now', () => {
  it('the first view only while nothing has moved the camera', () => {
    expect(admits('first-view', { underWay: null, moved: false })).toBe(true);
    expect(admits('first-view', { underWay: null, moved: true })).toBe(false);
    expect(admits('first-view', { underWay: 'selection', moved: true })).toBe(false);
  });

  it('keeping places in view never cuts a move short: a tour stop flight is not undone because its panel grew', () => {
    expect(admits('keep-in-view', { underWay: 'tour-stop', moved: true })).toBe(false);
    expect(admits('keep-in-view', { underWay: 'selection', moved: true })).toBe(false);
    expect(admits('keep-in-view', { underWay: null, moved: true })).toBe(true);
  });

  it("a reader's newest wish is acted on, even mid-flight", () => {
    expect(admits('selection', { underWay: 'tour-stop', moved: true })).toBe(true);
    expect(admits('off-view', { underWay: 'selection', moved: true })).toBe(true);
    expect(admits('group', { underWay: null, moved: false })).toBe(true);
  });
});

describe('planCamera, on a laptop with the passage panel open', () => {
  it('a selection already in view keeps the camera where it is', () => {
    const current: Camera = { center: { lat: 50, lng: 20 }, zoom: 4 };
    expect(planCamera(laptop, current, { kind: 'selection', places: [brussels] })).toBe(current);
  });

  it('a selection under the panel is brought to the middle of what the panel leaves, at the same zoom', () => {
    const current: Camera = { center: { lat: 40, lng: 25 }, zoom: 5 };
    const camera = planCamera(laptop, current, { kind: 'selection', places: [mosul] });
    expect(camera.zoom).toBe(5);
    expectClear(laptop, camera, [mosul]);
    const { x, y } = containerPoint(laptop, camera, mosul.points[0] ?? { lat: 0, lng: 0 });
    expect(x).toBeCloseTo((clear.left + clear.right) / 2, 0);
    expect(y).toBeCloseTo((clear.top + clear.bottom) / 2, 0);
  });

  it('a city brought into view from a close view comes no closer than its precision is worth', () => {
    const closeOnParis: Camera = { center: { lat: 48.86, lng: 2.37 }, zoom: 10 };
    const camera = planCamera(laptop, closeOnParis, { kind: 'selection', places: [mosul], zoomCap: 7 });
    expect(camera.zoom).toBe(7);
    expectClear(laptop, camera, [mosul]);
  });

  it("a line's selection frames both of its ends, clear of the panel", () => {
    const camera = planCamera(laptop, europe, { kind: 'selection', places: [flow] });
    expectClear(laptop, camera, [flow]);
  });

  it("a sentence's places are framed together, the selection kept when not all fit", () => {
    const camera = planCamera(laptop, europe, { kind: 'sentence', places: [brussels, raqqa, mosul], required: ['mosul'] });
    expectClear(laptop, camera, [brussels, raqqa, mosul]);
    expect(camera.zoom).toBeGreaterThanOrEqual(europe.zoom - 1);
  });

  it("the Bataclan's sentence is framed no closer than the camera's cap, where the basemap still names Paris", () => {
    // The reader had zoomed in by hand on Mosul, past the cap.
    const camera = planCamera(laptop, { center: mosul.points[0] ?? { lat: 0, lng: 0 }, zoom: 12 }, { kind: 'sentence', places: [bataclan, stadeDeFrance] });
    expect(camera.zoom).toBe(10);
    expectClear(laptop, camera, [bataclan, stadeDeFrance]);
  });

  it('a group opens at its opening zoom, never past the cap, its places clear of the panel', () => {
    const opened = planCamera(laptop, europe, { kind: 'group', places: [bataclan, stadeDeFrance], zoom: 9 });
    expect(opened.zoom).toBe(9);
    expectClear(laptop, opened, [bataclan, stadeDeFrance]);
    expect(planCamera(laptop, europe, { kind: 'group', places: [bataclan, stadeDeFrance], zoom: 14 }).zoom).toBe(10);
  });

  it('a group spread wider than the view holds opens toward its first place rather than not at all', () => {
    // Brussels to Raqqa at zoom 4 fill the laptop's uncovered half: at the opening zoom 6 they cannot all show.
    const opened = planCamera(laptop, europe, { kind: 'group', places: [brussels, raqqa, mosul], zoom: 6 });
    expect(opened.zoom).toBe(6);
    expectClear(laptop, opened, [brussels]);
  });

  it("a group opened for a sentence's selected place keeps the sentence's other places in view where they fit", () => {
    const terraces = place('paris-terraces', 2.3685, 48.8673);
    const camera = planCamera(laptop, europe, { kind: 'group', places: [bataclan, terraces, stadeDeFrance], required: ['paris-bataclan'], zoom: 12 });
    expect(camera.zoom).toBeLessThanOrEqual(10);
    expectClear(laptop, camera, [bataclan, terraces, stadeDeFrance]);
  });

  it("a tour stop keeps its own view where that shows its places, and moves it only as far as they need", () => {
    const intended: Camera = { center: { lat: 50, lng: 10 }, zoom: 4 };
    expect(planCamera(laptop, europe, { kind: 'tour-stop', places: [brussels], intended })).toEqual(intended);
    const moved = planCamera(laptop, europe, { kind: 'tour-stop', places: [mosul], intended });
    expect(moved.zoom).toBe(4);
    expectClear(laptop, moved, [mosul]);
  });

  it("a tour stop's area is fitted clear of the panel, never closer than the cap", () => {
    const area: FramePlace = { id: 'stop-view', points: [{ lat: 48.8, lng: 2.3 }, { lat: 48.9, lng: 2.4 }] };
    const camera = planCamera(laptop, europe, { kind: 'tour-stop', places: [bataclan], intended: area });
    expect(camera.zoom).toBe(10);
    expectClear(laptop, camera, [bataclan]);
  });

  it('the first view frames its places clear of what covers the map', () => {
    const camera = planCamera(laptop, europe, { kind: 'first-view', places: [{ id: 'first-view', points: [...brussels.points, ...mosul.points] }] });
    expectClear(laptop, camera, [brussels, mosul]);
  });

  it('keyboard focus on a place far beyond the view brings it to the middle of what the panels leave, not just inside the edge', () => {
    const farEast: Camera = { center: { lat: 45, lng: 110 }, zoom: 4 };
    const moscow = place('moscow', 37.6173, 55.7558);
    const camera = planCamera(laptop, farEast, { kind: 'focus', places: [moscow] });
    const at = containerPoint(laptop, camera, moscow.points[0]!);
    expect(camera.zoom).toBe(4);
    expect(Math.abs(at.x - (clear.left + clear.right) / 2)).toBeLessThan(2);
    // Just beyond the edge, it comes only just inside, so that the map moves as little as it must.
    const justEast: Camera = { center: { lat: 55, lng: 78 }, zoom: 4 };
    const near = containerPoint(laptop, planCamera(laptop, justEast, { kind: 'focus', places: [moscow] }), moscow.points[0]!);
    expect(near.x).toBeLessThan(clear.left + 5);
  });

  it('an off-view arrow to a place far off, from a close view, shows it at a region\'s zoom in the middle', () => {
    const manchester: Camera = { center: { lat: 53.48, lng: -2.24 }, zoom: 9 };
    const sanBernardino = place('san-bernardino', -117.29, 34.1);
    const camera = planCamera(laptop, manchester, { kind: 'off-view', places: [sanBernardino] });
    expect(camera.zoom).toBe(FAR_OFF_VIEW_ZOOM);
    const at = containerPoint(laptop, camera, sanBernardino.points[0]!);
    expect(Math.abs(at.x - (clear.left + clear.right) / 2)).toBeLessThan(2);
  });

  it('an off-view arrow and keyboard focus bring their place in at the same zoom', () => {
    for (const kind of ['off-view', 'focus', 'keep-in-view'] as const) {
      const camera = planCamera(laptop, europe, { kind, places: [mosul] });
      expect(camera.zoom, kind).toBe(4);
      expectClear(laptop, camera, [mosul]);
    }
  });
});
