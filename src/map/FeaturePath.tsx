import { useEffect, useMemo, useRef } from 'react';
import L from 'leaflet';
import { Polygon, Polyline, useMap } from 'react-leaflet';
import type { FeatureProperties } from '../story/schema.ts';
import { addArrowhead } from './arrowheads.ts';
import { bindFeatureElement, type FeatureElements } from './feature-element.ts';
import { FeatureTooltip } from './FeatureTooltip.tsx';
import { showFocused } from './camera-moves.ts';
import { useFramingView } from './framing-view.ts';

/** Width in pixels of the invisible band around a line that takes clicks and shows focus. */
export const LINE_HIT_WIDTH = 14;

/** What a path on the map needs to know of its feature. */
export interface FeaturePathProps {
  id: string;
  properties: FeatureProperties;
  shape: 'line' | 'polygon';
  positions: L.LatLngTuple[][];
  style: L.PathOptions;
  selected: boolean;
  related: boolean;
  onActivate: (id: string) => void;
  elements: FeatureElements;
  /** Lines only: each line ends in an arrowhead of this colour. */
  arrowColor?: string;
}

/**
 * A line or polygon feature. Leaflet paths are not focusable, so the path that takes the clicks is
 * made a named button; for a line it is a wide transparent band over the visible line, so that a thin
 * line is easy to hit and its focus ring easy to see. Focus brings the feature into view.
 */
export function FeaturePath({ id, properties, shape, positions, style, selected, related, onActivate, elements, arrowColor }: FeaturePathProps) {
  const { name } = properties;
  const map = useMap();
  const framingFor = useFramingView();
  const lineRef = useRef<L.Polyline>(null);
  const polygonRef = useRef<L.Polygon>(null);
  const eventHandlers = useMemo(() => ({ click: () => onActivate(id) }), [id, onActivate]);
  const points = useMemo(() => positions.flat().map(([lat, lng]) => ({ lat, lng })), [positions]);
  const arrowHandlers = useMemo(() => (arrowColor ? { add: (event: L.LeafletEvent) => addArrowhead(event.target as L.Path, arrowColor) } : undefined), [arrowColor]);

  useEffect(
    function makePathAButton() {
      const element = (lineRef.current ?? polygonRef.current)?.getElement();
      if (!(element instanceof SVGElement)) return undefined;
      return bindFeatureElement(element, {
        id,
        name,
        elements,
        onActivate: () => onActivate(id),
        onFocus: () => showFocused(map, framingFor(map), { id, points }),
      });
    },
    [id, name, onActivate, elements, map, points, framingFor],
  );

  useEffect(
    function showSelection() {
      const element = (lineRef.current ?? polygonRef.current)?.getElement();
      element?.classList.toggle('is-selected', selected || related);
    },
    [selected, related],
  );

  const visibleStyle = useMemo<L.PathOptions>(
    () => ({ ...style, weight: (style.weight ?? 3) + (selected || related ? 2 : 0), interactive: false, className: selected ? 'feature-line is-selected' : 'feature-line' }),
    [style, selected, related],
  );

  if (shape === 'polygon') {
    return (
      <Polygon ref={polygonRef} positions={positions} pathOptions={{ ...style, className: 'feature-path feature-polygon' }} eventHandlers={eventHandlers}>
        <FeatureTooltip properties={properties} offset={[0, -8]} sticky />
      </Polygon>
    );
  }
  return (
    <>
      {/* One path per line, so that each line of a flow ends in its own arrowhead. */}
      {positions.map((line, i) => (
        <Polyline key={i} positions={line} pathOptions={visibleStyle} eventHandlers={arrowHandlers} />
      ))}
      <Polyline
        ref={lineRef}
        positions={positions}
        pathOptions={{ color: '#ffbf47', opacity: 0, weight: LINE_HIT_WIDTH, className: 'feature-path line-hit' }}
        eventHandlers={eventHandlers}
      >
        <FeatureTooltip properties={properties} offset={[0, -12]} sticky />
      </Polyline>
    </>
  );
}
