/**
 * What a feature's or a group's tooltip needs to stand `above` pixels over its symbol and stay whole
 * inside the map, clear of what covers it (keep-tooltip-in-map.ts): a ref for react-leaflet's `<Tooltip>` and its offset.
 */
import { useContext, useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { PointExpression, Tooltip } from 'leaflet';
import { keepTooltipInMap } from './keep-tooltip-in-map.ts';
import { CoveringsContext } from '../coverings-context.ts';

export function useTooltipInMap(above: number) {
  const tooltipRef = useRef<Tooltip>(null);
  const offset = useMemo((): PointExpression => [0, -above], [above]);
  const map = useMap();
  const coverings = useContext(CoveringsContext);
  useEffect(
    function keepInMap() {
      return tooltipRef.current ? keepTooltipInMap(map, tooltipRef.current, above, coverings) : undefined;
    },
    [map, above, coverings],
  );
  return { tooltipRef, offset };
}
