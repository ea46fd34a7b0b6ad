/**
 * The page's one Escape. Whatever Esc may close (the tour editor, a menu, the key, the ink's tool, a
 * tooltip, the tour, the passage) registers while it is open, at a level that says how far inside it
 * stands; a press of Esc goes to the innermost (the highest level, the latest of equals) and on
 * outwards while each one lets it pass. One listener, in the capture phase: no other code hears Esc.
 */
import { useEffect, useRef } from 'react';

/** What a handler did with Esc: took it, took it but left the browser its own way, or let it pass outwards. */
export type EscapeAnswer = 'handled' | 'keep-default' | 'pass';

/** How far inside each thing stands: Esc closes the innermost first (the map's opened groups last of all; a mode within a dialog before the dialog). */
export const ESCAPE_LEVELS = { map: -10, page: 0, tour: 10, tooltip: 20, ink: 30, key: 40, menu: 50, dialog: 60, inDialog: 70 } as const;

interface Entry {
  level: number;
  order: number;
  handler: (event: KeyboardEvent) => EscapeAnswer;
}

/** The handlers registered now, and the answer of a press. Pure: the page has one (`escapeStack`). */
export class EscapeStack {
  private entries: Entry[] = [];
  private count = 0;

  /** Registers `handler` at `level`; returns its removal. */
  push(level: number, handler: (event: KeyboardEvent) => EscapeAnswer): () => void {
    const entry = { level, order: (this.count += 1), handler };
    this.entries.push(entry);
    return () => {
      this.entries = this.entries.filter((e) => e !== entry);
    };
  }

  /** Offers a press to the handlers, innermost first, until one takes it; 'pass' if none does. */
  answer(event: KeyboardEvent): EscapeAnswer {
    const inward = [...this.entries].sort((a, b) => b.level - a.level || b.order - a.order);
    for (const { handler } of inward) {
      const answer = handler(event);
      if (answer !== 'pass') return answer;
    }
    return 'pass';
  }
}

export const escapeStack = new EscapeStack();

let listening = false;

function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  const answer = escapeStack.answer(event);
  if (answer === 'pass') return;
  if (answer === 'handled') event.preventDefault();
  event.stopImmediatePropagation();
}

/** Registers `handler` at `level` while `active`, with the handler of the latest render. */
export function useEscape(level: number, active: boolean, handler: (event: KeyboardEvent) => EscapeAnswer): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(
    function registerEscape() {
      if (!active) return undefined;
      if (!listening) {
        document.addEventListener('keydown', onKeyDown, true);
        listening = true;
      }
      return escapeStack.push(level, (event) => latest.current(event));
    },
    [level, active],
  );
}
