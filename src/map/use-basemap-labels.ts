import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import { loadLabelData } from 'virtual:basemap-labels';
import { finishInSlices } from '../ui/time-slice.ts';
import { labelMeasurer } from '../labels/measure.ts';
import { basemapLabelSteps, type PreparedLabel } from '../labels/prepare-basemap-labels.ts';

/**
 * The basemap's names, loaded after first paint and prepared for placement a slice at a time
 * (measured, and given the zoom from which each shows); null until then, and if they cannot load
 * (the map then shows the story's own labels alone, and says why in the console).
 */
export function useBasemapLabels(): readonly PreparedLabel[] | null {
  const map = useMap();
  const [labels, setLabels] = useState<readonly PreparedLabel[] | null>(null);
  useEffect(
    function loadBasemapLabels() {
      let live = true;
      loadLabelData()
        .then(async (data) => {
          const project = ([lon, lat]: [number, number]) => map.project([lat, lon], 0);
          const prepared = await finishInSlices(basemapLabelSteps(data.labels, project, labelMeasurer(), map.getMaxZoom()));
          if (live) setLabels(prepared);
        })
        .catch((error: unknown) => console.warn('The basemap names could not be loaded:', error));
      return function stopLoading() {
        live = false;
      };
    },
    [map],
  );
  return labels;
}
