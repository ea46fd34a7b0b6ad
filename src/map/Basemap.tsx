import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { BASEMAP_COLOURS } from '../ui/symbols.ts';
import { loadCountries } from './basemap-data.ts';
import { mapInSlices } from './time-slice.ts';

/** Where the embedded basemap stands. */
export type BasemapStatus = 'loading' | 'ready' | 'failed';

/** Options of the embedded basemap's look. */
export const BASEMAP_STYLE: L.PathOptions = {
  color: BASEMAP_COLOURS.border,
  weight: 0.8,
  fillColor: BASEMAP_COLOURS.land,
  fillOpacity: 1,
  interactive: false,
};

const BASEMAP_CREDIT = 'Countries: Natural Earth';

/** The pane below tiles and features that holds the embedded countries. */
export const BASEMAP_PANE = 'basemap';

/**
 * Draws the embedded Natural Earth countries on a canvas once their chunk has loaded, so that the
 * first paint never waits for them. Reports its status to the page.
 */
export function Basemap({ onStatus }: { onStatus: (status: BasemapStatus) => void }) {
  const map = useMap();
  useEffect(
    function addBasemap() {
      let layer: L.GeoJSON | undefined;
      let cancelled = false;
      const pane = map.getPane(BASEMAP_PANE) ?? map.createPane(BASEMAP_PANE);
      pane.style.zIndex = '150';
      // Credited from the start, so that the credit line does not grow (and shift) when the data comes.
      const credits = map.attributionControl;
      credits?.addAttribution(BASEMAP_CREDIT);
      onStatus('loading');
      loadCountries(() => cancelled).then(
        async (countries) => {
          if (cancelled) return;
          // GeoJSON passes its options on to each polygon it makes, renderer included.
          const options: L.GeoJSONOptions & L.PathOptions = {
            pane: BASEMAP_PANE,
            style: BASEMAP_STYLE,
            renderer: L.canvas({ pane: BASEMAP_PANE }),
          };
          const basemap = L.geoJSON(undefined, options).addTo(map);
          layer = basemap;
          // A few countries at a time: one canvas redraw of the world is too long a task for a slow laptop.
          await mapInSlices(countries.features, (country) => basemap.addData(country), () => cancelled);
          if (!cancelled) onStatus('ready');
        },
        () => {
          if (cancelled) return;
          credits?.removeAttribution(BASEMAP_CREDIT);
          onStatus('failed');
        },
      );
      return function removeBasemap() {
        cancelled = true;
        layer?.remove();
        credits?.removeAttribution(BASEMAP_CREDIT);
      };
    },
    [map, onStatus],
  );
  return null;
}
