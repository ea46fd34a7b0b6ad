/**
 * Where the camera goes to open a group of places: the zoom at which they stand apart, and the
 * centre that puts them all in the part of the map no panel covers (framing.ts).
 */
import { frameCamera, type Camera, type FramingView } from './framing.ts';

/** The camera at `zoom` (or the closest that fits) showing `points` clear of what covers the map. */
export function openingCamera(view: FramingView, points: readonly { lat: number; lng: number }[], zoom: number): Camera {
  const lat = points.reduce((sum, p) => sum + p.lat, 0) / Math.max(1, points.length);
  const lng = points.reduce((sum, p) => sum + p.lng, 0) / Math.max(1, points.length);
  return frameCamera(view, { places: [{ id: 'opening', points }], current: { center: { lat, lng }, zoom }, zoomCap: zoom }).camera;
}
