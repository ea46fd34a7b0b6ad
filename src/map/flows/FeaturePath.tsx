/**
 * A flow's line or an area on the map, made a named button that Tab reaches, with its tooltip, arrowheads and
 * wide click band.
 */
import { useContext, useEffect, useMemo, useRef } from 'react';
import L from 'leaflet';
import { Polygon, Polyline, useMap } from 'react-leaflet';
import type { FeatureProperties } from '../../story/schema.ts';
import { addArrowhead } from './arrowheads.ts';
import { bindFeatureElement, type FeatureElements } from '../feature-element.ts';
import { FeatureTooltip } from '../tooltips/FeatureTooltip.tsx';
import { openLineTooltipClear } from './open-line-tooltip.ts';
import { CoveringsContext } from '../coverings-context.ts';
import { useCamera } from '../camera/use-camera.ts';

/** Width in pixels of the invisible band around a line that takes clicks and shows focus. */
export const LINE_HIT_WIDTH = 14;
/** The same band on a touch screen, where a finger covers far more than a pointer's tip. */
export const LINE_HIT_WIDTH_TOUCH = 28;

/** Pixels between a line's tooltip and the point of the line it names. */
const LINE_TOOLTIP_ABOVE = 12;

/** The width of a line's click band here: wider where the main pointer is a finger. */
export function lineHitWidth(): number {
  return typeof window !== 'undefined' && window.matchMedia?.('(pointer: coarse)').matches ? LINE_HIT_WIDTH_TOUCH : LINE_HIT_WIDTH;
}

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
  /** Lines only: a click or tap on the line, where it lands; without it, a click activates the feature. */
  onPick?: (id: string, event: L.LeafletMouseEvent) => void;
}

/**
 * A line or polygon feature. Leaflet paths are not focusable, so the path that takes the clicks is
 * made a named button; for a line it is a wide transparent band over the visible line, so that a thin
 * line is easy to hit and its focus ring easy to see. Focus brings the feature into view.
 */
export function FeaturePath({ id, properties, shape, positions, style, selected, related, onActivate, elements, arrowColor, onPick }: FeaturePathProps) {
  const { name } = properties;
  const map = useMap();
  const camera = useCamera();
  const coverings = useContext(CoveringsContext);
  const lineRef = useRef<L.Polyline>(null);
  const polygonRef = useRef<L.Polygon>(null);
  const eventHandlers = useMemo(() => ({ click: (event: L.LeafletMouseEvent) => (onPick ? onPick(id, event) : onActivate(id)) }), [id, onActivate, onPick]);
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
        onFocus: () => {
          // Only keyboard focus: a press also focuses, and moving the map between its mousedown and
          // mouseup would take the click away from the line under the pointer.
          if (!element.matches(':focus-visible')) return;
          camera.request({ kind: 'focus', places: [{ id, points }], reducedMotion: true });
          // Once Leaflet has opened the tooltip over the line's middle: moved off any symbol there.
          const line = lineRef.current;
          if (line) window.setTimeout(() => openLineTooltipClear(map, line, LINE_TOOLTIP_ABOVE, coverings()), 0);
        },
      });
    },
    [id, name, onActivate, elements, map, points, camera, coverings],
  );

  useEffect(
    function showSelection() {
      const element = (lineRef.current ?? polygonRef.current)?.getElement();
      element?.classList.toggle('is-selected', selected || related);
    },
    [selected, related],
  );

  const hitStyle = useMemo<L.PathOptions>(() => ({ color: '#ffbf47', opacity: 0, weight: lineHitWidth() }), []);
  const visibleStyle = useMemo<L.PathOptions>(
    () => ({ ...style, weight: (style.weight ?? 3) + (selected || related ? 2 : 0), interactive: false }),
    [style, selected, related],
  );

  if (shape === 'polygon') {
    return (
      <Polygon ref={polygonRef} positions={positions} pathOptions={style} eventHandlers={eventHandlers}>
        <FeatureTooltip properties={properties} above={8} sticky />
      </Polygon>
    );
  }
  return (
    <>
      {/* One path per line, so that each line of a flow ends in its own arrowhead. */}
      {positions.map((line, i) => (
        <Polyline key={i} positions={line} pathOptions={visibleStyle} eventHandlers={arrowHandlers} />
      ))}
      {/* Its class given at its making (react-leaflet's pathOptions set only the style): the CSS of its focus. */}
      <Polyline ref={lineRef} positions={positions} className="line-hit" pathOptions={hitStyle} eventHandlers={eventHandlers}>
        <FeatureTooltip properties={properties} above={LINE_TOOLTIP_ABOVE} sticky />
      </Polyline>
    </>
  );
}
