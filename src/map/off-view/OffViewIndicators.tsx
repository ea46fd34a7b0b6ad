/**
 * The arrows at the map's edge that point to chosen places out of view or under a panel, and bring them into
 * view when pressed.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { StoryFeature } from '../../story/schema.ts';
import { featurePlace } from '../feature-place.ts';
import { labelWithCity } from '../places/place-names.ts';
import { useCamera } from '../camera/use-camera.ts';
import type { FeatureElements } from '../feature-element.ts';
import { cameraOf, COVERED_MARGIN, useFramingView } from '../camera/framing-view.ts';
import { placesOffView, type FramingView } from '../camera/framing.ts';
import { BEYOND_MOST } from './beyond-places.ts';
import { BeyondList } from './BeyondList.tsx';
import { offViewMarks, type NamedPlace, type OffViewMark } from './off-view-marks.ts';
import { afterNextPaint } from '../../ui/time-slice.ts';
import { COVERINGS_CHANGE } from '../coverings-context.ts';

/**
 * An arrow for each chosen place (the selection and its sentence's places, or the tour stop's) that is
 * off the view or under a panel, at the edge of the uncovered map, with the place's name and its
 * direction in words; with nothing chosen, one for each city of the story beyond the first view
 * (`beyond`), and of its region that the first view leaves out (`within`, Tehran on a phone). Activating one brings that place into view and gives it focus. Hidden while the camera
 * moves; worked out again when it stops or the map changes size.
 */
export function OffViewIndicators({ features, beyond, within, elements, reducedMotion }: {
  features: readonly StoryFeature[];
  beyond: readonly NamedPlace[];
  /** The cities of the first view's region: listed with those beyond it where the first view leaves them out (a phone's). */
  within: readonly NamedPlace[];
  elements: FeatureElements;
  reducedMotion: boolean;
}) {
  const map = useMap();
  const framingFor = useFramingView();
  const camera = useCamera();
  const [marks, setMarks] = useState<OffViewMark[]>([]);
  const groupRef = useRef<HTMLDivElement>(null);
  const moving = useRef(false);
  const key = features.map((f) => f.id).join(' ');
  const chosen = features.length > 0;
  // `key` stands for the features: the places are the same while the choice is.
  const places = useMemo(() => (chosen ? features.map((f) => ({ ...featurePlace(f), name: f.properties.name, shown: labelWithCity(f) })) : beyond), [key, beyond]);

  // What the marks list: the places chosen, or those beyond the first view and of its region the first view left out.
  const listed = useRef<readonly NamedPlace[]>(places);
  useEffect(
    function followTheCamera() {
      // The region's places the first view leaves out past the map's edges (a phone's Tehran); not those
      // a panel covers for now (the open key hid Brussels and Paris, then listed them as beyond the view).
      const missed = (view: FramingView) => {
        const first = camera.firstView();
        const off = new Set(first ? placesOffView({ ...view, coverings: [] }, first, within) : []);
        return within.filter((place) => off.has(place.id));
      };
      const update = () => {
        const view = framingFor(map, COVERED_MARGIN);
        listed.current = chosen ? places : [...places, ...missed(view)].slice(0, BEYOND_MOST);
        setMarks(listed.current.length > 0 ? offViewMarks(view, cameraOf(map), listed.current) : []);
      };
      function onMoveStart() {
        moving.current = true;
        setMarks([]);
      }
      function onMoveEnd() {
        moving.current = false;
        update();
      }
      // Once the frame that answers the choice is painted: it lays out the panels this reads.
      const cancel = afterNextPaint(() => !moving.current && update());
      map.on('movestart', onMoveStart);
      map.on('moveend resize', onMoveEnd);
      return function stopFollowing() {
        cancel();
        map.off('movestart', onMoveStart);
        map.off('moveend resize', onMoveEnd);
      };
    },
    [map, framingFor, places, chosen, within, camera],
  );

  useEffect(
    function tellTheLabels() {
      // The marks (or the corner box of places beyond the view) cover part of the map: its names are placed again round them.
      map.fire(COVERINGS_CHANGE);
    },
    [map, marks],
  );

  useEffect(
    function keepClicksFromTheMap() {
      const group = groupRef.current;
      if (!group) return undefined;
      L.DomEvent.disableClickPropagation(group);
      L.DomEvent.disableScrollPropagation(group);
      return function releaseClicks() {
        L.DomEvent.off(group);
      };
    },
    [marks.length > 0],
  );

  function show(id: string) {
    const place = listed.current.find((p) => p.id === id);
    if (!place) return;
    camera.request({ kind: 'off-view', places: [place], reducedMotion, then: () => elements.get(id)?.focus() });
  }

  if (!chosen) return <BeyondList marks={marks} onShow={show} />;
  if (marks.length === 0) return null;
  return (
    <div ref={groupRef} className="off-view" role="group" aria-label="Chosen places off the view">
      {marks.map((mark) => (
        <button
          key={mark.id}
          type="button"
          className={`off-view-mark off-view-mark--${mark.edge}`}
          style={{ left: `${mark.x}px`, top: `${mark.y}px` }}
          // The visible name first, then what a screen reader needs that the arrow shows, and the place's full name.
          aria-label={`${mark.shown}, off the view to the ${mark.direction}: show ${mark.shown === mark.name ? 'it' : mark.name}`}
          onClick={() => show(mark.id)}
        >
          <span className="off-view-arrow" aria-hidden="true" style={{ transform: `rotate(${mark.angle}deg)` }}>
            ➜
          </span>
          <span className="off-view-name">{mark.shown}</span>
        </button>
      ))}
    </div>
  );
}
