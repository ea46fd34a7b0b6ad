/**
 * A group of places as one button on the map, which stands in for its places in focus and selection until it
 * is opened.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import L from 'leaflet';
import { Marker, useMap } from 'react-leaflet';
import type { FeatureElements } from '../feature-element.ts';
import { PLACE_FLAT_ON_ADD } from './flat-position.ts';
import type { DrawnSymbol } from './use-place-symbols.ts';
import { useCamera } from '../camera/use-camera.ts';
import { openGroup } from './open-group.ts';
import { GroupTooltip } from '../tooltips/GroupTooltip.tsx';
import { placeLabel } from './place-names.ts';
import { focusWhenDrawn } from './focus-when-drawn.ts';

/** A group's accessible name: its label, how many places, which, and what Enter does. */
function groupAccessibleName(symbol: DrawnSymbol): string {
  const names = symbol.features.map((f) => f.properties.name).join('; ');
  return `${symbol.label.replace(/ · \d+$/, '')}: ${symbol.features.length} places (${names}). Zoom in to see them.`;
}

/**
 * Places that sit together at this zoom, drawn as one symbol at their centre with their count: a
 * button that zooms in until the group splits, a level at a time (as a marker cluster opens). It stands for each of its places when focus must
 * return to one of them, and shows the selection when it holds the selected place.
 */
export const PlaceGroupMarker = memo(function PlaceGroupMarker({ symbol, selected, related, reducedMotion, elements }: {
  symbol: DrawnSymbol;
  selected: boolean;
  related: boolean;
  reducedMotion: boolean;
  elements: FeatureElements;
}) {
  const map = useMap();
  const camera = useCamera();
  const markerRef = useRef<L.Marker>(null);
  const count = symbol.features.length;
  const icon = useMemo(() => {
    const badge = document.createElement('span');
    badge.className = 'place-group-count';
    badge.textContent = String(count);
    return L.divIcon({ html: badge, className: 'place-group', iconSize: [symbol.size, symbol.size] });
  }, [count, symbol.size]);
  const name = groupAccessibleName(symbol);
  const ids = useMemo(() => symbol.features.map((f) => f.id), [symbol.features]);
  const names = useMemo(() => symbol.features.map(placeLabel), [symbol.features]);

  useEffect(
    function makeGroupAButton() {
      const element = markerRef.current?.getElement();
      if (!element) return undefined;
      const open = () => {
        const hadFocus = document.activeElement === element;
        // The group's element goes when it opens: keyboard focus waits on the map, then moves on to
        // the group's first place (or the smaller group that holds it) once that is drawn.
        if (hadFocus) map.getContainer().focus({ preventScroll: true });
        // Only once the zoom has ended: focus on a place brings it into view, which would stop a zoom under way.
        openGroup(camera, map, symbol, reducedMotion, hadFocus ? () => focusWhenDrawn(map.getContainer(), elements, ids[0] ?? '', element) : undefined);
      };
      element.setAttribute('tabindex', '0');
      element.setAttribute('role', 'button');
      element.setAttribute('aria-label', name);
      element.dataset.groupOf = ids.join(' ');
      for (const id of ids) elements.set(id, element);
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        event.stopPropagation();
        open();
      };
      const [lat, lng] = symbol.position;
      // From the keyboard only, as for a place (PlaceMarker.tsx).
      const onFocus = () => element.matches(':focus-visible') && camera.request({ kind: 'focus', places: [{ id: symbol.key, points: [{ lat, lng }] }], reducedMotion: true });
      element.addEventListener('keydown', onKeyDown);
      element.addEventListener('click', open);
      element.addEventListener('focus', onFocus);
      return function unbindGroup() {
        element.removeEventListener('keydown', onKeyDown);
        element.removeEventListener('click', open);
        element.removeEventListener('focus', onFocus);
        for (const id of ids) if (elements.get(id) === element) elements.delete(id);
      };
    },
    [map, symbol, name, ids, elements, camera, reducedMotion, icon],
  );

  useEffect(
    function showSelection() {
      const element = markerRef.current?.getElement();
      element?.classList.toggle('is-selected', selected);
      element?.classList.toggle('is-related', related);
    },
    [selected, related, icon],
  );

  return (
    <Marker ref={markerRef} position={symbol.position} icon={icon} keyboard={false} autoPanOnFocus={false} zIndexOffset={selected ? 1000 : 0} eventHandlers={PLACE_FLAT_ON_ADD}>
      <GroupTooltip title={symbol.label.replace(/ · \d+$/, '')} names={names} above={symbol.size / 2 + 6} />
    </Marker>
  );
});
