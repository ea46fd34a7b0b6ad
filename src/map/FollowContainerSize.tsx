/** A map child that draws nothing: it keeps the map filling its box as the page's layout changes round it. */
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Keeps Leaflet in step with its container's size: Leaflet follows the window, but the container also
 * changes when the sheet is raised, the layout switches or the page is laid out for print.
 */
export function FollowContainerSize() {
  const map = useMap();
  useEffect(
    function watchContainer() {
      // Keep the centre where it is, so that the same places stay in view (in print too).
      const observer = new ResizeObserver(() => map.invalidateSize({ animate: false }));
      observer.observe(map.getContainer());
      const onPrint = () => map.invalidateSize({ animate: false });
      window.addEventListener('beforeprint', onPrint);
      return function stopWatching() {
        observer.disconnect();
        window.removeEventListener('beforeprint', onPrint);
      };
    },
    [map],
  );
  return null;
}
