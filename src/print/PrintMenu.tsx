/**
 * The Print… button and its list of handouts: a choice sets what prints and opens the browser's print dialog.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { setPrintMode, type PrintMode } from './print-mode.ts';
import { ESCAPE_LEVELS, useEscape } from '../ui/escape-stack.ts';

/** The handouts offered, in the order of the menu. */
const CHOICES: { mode: PrintMode; label: string; needsTour: boolean }[] = [
  { mode: 'places', label: 'Map and places', needsTour: false },
  { mode: 'notes', label: 'Places with fact notes', needsTour: false },
  { mode: 'tour', label: 'Tour for the class', needsTour: true },
  { mode: 'teacher', label: 'Tour with teacher’s notes', needsTour: true },
];

/**
 * "Print…": a disclosure of the handouts to print. Choosing one sets it and opens the browser's print
 * dialog; the places handout comes back once printing is over (Ctrl+P always prints the places).
 */
export function PrintMenu({ hasTour }: { hasTour: boolean }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(function backToThePlacesAfterPrinting() {
    const reset = () => setPrintMode('places');
    window.addEventListener('afterprint', reset);
    return function stopListening() {
      window.removeEventListener('afterprint', reset);
    };
  }, []);
  // Esc closes the open choices, focus back on the button (as a disclosure's Esc does), and nothing else.
  useEscape(ESCAPE_LEVELS.menu, open, function closeOnEscape() {
    setOpen(false);
    buttonRef.current?.focus();
    return 'handled';
  });
  function print(mode: PrintMode) {
    setPrintMode(mode);
    setOpen(false);
    buttonRef.current?.focus();
    // After React has drawn the chosen handout.
    window.setTimeout(() => window.print(), 0);
  }
  return (
    <div
      className="print-menu"
      onBlur={(event) => {
        // Focus gone elsewhere on the page: the choices close, as a menu's do.
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button type="button" ref={buttonRef} className="text-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        Print…
      </button>
      <ul id={listId} className="print-choices" hidden={!open} aria-label="Handouts to print">
        {CHOICES.filter((choice) => hasTour || !choice.needsTour).map((choice) => (
          <li key={choice.mode}>
            <button type="button" className="text-button" onClick={() => print(choice.mode)}>
              {choice.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
