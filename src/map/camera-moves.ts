/**
 * Moving the camera to a planned view, and the places a feature gives the framing. Called from the
 * camera components' effects (CameraOnSelect, FlyToCamera, the off-view arrows).
 */
import type L from 'leaflet';
import type { StoryFeature } from '../story/schema.ts';
import { frameCamera, type Camera, type FramePlace, type FramingView } from './framing.ts';
import { cameraOf } from './framing-view.ts';

/** Options of a camera move. */
export interface MoveOptions {
  /** No flight or glide at all: the system asks for reduced motion. */
  reducedMotion: boolean;
  /** The longest a flight may last, in seconds. */
  duration: number;
}

/** Maps whose camera is on a move that `moveCamera` started and that has not ended yet. */
const moving = new WeakSet<L.Map>();

/** Whether a flight or glide that `moveCamera` started is still under way (a newer focus may cut it short). */
export function inFlight(map: L.Map): boolean {
  return moving.has(map);
}

/** Moves the camera: a jump under reduced motion, a glide at the same zoom, else a flight. */
export function moveCamera(map: L.Map, { center, zoom }: Camera, { reducedMotion, duration }: MoveOptions): void {
  if (reducedMotion) {
    map.setView(center, zoom, { animate: false });
    return;
  }
  moving.add(map);
  // Any end of the move counts, its own or a jump that cuts it short.
  map.once('moveend', () => moving.delete(map));
  if (Math.abs(map.getZoom() - zoom) < 1e-9) map.panTo(center, { animate: true, duration: Math.min(duration, 0.6) });
  else map.flyTo(center, zoom, { duration });
}

/**
 * Brings a feature that has keyboard focus into the uncovered part of the map at once, at the same
 * zoom if it fits. Focus wins over a flight under way: the camera jumps from where the flight has got
 * to, at a whole zoom step.
 */
export function showFocused(map: L.Map, view: FramingView, place: FramePlace): void {
  const flying = inFlight(map);
  const now = cameraOf(map);
  const snap = map.options.zoomSnap || 1;
  const current = flying ? { ...now, zoom: Math.round(now.zoom / snap) * snap } : now;
  const { camera } = frameCamera(view, { places: [place], current, zoomCap: current.zoom });
  if (flying || camera !== current) map.setView(camera.center, camera.zoom, { animate: false });
}

/** A feature as a place to frame: its point, or every vertex of its line or shape. */
export function featurePlace(feature: StoryFeature): FramePlace {
  const { geometry } = feature;
  const positions =
    geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat();
  return { id: feature.id, points: positions.map(([lng = 0, lat = 0]) => ({ lat, lng })) };
}
