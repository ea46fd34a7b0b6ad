/**
 * What asks the map's camera to look somewhere, how much each request weighs, and the view each one
 * asks for. Pure: the one camera controller (camera-controller.ts) takes the requests, keeps the
 * weightiest and moves the map; here is every decision it makes, framed by framing.ts.
 */
import { containerPoint, frameCamera, placesOffView, type Camera, type FramePlace, type FramingView } from './framing.ts';
import { openingCamera } from './group-camera.ts';

/**
 * Who asks: the first view; keeping the chosen places in view when a panel changes the map's size;
 * a feature given keyboard focus; a place selected; a sentence's places; an arrow or a "beyond this
 * view" button; a group opened; Esc out of an opened group (back to the view it was opened from); the
 * "Whole story" button (the first view again); the end of a tour (back to the view it began from); a tour stop.
 */
export type CameraRequestKind = 'first-view' | 'keep-in-view' | 'focus' | 'selection' | 'sentence' | 'off-view' | 'group' | 'group-back' | 'whole-story' | 'tour-end' | 'tour-stop';

/** A request's weight: of the requests made together (before the next frame), the heaviest is framed. */
export const CAMERA_PRIORITY: Readonly<Record<CameraRequestKind, number>> = {
  'first-view': 0,
  'keep-in-view': 1,
  focus: 2,
  selection: 3,
  sentence: 4,
  'off-view': 5,
  group: 6,
  'group-back': 6,
  'whole-story': 6,
  'tour-end': 7,
  'tour-stop': 8,
};

/** How long a flight may last, in seconds, per request (a jump under reduced motion). */
export const FLIGHT_SECONDS: Readonly<Record<CameraRequestKind, number>> = {
  'first-view': 0,
  'keep-in-view': 0.6,
  focus: 0,
  selection: 1,
  sentence: 1,
  'off-view': 0.8,
  group: 0.5,
  'group-back': 0.5,
  'whole-story': 1,
  'tour-end': 1,
  'tour-stop': 1.2,
};

/** The closest a selection of several places (a sentence's, a flow's two ends) is framed when the camera must move. */
export const SEVERAL_PLACES_ZOOM = 5;
/** The closest an arrow or a "beyond this view" button takes the map to a place far off: a region's view. */
export const FAR_OFF_VIEW_ZOOM = 6;

/** One request. */
export interface CameraRequest {
  kind: CameraRequestKind;
  /** What must be seen, in the part of the map that nothing covers. */
  places: readonly FramePlace[];
  /** Places that must be in view when not all can be (the selection among its sentence's places). */
  required?: readonly string[] | undefined;
  /**
   * A tour stop's own view: a camera, or an area to fit. Its places then move it as little as will do.
   * The end of a tour: the camera it began from.
   */
  intended?: Camera | FramePlace | undefined;
  /** A group's opening zoom: where its places stand apart. */
  zoom?: number | undefined;
  /** The closest a place brought into view is framed (a city's place need not come as close as a site). */
  zoomCap?: number | undefined;
  /** Pixels kept round the places, if not the framing's own margin (the first view wants the room). */
  margin?: number | undefined;
}

/** The request kept of those made together: the heaviest, the latest among equals; -1 for none. */
export function strongestRequest(requests: readonly Pick<CameraRequest, 'kind'>[]): number {
  let best = -1;
  for (const [i, request] of requests.entries()) {
    const kept = requests[best];
    if (!kept || CAMERA_PRIORITY[request.kind] >= CAMERA_PRIORITY[kept.kind]) best = i;
  }
  return best;
}

/** What the camera is doing when a request is taken. */
export interface CameraState {
  /** The kind of request whose move is under way, or null. */
  underWay: CameraRequestKind | null;
  /** Whether anything but the first view has moved the camera (a request, or the reader's hand). */
  moved: boolean;
}

/**
 * Whether a request is acted on. The first view only while nothing else has moved the camera;
 * keeping places in view never cuts a move short (a tour stop's flight is not undone because its
 * panel grew); every other request is someone's newest wish, and is.
 */
