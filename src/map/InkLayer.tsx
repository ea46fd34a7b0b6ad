import { memo, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { CircleMarker, Polyline, useMap } from 'react-leaflet';
import { inkReducer, NO_INK, type InkAction, type LonLat } from '../ui/ink.ts';
import { toLatLng } from './coords.ts';

/** What the ink layer needs: the stop (its ink goes at the next), and who mirrors what is drawn. */
export interface InkLayerProps {
  stop: number;
  /** Each change of the ink, as it happens: the presenter window mirrors it. */
  onInk: (action: InkAction) => void;
}

const STROKE_STYLE = { className: 'ink-stroke', color: '#c2006b', weight: 5, opacity: 0.9, lineCap: 'round', lineJoin: 'round' } as const;
const POINTER_STYLE = { className: 'ink-pointer', color: '#ffffff', weight: 4, fillColor: '#c2006b', fillOpacity: 0.9 } as const;
/** Targets that keep letters for themselves. */
const TYPING = 'input, textarea, select, [contenteditable="true"]';

const InkStroke = memo(function InkStroke({ stroke }: { stroke: readonly LonLat[] }) {
  const positions = useMemo(() => stroke.map(toLatLng), [stroke]);
  return <Polyline positions={positions} pathOptions={STROKE_STYLE} interactive={false} />;
});

/** Where a pointer event falls on the map, as `[longitude, latitude]`. */
function useLonLatOf() {
  const map = useMap();
  return useCallback((event: PointerEvent): LonLat => {
    const { lng, lat } = map.mouseEventToLatLng(event);
    return [lng, lat];
  }, [map]);
}

/**
 * Pointing and drawing on the map during the tour. Hold L: a dot follows the mouse. D: the pen, on
 * or off (while on, dragging draws and the map does not pan). C: clear. The ink goes at the next stop.
 * Each change is said to screen readers and handed to `onInk`, which mirrors it in the presenter window.
 */
export function InkLayer({ stop, onInk }: InkLayerProps) {
  const map = useMap();
  const lonLatOf = useLonLatOf();
  const [ink, dispatch] = useReducer(inkReducer, NO_INK);
  const [pen, setPen] = useState(false);
  const [said, setSaid] = useState('');
  const latest = useRef(onInk);
  latest.current = onInk;
  const act = useCallback((action: InkAction) => {
    dispatch(action);
    latest.current(action);
  }, []);

  useEffect(
    function clearAtEachStop() {
      act({ type: 'clear' });
    },
    [stop, act],
  );

  useEffect(
    function listenToInkKeys() {
      const container = map.getContainer();
      let last: LonLat | null = null;
      let pointing = false;
      function onMove(event: PointerEvent) {
        last = lonLatOf(event);
        if (pointing) act({ type: 'pointer', at: last });
      }
      function onKeyDown(event: KeyboardEvent) {
        if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
        if (event.target instanceof Element && event.target.closest(TYPING)) return;
        const key = event.key.toLowerCase();
        if (key === 'd') setPen((on) => !on);
        else if (key === 'c') {
          act({ type: 'clear' });
          setSaid('Drawings cleared.');
        } else if (key === 'l') {
          if (!event.repeat) setSaid('Pointer on while L is held.');
          pointing = true;
          if (last) act({ type: 'pointer', at: last });
        } else return;
        event.preventDefault();
      }
      function onKeyUp(event: KeyboardEvent) {
        if (event.key.toLowerCase() !== 'l' || !pointing) return;
        pointing = false;
        act({ type: 'pointer', at: null });
      }
      container.addEventListener('pointermove', onMove);
      document.addEventListener('keydown', onKeyDown);
      document.addEventListener('keyup', onKeyUp);
      return function stopListening() {
        container.removeEventListener('pointermove', onMove);
        document.removeEventListener('keydown', onKeyDown);
        document.removeEventListener('keyup', onKeyUp);
      };
    },
    [map, act, lonLatOf],
  );

  const penWasOn = useRef(false);
  useEffect(
    function drawWithThePen() {
      if (pen !== penWasOn.current) setSaid(pen ? 'Pen on: drag on the map to draw. D turns it off, C clears.' : 'Pen off.');
      penWasOn.current = pen;
      if (!pen) return undefined;
      const container = map.getContainer();
      let drawing = false;
      map.dragging.disable();
      container.classList.add('is-inking');
      function onDown(event: PointerEvent) {
        if (event.button !== 0) return;
        drawing = true;
        container.setPointerCapture(event.pointerId);
        event.preventDefault();
        event.stopPropagation();
        act({ type: 'stroke', at: lonLatOf(event), start: true });
      }
      function onMove(event: PointerEvent) {
        if (drawing) act({ type: 'stroke', at: lonLatOf(event), start: false });
      }
      function onUp() {
        drawing = false;
      }
      container.addEventListener('pointerdown', onDown, true);
      container.addEventListener('pointermove', onMove);
      container.addEventListener('pointerup', onUp);
      return function stopDrawing() {
        map.dragging.enable();
        container.classList.remove('is-inking');
        container.removeEventListener('pointerdown', onDown, true);
        container.removeEventListener('pointermove', onMove);
        container.removeEventListener('pointerup', onUp);
      };
    },
    [pen, map, act, lonLatOf],
  );

  return (
    <>
      {ink.strokes.map((stroke, i) => (
        <InkStroke key={i} stroke={stroke} />
      ))}
      {ink.pointer && <CircleMarker center={toLatLng(ink.pointer)} radius={14} pathOptions={POINTER_STYLE} interactive={false} />}
      {pen && <p className="ink-badge">Pen on · D stops · C clears</p>}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </>
  );
}
