/** Renders the ink as Leaflet layers in the ink pane, in a magenta that no layer of the story uses. */
import { memo, useEffect, useMemo, useRef } from 'react';
import { CircleMarker, Pane, Polyline } from 'react-leaflet';
import type L from 'leaflet';
import { visibleMarks, type InkMark, type InkState } from '../../ui/ink.ts';
import { addInkArrowhead } from './ink-arrowhead.ts';
import { toLatLng } from '../coords.ts';
import { paneProps, PANES } from '../panes.ts';

/** The ink's colour: a magenta that none of the story's layers uses, with a white edge on the pointer. */
export const INK_COLOR = '#c2006b';
// Their class names go to the constructor (a prop): react-leaflet's `pathOptions` come later, by `setStyle`, which sets no class.
const STROKE_STYLE = { color: INK_COLOR, weight: 5, opacity: 0.9, lineCap: 'round', lineJoin: 'round' } as const;
const ARROW_STYLE = { ...STROKE_STYLE, weight: 6, opacity: 1 } as const;
const POINTER_STYLE = { color: '#ffffff', weight: 4, fillColor: INK_COLOR, fillOpacity: 0.9 } as const;

/** One stroke or arrow: an arrow is a straight line with a head at its end (an SVG marker). */
const Mark = memo(function Mark({ mark }: { mark: InkMark }) {
  const positions = useMemo(() => mark.points.map(toLatLng), [mark.points]);
  const line = useRef<L.Polyline>(null);
  const arrow = mark.tool === 'arrow';
  useEffect(
    function headTheArrow() {
      if (arrow && line.current) addInkArrowhead(line.current, INK_COLOR);
    },
    [arrow],
  );
  return <Polyline ref={line} className={arrow ? 'ink-arrow' : 'ink-stroke'} positions={positions} pathOptions={arrow ? ARROW_STYLE : STROKE_STYLE} interactive={false} />;
});

/** The ink's pane (panes.ts). */
const INK_PANE = paneProps(PANES.ink);

/** What is drawn on the map: every hand's strokes and arrows, and their pointers. */
export function InkMarks({ ink }: { ink: InkState }) {
  return (
    <Pane {...INK_PANE}>
      {visibleMarks(ink).map((mark, i) => (
        <Mark key={`${i}-${mark.tool}`} mark={mark} />
      ))}
      {Object.entries(ink.pointers).map(([hand, at]) => (
        <CircleMarker key={hand} className="ink-pointer" center={toLatLng(at)} radius={14} pathOptions={POINTER_STYLE} interactive={false} />
      ))}
    </Pane>
  );
}