export function admits(kind: CameraRequestKind, { underWay, moved }: CameraState): boolean {
  if (kind === 'first-view') return !moved && underWay === null;
  if (kind === 'keep-in-view') return underWay === null;
  return true;
}

function isCamera(intended: Camera | FramePlace): intended is Camera {
  return 'center' in intended;
}

/**
 * The camera that answers a request, from `current`, on the map as `view` sees it (its size, what
 * covers it, its zoom limits: never closer than `view.maxZoom`, the camera's cap); `current` itself
 * when it already shows what is asked.
 */
export function planCamera(view: FramingView, current: Camera, request: CameraRequest): Camera {
  const { kind, places, required } = request;
  switch (kind) {
    case 'first-view':
      return frameCamera(view, { places }).camera;
    case 'whole-story':
      // The first view again, as it was where the map has kept its size; framed anew where it has not.
      return request.intended && isCamera(request.intended) ? request.intended : frameCamera(view, { places }).camera;
    case 'group-back':
    case 'tour-end':
      return request.intended && isCamera(request.intended) ? request.intended : current;
    case 'tour-stop': {
      const { intended } = request;
      const stop = !intended ? current : isCamera(intended) ? intended : frameCamera(view, { places: [intended] }).camera;
      return frameCamera(view, { places, current: stop, zoomCap: stop.zoom }).camera;
    }
    case 'group': {
      const zoom = request.zoom ?? current.zoom + 2;
      // A selected place opened with its sentence's other places: all of them where they fit, no closer than the opening zoom.
      if (required && required.length > 0 && places.length > 1) return frameCamera(view, { places, required, zoomCap: zoom }).camera;
      const opened = openingCamera(view, places.flatMap((place) => place.points), zoom);
      // A group spread wider than the view holds at any closer zoom (thousands of places over a
      // continent) would not open at all: it opens toward its first place, where Enter's focus goes next.
      const first = places[0];
      if (opened.zoom <= current.zoom + 1e-9 && zoom > current.zoom && first) return openingCamera(view, first.points, zoom);
      return opened;
    }
    case 'selection':
    case 'sentence': {
      // One point: where it is seen already, the camera stays; else it is brought to the middle of what
      // the panels leave, at the same zoom, with room round it for its name. Several (a sentence's, a
      // flow's two ends): framed, closer if they fit.
      const single = places.length === 1 && places[0]?.points.length === 1;
      if (!single) return frameCamera(view, { places, required, current, zoomCap: Math.max(current.zoom, SEVERAL_PLACES_ZOOM) }).camera;
      return placesOffView(view, current, places).length === 0 ? current : frameCamera(view, { places, zoomCap: Math.min(current.zoom, request.zoomCap ?? current.zoom) }).camera;
    }
    case 'keep-in-view':
      // Centred in what the panels leave, at the same zoom: what the reader was looking at comes back to the middle.
      return frameCamera(view, { places, required, zoomCap: current.zoom }).camera;
    case 'off-view':
    case 'focus': {
      // Just inside the edge where it was just beyond it. Tab from a place far away (North Korea,
      // then Moscow) brought Moscow in at the far edge, under the map's controls, with nothing of the
      // story round it: a place that far off comes to the middle of what the panels leave. An arrow's
      // far place (San Bernardino, from a close view of Manchester) comes no closer than a region's
      // view: at the same close zoom it stood alone on blank land.
      const near = frameCamera(view, { places, required, current, zoomCap: current.zoom }).camera;
      if (!movedFar(view, current, near)) return near;
      const zoomCap = kind === 'off-view' ? Math.min(current.zoom, FAR_OFF_VIEW_ZOOM) : current.zoom;
      return frameCamera(view, { places, required, zoomCap }).camera;
    }
  }
}

/** Whether going from `from` to `to` (at one zoom) moves the map by more than a third of its smaller side. */
function movedFar(view: FramingView, from: Camera, to: Camera): boolean {
  const moved = containerPoint(view, from, to.center);
  const shift = Math.hypot(moved.x - view.size.x / 2, moved.y - view.size.y / 2);
  return shift > Math.min(view.size.x, view.size.y) / 3;
}
