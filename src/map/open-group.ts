import type L from 'leaflet';
import { featurePlace } from './camera-moves.ts';
import type { FramingView } from './framing.ts';
import { openingCamera } from './group-camera.ts';
import type { DrawnSymbol } from './use-place-symbols.ts';

/** Zooms in on a group of places until it opens (splits), with its places clear of what covers the map. */
export function openGroup(map: L.Map, view: FramingView, symbol: DrawnSymbol, reducedMotion: boolean): void {
  const zoom = Math.min(symbol.opensAt?.() ?? map.getZoom() + 2, map.getMaxZoom());
  const points = symbol.features.flatMap((f) => featurePlace(f).points);
  const camera = openingCamera(view, points, zoom);
  map.setView(camera.center, camera.zoom, { animate: !reducedMotion });
}
