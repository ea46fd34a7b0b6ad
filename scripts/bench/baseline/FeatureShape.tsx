/**
 * One feature on the map: a circle marker for a place, a polyline for a flow, a polygon for an area.
 * Click opens its passage; so does Enter, the least a competent developer does for the keyboard:
 * the shape's SVG path is made focusable, named and a button when Leaflet adds it.
 */
import type { LeafletEvent, Path } from 'leaflet';
import { useMemo } from 'react';
import { CircleMarker, Polygon, Polyline } from 'react-leaflet';
import type { BenchFeature } from 'virtual:bench-story';
import type { Shape } from '../story-geometry.ts';

const STYLE = { color: '#8b1e1e', weight: 3 };
/** Set when Leaflet makes the path (react-leaflet passes `pathOptions` only to `setStyle`). */
const CLASS_NAME = 'baseline-feature';

export interface FeatureShapeProps {
  feature: BenchFeature;
  shape: Shape;
  onOpen: (feature: BenchFeature) => void;
}

export function FeatureShape({ feature, shape, onOpen }: FeatureShapeProps) {
  const eventHandlers = useMemo(
    () => ({
      click: function openOnClick() {
        onOpen(feature);
      },
      add: function makeFocusable(event: LeafletEvent) {
        const element = (event.target as Path).getElement();
        if (!(element instanceof SVGElement)) return;
        element.setAttribute('tabindex', '0');
        element.setAttribute('role', 'button');
        element.setAttribute('aria-label', feature.properties.name);
        element.addEventListener('keydown', function openOnEnter(key: KeyboardEvent) {
          if (key.key === 'Enter') onOpen(feature);
        });
      },
    }),
    [feature, onOpen],
  );
  if (shape.kind === 'point') return <CircleMarker center={shape.at} radius={7} className={CLASS_NAME} pathOptions={STYLE} eventHandlers={eventHandlers} />;
  if (shape.kind === 'line') return <Polyline positions={shape.lines} className={CLASS_NAME} pathOptions={STYLE} eventHandlers={eventHandlers} />;
  return <Polygon positions={shape.rings} className={CLASS_NAME} pathOptions={STYLE} eventHandlers={eventHandlers} />;
}
