/**
 * The one way a group of places is opened, shared by the group's button and the symbols drawn on the canvas.
 */
import type L from 'leaflet';
import { featurePlace } from '../feature-place.ts';
import type { CameraController } from '../camera/camera-controller.ts';
import type { DrawnSymbol } from './use-place-symbols.ts';

/**
 * Asks the camera to zoom in on a group of places until it opens (splits), with its places clear of
 * what covers the map; `then` once it has.
 */
export function openGroup(camera: CameraController, map: L.Map, symbol: DrawnSymbol, reducedMotion: boolean, then?: () => void): void {
  const zoom = Math.min(symbol.opensAt?.() ?? map.getZoom() + 2, map.getMaxZoom());
  camera.request({ kind: 'group', places: symbol.features.map(featurePlace), zoom, reducedMotion, then });
}
