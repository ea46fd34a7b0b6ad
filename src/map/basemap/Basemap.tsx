/**
 * The built-in basemap: the Natural Earth countries and the rivers, drawn on a canvas pane, with their
 * credits and a status for the page.
 */
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { labelCredits, loadLabelData } from 'virtual:basemap-labels';
import { loadCountries } from 'virtual:countries-50m';
import { riverPathData } from './river-paths.ts';
import { mapInSlices, nextTurn } from '../../ui/time-slice.ts';
import { mapPane, PANES } from '../panes.ts';
import { CountriesCanvas } from '../leaflet/countries-canvas.ts';

/** Where the embedded basemap stands. */
export type BasemapStatus = 'loading' | 'ready' | 'failed';

const BASEMAP_CREDIT = 'Countries: Natural Earth';


/** Milliseconds of making paths before the page gets a turn: each path takes a millisecond or two. */
const PATHS_SLICE_MS = 4;

/**
 * Draws the embedded Natural Earth countries on a canvas once their chunk has loaded, so that the
 * first paint never waits for them. Reports its status to the page.
 */
export function Basemap({ onStatus }: { onStatus: (status: BasemapStatus) => void }) {
  const map = useMap();
  useEffect(
    function addBasemap() {
      let renderer: CountriesCanvas | undefined;
      let cancelled = false;
      mapPane(map, PANES.basemap);
      // Credited from the start, so that the credit line does not grow (and shift) when the data comes.
      const credits = map.attributionControl;
      credits?.addAttribution(BASEMAP_CREDIT);
      labelCredits.forEach((credit) => credits?.addAttribution(credit));
      onStatus('loading');
      loadCountries().then(
        async (countries) => {
          // One path at a time, each a few thousand points: the page stays responsive meanwhile.
          const paths = await mapInSlices(countries, (data) => new Path2D(data), () => cancelled, PATHS_SLICE_MS);
          // And the first drawing in a task of its own.
          await nextTurn();
          if (cancelled) return;
          renderer = new CountriesCanvas({ pane: PANES.basemap.name });
          renderer.addTo(map);
          renderer.setCountries(paths);
          onStatus('ready');
          drawRivers(renderer);
        },
        () => {
          if (cancelled) return;
          credits?.removeAttribution(BASEMAP_CREDIT);
          onStatus('failed');
        },
      );
      /** The rivers, from the label data, once the land is drawn; without them the credits for that data go. */
      function drawRivers(canvas: CountriesCanvas) {
        loadLabelData().then(
          (labels) => {
            if (!cancelled) canvas.setRivers(new Path2D(riverPathData(labels.rivers)));
          },
          () => {
            if (!cancelled) labelCredits.forEach((credit) => credits?.removeAttribution(credit));
          },
        );
      }
      return function removeBasemap() {
        cancelled = true;
        renderer?.remove();
        credits?.removeAttribution(BASEMAP_CREDIT);
        labelCredits.forEach((credit) => credits?.removeAttribution(credit));
      };
    },
    [map, onStatus],
  );
  return null;
}
