/** The hover and focus tooltip of a group's disc on the map, listing the places it holds. */
import { memo } from 'react';
import { Tooltip } from 'react-leaflet';
import { useTooltipInMap } from './use-tooltip-in-map.ts';

/** How many of a group's places its tooltip names before it says how many more. */
const NAMED = 6;

/**
 * A group's tooltip, on hover and on keyboard focus as a place's is (FeatureTooltip.tsx): what the
 * group is, the places it holds, and that a click or Enter opens it. Rendered by React: text, never HTML.
 */
export const GroupTooltip = memo(function GroupTooltip({ title, names, above }: { title: string; names: readonly string[]; above: number }) {
  const { tooltipRef, offset } = useTooltipInMap(above);
  const more = names.length - NAMED;
  return (
    <Tooltip ref={tooltipRef} direction="top" offset={offset} opacity={1} className="feature-tooltip group-tooltip">
      <strong>{title}</strong>
      {/* A name to a line: joined in one run, a long one broke across lines ("Brussels / Airport"). */}
      <span className="tooltip-places">
        {names.slice(0, NAMED).map((name, i) => (
          <span key={i} className="tooltip-place">
            {name}
          </span>
        ))}
        {more > 0 && <span className="tooltip-place">and {more} more</span>}
      </span>
      <span className="tooltip-date">Click or press Enter to zoom in</span>
    </Tooltip>
  );
});
