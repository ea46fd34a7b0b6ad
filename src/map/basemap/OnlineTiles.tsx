/** The switchable OpenStreetMap layer for readers with a network; the built-in basemap stays under it. */
import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';

/** Where the optional OpenStreetMap tiles come from, and how they are credited. */
export const ONLINE_TILES = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  /** Tiles that fail before any loads, or seconds without a tile, before giving up. */
  failuresBeforeGivingUp: 3,
  secondsBeforeGivingUp: 8,
} as const;

/** Where the online tiles stand. */
export type TilesStatus = 'loading' | 'online' | 'failed';

/**
 * OpenStreetMap tiles over the embedded basemap, off unless the reader asks for them. When none
 * arrive (no network, a blocked host), it reports `failed` and removes itself: the embedded basemap
 * underneath stays.
 */
export function OnlineTiles({ onStatus }: { onStatus: (status: TilesStatus) => void }) {
  const map = useMap();
  useEffect(
    function addOnlineTiles() {
      let loaded = 0;
      let failed = 0;
      const layer = L.tileLayer(ONLINE_TILES.url, {
        attribution: ONLINE_TILES.attribution,
        maxZoom: 19,
        crossOrigin: true,
      });
      function giveUp() {
        layer.remove();
        onStatus('failed');
      }
      const timer = window.setTimeout(() => {
        if (loaded === 0) giveUp();
      }, ONLINE_TILES.secondsBeforeGivingUp * 1000);
      layer.on('tileload', () => {
        loaded += 1;
        if (loaded === 1) onStatus('online');
      });
      layer.on('tileerror', () => {
        failed += 1;
        if (loaded === 0 && failed === ONLINE_TILES.failuresBeforeGivingUp) {
          window.clearTimeout(timer);
          giveUp();
        }
      });
      onStatus('loading');
      layer.addTo(map);
      return function removeOnlineTiles() {
        window.clearTimeout(timer);
        layer.off();
        layer.remove();
      };
    },
    [map, onStatus],
  );
  return null;
}
