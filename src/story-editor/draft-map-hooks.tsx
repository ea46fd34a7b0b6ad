/**
 * The editor map's camera and clicks, each through `useMap()` with its own cleanup: framing the places
 * when an article's places are found, bringing the chosen place into view, and adding a place by click.
 */
import { latLngBounds, type LeafletMouseEvent } from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { Article } from '../story/schema.ts';
import type { DraftPlace } from './draft-model.ts';
import { lonLatOf } from './place-text.ts';

/** How close the framing may come, and its margin in pixels. */
export const FRAMING_DEFAULTS = { maxZoom: 6, padding: 24 };

/** Frames the places each time a new article's places come, and when the map first has a size (the dialog opens after the map is made). */
export function FitDraft({ article, places }: { article: Article | null; places: readonly DraftPlace[] }) {
  const map = useMap();
  const latest = useRef(places);
  latest.current = places;
  const [sized, setSized] = useState(false);
  useEffect(
    function followTheContainersSize() {
      const observer = new ResizeObserver(function resize() {
        map.invalidateSize({ pan: false });
        const { x, y } = map.getSize();
        if (x > 0 && y > 0) setSized(true);
      });
      observer.observe(map.getContainer());
      return function stopFollowing() {
        observer.disconnect();
      };
    },
    [map],
  );
  useEffect(
    function frameTheArticlesPlaces() {
      const points = latest.current.map(({ coordinates: [lon, lat] }) => [lat, lon] as [number, number]);
      if (!sized || !article || points.length === 0) return;
      map.fitBounds(latLngBounds(points), { maxZoom: FRAMING_DEFAULTS.maxZoom, padding: [FRAMING_DEFAULTS.padding, FRAMING_DEFAULTS.padding], animate: false });
    },
    [map, article, sized],
  );
  return null;
}

/** Pans to the chosen place when it is out of view. */
export function PanToSelected({ place }: { place: DraftPlace | undefined }) {
  const map = useMap();
  const lon = place?.coordinates[0];
  const lat = place?.coordinates[1];
  useEffect(
    function bringTheChosenPlaceIntoView() {
      if (lon === undefined || lat === undefined) return;
      if (!map.getBounds().contains([lat, lon])) map.panTo([lat, lon]);
    },
    [map, lon, lat],
  );
  return null;
}

/**
 * While `active`, a click on the map adds a place there; from the keyboard, Enter on the map adds it
 * at the cross in the map's middle (the arrow keys move the map under it, + and − zoom). The map takes
 * focus as the mode begins, so that the keys act on it at once.
 */
export function AddOnClick({ active, onAdd }: { active: boolean; onAdd: (coordinates: [number, number], how: 'click' | 'cross') => void }) {
  const map = useMap();
  const latest = useRef(onAdd);
  latest.current = onAdd;
  useEffect(
    function listenForTheClick() {
      if (!active) return undefined;
      const container = map.getContainer();
      function addWhereClicked(event: LeafletMouseEvent) {
        latest.current(lonLatOf(event.latlng), 'click');
      }
      function addAtTheCross(event: KeyboardEvent) {
        if (event.key !== 'Enter' || event.target !== container) return;
        event.preventDefault();
        latest.current(lonLatOf(map.getCenter()), 'cross');
      }
      map.on('click', addWhereClicked);
      container.addEventListener('keydown', addAtTheCross);
      container.focus({ preventScroll: true });
      return function stopListening() {
        map.off('click', addWhereClicked);
        container.removeEventListener('keydown', addAtTheCross);
      };
    },
    [map, active],
  );
  return null;
}

/** Names the map's own element, which Leaflet makes focusable (arrow keys pan, + and − zoom), for a screen reader. */
export function NameTheMap({ name }: { name: string }) {
  const map = useMap();
  useEffect(
    function nameTheMap() {
      const container = map.getContainer();
      container.setAttribute('role', 'region');
      container.setAttribute('aria-label', name);
      return function unnameTheMap() {
        container.removeAttribute('role');
        container.removeAttribute('aria-label');
      };
    },
    [map, name],
  );
  return null;
}
