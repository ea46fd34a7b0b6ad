/** Feeds the tour editor's "Add a stop from the map view" with the part of the map the teacher sees. */
import { useContext, useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { CoveringsContext } from './coverings-context.ts';
import { rectWithin } from './camera/framing-view.ts';
import { uncoveredAreas } from './camera/uncovered-areas.ts';

/** Two decimals of a degree, about a kilometre: enough for a tour stop's camera. */
const round = (degrees: number) => Math.round(degrees * 100) / 100;

/**
 * Reports the map's view after each move, as a tour stop's camera `{ bbox: [west, south, east, north] }`:
 * the part of the map the teacher sees, less the panels over it (the largest part they leave), within
 * the world's edges (the map may look past the antimeridian; a camera may not).
 */
export function ReportView({ onView }: { onView: (view: { bbox: [number, number, number, number] }) => void }) {
  const map = useMap();
  const coverings = useContext(CoveringsContext);
  useEffect(
    function reportEachMove() {
      function report() {
        const container = map.getContainer();
        const size = map.getSize();
        const panels = coverings().flatMap((element) => (element ? [rectWithin(container, element)] : [])).filter((rect) => rect !== null);
        const [seen = { left: 0, top: 0, right: size.x, bottom: size.y }] = uncoveredAreas(size, panels, 0);
        const southWest = map.containerPointToLatLng([seen.left, seen.bottom]);
        const northEast = map.containerPointToLatLng([seen.right, seen.top]);
        onView({
          bbox: [
            Math.max(-180, round(southWest.lng)),
            Math.max(-85, round(southWest.lat)),
            Math.min(180, round(northEast.lng)),
            Math.min(85, round(northEast.lat)),
          ],
        });
      }
      report();
      map.on('moveend', report);
      return function stopReporting() {
        map.off('moveend', report);
      };
    },
    [map, onView, coverings],
  );
  return null;
}
