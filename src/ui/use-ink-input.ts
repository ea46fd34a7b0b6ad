/**
 * The keys and the pointer of drawing while presenting (pen, arrow, pointer, clear), on the class's map or
 * the presenter's picture.
 */
import { useEffect, useRef, useState } from 'react';
import type { InkAction, InkTool, LonLat } from './ink.ts';
import { ESCAPE_LEVELS, useEscape } from './escape-stack.ts';

/** What the ink is drawn on: an element, and where a pointer event falls on it. */
export interface InkSurface {
  /** The element under the ink, once mounted. */
  element: Element | null;
  /** Where a pointer event falls, as `[longitude, latitude]`. */
  lonLatOf: (event: PointerEvent) => LonLat;
  /** Told `true` while a tool is on, and `false` after: a map must then not pan. */
  hold?: (held: boolean) => void;
}

/** What the keys and the pointer have made of the ink tools. */
export interface InkInput {
  /** The tool on, if any. */
  tool: InkTool | null;
  /** The last change, said to screen readers. */
  said: string;
}

/** Targets that keep letters for themselves. */
const TYPING = 'input, textarea, select, [contenteditable="true"]';
const TOOL_KEYS: Record<string, InkTool> = { d: 'pen', a: 'arrow' };
const SAID_ON: Record<InkTool, string> = {
  pen: 'Pen on: drag on the map to draw. D or Esc turns it off, C clears.',
  arrow: 'Arrow on: drag on the map from where the arrow starts to where it points. A or Esc turns it off, C clears.',
};
const SAID_OFF: Record<InkTool, string> = { pen: 'Pen off.', arrow: 'Arrow off.' };

/**
 * The ink's keys and pointer on one surface. Hold L: the pointer follows the mouse. D: the pen, on or
 * off; A: the arrow, on or off (one tool at a time); Esc puts either down. C: clear. While a tool is on, dragging draws.
 * Each change is handed to `act`, in longitude and latitude.
 */
export function useInkInput({ element, lonLatOf, hold }: InkSurface, act: (action: InkAction) => void): InkInput {
  const [tool, setTool] = useState<InkTool | null>(null);
  // Esc puts the tool down, before the tour hears it (it would end the tour).
  useEscape(ESCAPE_LEVELS.ink, tool !== null, function putTheToolDown() {
    setTool(null);
    return 'handled';
  });
  const [said, setSaid] = useState('');
  const latest = useRef({ act, lonLatOf, hold });
  latest.current = { act, lonLatOf, hold };

  useEffect(
    function listenToInkKeys() {
      if (!element) return undefined;
      let last: LonLat | null = null;
      let pointing = false;
      function onMove(event: Event) {
        last = latest.current.lonLatOf(event as PointerEvent);
        if (pointing) latest.current.act({ type: 'pointer', at: last });
      }
      function onKeyDown(event: KeyboardEvent) {
        if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
        if (event.target instanceof Element && event.target.closest(TYPING)) return;
        const key = event.key.toLowerCase();
        const toggled = TOOL_KEYS[key];
        if (toggled) {
          setTool((on) => (on === toggled ? null : toggled));
        } else if (key === 'c') {
          latest.current.act({ type: 'clear' });
          setSaid('Drawings cleared.');
        } else if (key === 'l') {
          if (!event.repeat) setSaid('Pointer on while L is held.');
          pointing = true;
          if (last) latest.current.act({ type: 'pointer', at: last });
        } else return;
        event.preventDefault();
      }
      function onKeyUp(event: KeyboardEvent) {
        if (event.key.toLowerCase() !== 'l' || !pointing) return;
        pointing = false;
        latest.current.act({ type: 'pointer', at: null });
      }
      element.addEventListener('pointermove', onMove);
      document.addEventListener('keydown', onKeyDown);
      document.addEventListener('keyup', onKeyUp);
      return function stopListening() {
        element.removeEventListener('pointermove', onMove);
        document.removeEventListener('keydown', onKeyDown);
        document.removeEventListener('keyup', onKeyUp);
      };
    },
    [element],
  );

  const wasOn = useRef<InkTool | null>(null);
  useEffect(
    function drawWithTheTool() {
      const before = wasOn.current;
      wasOn.current = tool;
      if (tool !== before) setSaid(tool ? SAID_ON[tool] : before ? SAID_OFF[before] : '');
      if (!tool || !element) return undefined;
      const surface = element;
      let drawing = false;
      latest.current.hold?.(true);
      surface.classList.add('is-inking');
      function onDown(event: Event) {
        const pointer = event as PointerEvent;
        if (pointer.button !== 0 || !tool) return;
        drawing = true;
        surface.setPointerCapture(pointer.pointerId);
        event.preventDefault();
        event.stopPropagation();
        latest.current.act({ type: 'draw', tool, at: latest.current.lonLatOf(pointer), start: true });
      }
      function onMove(event: Event) {
        if (drawing && tool) latest.current.act({ type: 'draw', tool, at: latest.current.lonLatOf(event as PointerEvent), start: false });
      }
      function onUp() {
        drawing = false;
      }
      surface.addEventListener('pointerdown', onDown, true);
      surface.addEventListener('pointermove', onMove);
      surface.addEventListener('pointerup', onUp);
      return function stopDrawing() {
        latest.current.hold?.(false);
        surface.classList.remove('is-inking');
        surface.removeEventListener('pointerdown', onDown, true);
        surface.removeEventListener('pointermove', onMove);
        surface.removeEventListener('pointerup', onUp);
      };
    },
    [tool, element],
  );
  return { tool, said };
}
