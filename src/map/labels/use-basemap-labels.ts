/**
 * Loads the basemap's names once the story's places are drawn, and prepares them for the map's label layer.
 */
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import { loadLabelData } from 'virtual:basemap-labels';
import { finishInSlices } from '../../ui/time-slice.ts';
import { labelMeasurer } from '../../labels/measure.ts';
import { basemapLabelSteps, type PreparedLabel } from '../../labels/prepare-basemap-labels.ts';
import type { LandGrid } from '../../labels/land-grid.ts';

/** The basemap's names, prepared, and which country lies where (labels/land-grid.ts). */
export interface BasemapNames {
  names: readonly PreparedLabel[];
  land: LandGrid;
}

/**
 * The basemap's names, loaded after first paint and prepared for placement a slice at a time
 * (measured, and given the zoom from which each shows); null until then, and if they cannot load
 * (the map then shows the story's own labels alone, and says why in the console). Not begun before
 * `begin`: the story's own places are drawn first, and the names of the world around them after.
 */
export function useBasemapLabels(begin: boolean): BasemapNames | null {
  const map = useMap();
  const [labels, setLabels] = useState<BasemapNames | null>(null);
  // Once begun, never undone (a later redraw in steps leaves the names as they are).
  const [begun, setBegun] = useState(begin);
  if (begin && !begun) setBegun(true);
  useEffect(
    function loadBasemapLabels() {
      if (!begun) return undefined;
      let live = true;
      loadLabelData()
        .then(async (data) => {
          const project = ([lon, lat]: [number, number]) => map.project([lat, lon], 0);
          const prepared = await finishInSlices(basemapLabelSteps(data.labels, project, labelMeasurer(), map.getMaxZoom()));
          if (live) setLabels({ names: prepared, land: data.land });
        })
        .catch((error: unknown) => console.warn('The basemap names could not be loaded:', error));
      return function stopLoading() {
        live = false;
      };
    },
    [map, begun],
  );
  return labels;
}
