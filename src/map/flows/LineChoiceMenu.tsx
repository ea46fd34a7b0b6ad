/** The small menu that asks which line was meant when a click lands on several flows at once. */
import { useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import type { ScreenPoint } from './line-hits.ts';
import { ESCAPE_LEVELS, useEscape } from '../../ui/escape-stack.ts';

/** Half the menu's width in pixels, to keep it inside the map when the click is near an edge. */
const HALF_WIDTH = 140;

/**
 * A small menu at a click that hit several lines: one button per line, named by its text (never by
 * its colour). Focus moves to the first; arrow keys and Tab move between them; choosing one opens
 * its passage; Esc, a press elsewhere, or moving the map closes it, and focus returns to the map.
 * It is drawn beside the map's container, which fills its parent, not in it: Leaflet takes every
 * press and key inside its container for the map.
 */
export function LineChoiceMenu({ at, options, onChoose, onClose }: {
  at: ScreenPoint;
  options: readonly { id: string; name: string }[];
  onChoose: (id: string) => void;
  onClose: () => void;
}) {
  const map = useMap();
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();

  useEffect(function focusTheFirstLine() {
    ref.current?.querySelector('button')?.focus({ preventScroll: true });
  }, []);

  useEffect(
    function closeOnPressElsewhere() {
      const onPress = (event: PointerEvent) => {
        if (!ref.current?.contains(event.target as Node)) onClose();
      };
      document.addEventListener('pointerdown', onPress, true);
      return function stopListening() {
        document.removeEventListener('pointerdown', onPress, true);
      };
    },
    [onClose],
  );

  function closeToMap() {
    onClose();
    map.getContainer().focus({ preventScroll: true });
  }

  // Esc closes the choice, focus back on the map.
  useEscape(ESCAPE_LEVELS.menu, true, function closeOnEscape() {
    closeToMap();
    return 'handled';
  });

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    const buttons = [...(ref.current?.querySelectorAll('button') ?? [])];
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      buttons[(current + step + buttons.length) % buttons.length]?.focus();
    }
  }

  const container = map.getContainer();
  const { x: width } = map.getSize();
  const left = Math.max(HALF_WIDTH, Math.min(width - HALF_WIDTH, at[0]));
  return createPortal(
    <div ref={ref} className="line-choice" role="dialog" aria-labelledby={headingId} style={{ left, top: at[1] }} onKeyDown={onKeyDown}>
      <p id={headingId} className="line-choice-heading">
        {options.length} lines here: which one?
      </p>
      <ul>
        {options.map(({ id, name }) => (
          <li key={id}>
            <button type="button" className="line-choice-option" onClick={() => onChoose(id)}>
              {name}
            </button>
          </li>
        ))}
      </ul>
    </div>,
    container.parentElement ?? container,
  );
}
