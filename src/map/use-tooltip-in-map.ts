/**
 * What a feature's or a group's tooltip needs to stand `above` pixels over its symbol and stay whole
 * inside the map (keep-tooltip-in-map.ts): a ref for react-leaflet's `<Tooltip>` and its offset.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { PointExpression, Tooltip } from 'leaflet';
import { keepTooltipInMap } from './keep-tooltip-in-map.ts';

export function useTooltipInMap(above: number) {
  const tooltipRef = useRef<Tooltip>(null);
  const offset = useMemo((): PointExpression => [0, -above], [above]);
  const map = useMap();
  useEffect(
    function keepInMap() {
      return tooltipRef.current ? keepTooltipInMap(map, tooltipRef.current, above) : undefined;
    },
    [map, above],
  );
  return { tooltipRef, offset };
}
