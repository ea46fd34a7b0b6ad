/** The tooltip with a feature's name and date on the map, and the Esc key that closes any open tooltip. */
import { memo, useEffect } from 'react';
import { Tooltip, useMap } from 'react-leaflet';
import { keepTooltipOnOwnClick } from './keep-tooltip-on-own-click.ts';
import { useTooltipInMap } from './use-tooltip-in-map.ts';
import { formatDateRange } from '../../story/format.ts';
import type { FeatureProperties } from '../../story/schema.ts';
import { ESCAPE_LEVELS, useEscape } from '../../ui/escape-stack.ts';
import { closeTooltips } from './close-tooltips.ts';

/**
 * A feature's name and date, shown on hover and on keyboard focus (Leaflet opens tooltips on focus),
 * `above` pixels above the feature so that it never covers it (below or beside it where the map's
 * edge leaves no room above: keep-tooltip-in-map.ts). Rendered by React: text, never HTML.
 * Memoised: react-leaflet updates an open tooltip (a forced layout) on every render of it, and a
 * marker renders again when it is selected, under the pointer that clicked it.
 */
export const FeatureTooltip = memo(function FeatureTooltip({ properties, above, sticky = false }: { properties: FeatureProperties; above: number; sticky?: boolean }) {
  const when = formatDateRange(properties.date, properties.endDate, properties.datePrecision);
  const { tooltipRef, offset } = useTooltipInMap(above);
  // After react-leaflet's own effect (a child's runs first), which binds the tooltip to its feature.
  useEffect(function keepOpenOnOwnClick() {
    return tooltipRef.current ? keepTooltipOnOwnClick(tooltipRef.current) : undefined;
  }, [tooltipRef]);
  return (
    <Tooltip ref={tooltipRef} direction="top" offset={offset} sticky={sticky} opacity={1} className="feature-tooltip">
      <strong>{properties.name}</strong>
      {when && <span className="tooltip-date">{when}</span>}
    </Tooltip>
  );
});

/**
 * Esc closes any open tooltip (WCAG 1.4.13). When the tooltip is that of the focused feature, that is
 * all Esc does; otherwise it goes on to close the passage too.
 */
export function TooltipEscape() {
  const map = useMap();
  useEscape(ESCAPE_LEVELS.tooltip, true, function closeTooltipsOnEscape() {
    const closed = closeTooltips(map);
    const focusedFeature = document.activeElement instanceof Element && document.activeElement.closest('[data-feature-id]');
    return closed && focusedFeature ? 'handled' : 'pass';
  });
  return null;
}
