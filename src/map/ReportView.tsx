import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Two decimals of a degree, about a kilometre: enough for a tour stop's camera. */
const round = (degrees: number) => Math.round(degrees * 100) / 100;

/**
 * Reports the map's view after each move, as a tour stop's camera `{ bbox: [west, south, east, north] }`
 * within the world's edges (the map may look past the antimeridian; a camera may not).
 */
export function ReportView({ onView }: { onView: (view: { bbox: [number, number, number, number] }) => void }) {
  const map = useMap();
  useEffect(
    function reportEachMove() {
      function report() {
        const bounds = map.getBounds();
        onView({
          bbox: [
            Math.max(-180, round(bounds.getWest())),
            Math.max(-85, round(bounds.getSouth())),
            Math.min(180, round(bounds.getEast())),
            Math.min(85, round(bounds.getNorth())),
          ],
        });
      }
      report();
      map.on('moveend', report);
      return function stopReporting() {
        map.off('moveend', report);
      };
    },
    [map, onView],
  );
  return null;
}
