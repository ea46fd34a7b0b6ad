/** The map's locator box for the story's cities outside the view, shown while nothing is selected. */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { OffViewMark } from './off-view-marks.ts';

/**
 * The story's cities beyond the view, as a locator map's "not on this map" box: a small list in the
 * map's lower left corner (a Leaflet control, so that names and the camera keep clear of it), each a
 * button with its direction that brings the place into view. Shown when nothing is chosen.
 */
export function BeyondList({ marks, onShow }: { marks: readonly OffViewMark[]; onShow: (id: string) => void }) {
  const map = useMap();
  const [box] = useState(() => document.createElement('div'));
  // Open on a map large enough to spare the corner (its list is some 210 px tall); on a phone, one line
  // that opens on a tap, in the upper right; on a small laptop, closed in the lower left, over no place.
  const [{ wide, open }] = useState(() => {
    const size = map.getSize();
    return { wide: size.x >= 600, open: size.x >= 600 && size.y >= 560 };
  });
  const shown = marks.length > 0;
  useEffect(
    function addBeyondControl() {
      if (!shown) return undefined;
      // On a phone the lower corners hold the credit line and the zoom buttons: the upper right is free.
      const control = new L.Control({ position: wide ? 'bottomleft' : 'topright' });
      control.onAdd = () => {
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        return box;
      };
      control.addTo(map);
      return function removeBeyondControl() {
        control.remove();
      };
    },
    [map, box, shown, wide],
  );
  if (!shown) return null;
  return createPortal(
    <nav className="beyond-view" aria-label="Beyond this view">
      <details open={open}>
        <summary className="beyond-view-title">Beyond this view ({marks.length})</summary>
        <ul>
          {marks.map((mark) => (
            <li key={mark.id}>
              <button type="button" className="beyond-view-place" aria-label={`${mark.name}, beyond this view to the ${mark.direction}: show it`} onClick={() => onShow(mark.id)}>
                <span className="off-view-arrow" aria-hidden="true" style={{ transform: `rotate(${mark.angle}deg)` }}>
                  ➜
                </span>
                <span className="off-view-name">{mark.name}</span>
              </button>
            </li>
          ))}
        </ul>
      </details>
    </nav>,
    box,
  );
}
