/**
 * The Leaflet marker of a single point place, with its keyboard focus, which brings it into view, and its
 * selected and related states.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import L from 'leaflet';
import { Marker, useMap } from 'react-leaflet';
import { useStoryWords } from '../../ui/story-words.ts';
import type { FeatureProperties, LayerId } from '../../story/schema.ts';
import { bindFeatureElement, type FeatureElements } from '../feature-element.ts';
import { FeatureTooltip } from '../tooltips/FeatureTooltip.tsx';
import { PLACE_FLAT_ON_ADD } from './flat-position.ts';
import { useCamera } from '../camera/use-camera.ts';
import { shownAt } from '../camera/framing-view.ts';
import { targetSize } from './symbol-scale.ts';

/** What a place marker needs to know of its feature. */
export interface PlaceMarkerProps {
  id: string;
  properties: FeatureProperties;
  layer: Exclude<LayerId, 'flows'>;
  size: number;
  position: L.LatLngTuple;
  selected: boolean;
  /** Shown along with the selection. */
  related: boolean;
  onActivate: (id: string) => void;
  elements: FeatureElements;
}

/**
 * One place: a shaped symbol that is a button, named after the feature. Memoised: the map's first
 * drawing adds places a few at a time, and those drawn stay as they are.
 */
export const PlaceMarker = memo(function PlaceMarker({ id, properties, layer, size, position, selected, related, onActivate, elements }: PlaceMarkerProps) {
  const { name } = properties;
  const map = useMap();
  const camera = useCamera();
  const markerRef = useRef<L.Marker>(null);
  const kind = useStoryWords().layers[layer].singular;
  const icon = useMemo(
    () =>
      L.divIcon({
        html: '',
        className: `place-symbol place-symbol--${layer} symbol--${layer}`,
        // A small mark at an overview is drawn inside a target of the least size (symbol-scale.ts).
        iconSize: [targetSize(size), targetSize(size)],
      }),
    [layer, size],
  );
  const eventHandlers = useMemo(() => ({ ...PLACE_FLAT_ON_ADD, click: () => onActivate(id) }), [id, onActivate]);

  useEffect(
    function makeMarkerAButton() {
      const element = markerRef.current?.getElement();
      if (!element) return undefined;
      element.dataset.layer = kind;
      element.style.setProperty('--drawn', `${size}px`);
      return bindFeatureElement(element, {
        id,
        name,
        elements,
        onActivate: () => onActivate(id),
        // Leaflet's own autoPanOnFocus knows only the map's edges, not the panel or the controls; and
        // the symbol may be drawn aside from its true place, so where it is drawn is what must show.
        onFocus: () => {
          // From the keyboard only: a click focuses the symbol too, and it is in view where it was clicked.
          // Nor does a click, a tap or the opening of a group keep the tooltip that Leaflet opens on
          // focus: the passage says as much, and the tooltip would lie over the names round it.
          if (!element.matches(':focus-visible')) {
            queueMicrotask(() => markerRef.current?.closeTooltip());
            return;
          }
          const shown = shownAt(map, element);
          if (shown) camera.request({ kind: 'focus', places: [{ id, points: [shown] }], reducedMotion: true });
        },
      });
    },
    [id, name, kind, size, onActivate, elements, icon, map, camera],
  );

  useEffect(
    function showSelection() {
      const element = markerRef.current?.getElement();
      element?.classList.toggle('is-selected', selected);
      element?.classList.toggle('is-related', related);
      if (selected) element?.setAttribute('aria-current', 'true');
      else element?.removeAttribute('aria-current');
    },
    [selected, related, icon],
  );

  return (
    <Marker
      ref={markerRef}
      position={position}
      icon={icon}
      keyboard
      autoPanOnFocus={false}
      zIndexOffset={selected ? 1000 : 0}
      eventHandlers={eventHandlers}
    >
      <FeatureTooltip properties={properties} above={size / 2 + 6} />
    </Marker>
  );
});
