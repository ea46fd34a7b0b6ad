/**
 * The class map's ink while presenting: strokes, arrows and pointers from either window, drawn on the map.
 */
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { useMap } from 'react-leaflet';
import { inkReducer, NO_INK, type InkAction, type InkTool } from '../../ui/ink.ts';
import type { InkWire } from '../../ui/ink-wire.ts';
import { useInkInput, type InkSurface } from '../../ui/use-ink-input.ts';
import { InkMarks } from './InkMarks.tsx';

/** What the ink layer needs: the stop (its ink goes at the next), and the wire to the other window. */
export interface InkLayerProps {
  stop: number;
  /** Mirrors each change drawn here in the presenter window, and brings in what is drawn there. */
  wire: InkWire;
}

const BADGE: Record<InkTool, string> = { pen: 'Pen on · D or Esc stops · C clears', arrow: 'Arrow on · A or Esc stops · C clears' };

/** The map as a surface to draw on: it does not pan while a tool is on. */
function useMapSurface(): InkSurface {
  const map = useMap();
  return useMemo(
    () => ({
      element: map.getContainer(),
      lonLatOf(event: PointerEvent) {
        const { lng, lat } = map.mouseEventToLatLng(event);
        return [lng, lat];
      },
      hold(held: boolean) {
        if (held) map.dragging.disable();
        else map.dragging.enable();
      },
    }),
    [map],
  );
}

/**
 * Pointing and drawing on the map during the tour (keys in `useInkInput`): this window's ink and the
 * presenter window's, in one state. The ink goes at the next stop. Each change is said to screen readers.
 */
export function InkLayer({ stop, wire }: InkLayerProps) {
  const [ink, dispatch] = useReducer(inkReducer, NO_INK);
  const act = useCallback(
    (action: InkAction) => {
      dispatch({ hand: 'here', action });
      wire.send(action);
    },
    [wire],
  );
  useEffect(
    function clearAtEachStop() {
      // Each window clears its own at the stop: nothing need be sent.
      dispatch({ hand: 'here', action: { type: 'clear' } });
    },
    [stop],
  );
  useEffect(
    function hearTheOtherWindow() {
      return wire.listen((action) => dispatch({ hand: 'there', action }));
    },
    [wire],
  );
  const { tool, said } = useInkInput(useMapSurface(), act);
  return (
    <>
      <InkMarks ink={ink} />
      {tool && <p className="ink-badge">{BADGE[tool]}</p>}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </>
  );
}
