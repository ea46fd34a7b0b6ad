/**
 * What a key does while presenting, as slide software and presentation clickers expect (clickers send
 * PageUp and PageDown). Pure: the keyboard hook feeds it keys and the digits typed so far.
 */

/** What a key asks of the tour. */
export type TourCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'go'; stop: number }
  | { type: 'digit'; digit: string }
  /** Backspace while digits are typed: takes the last one back. */
  | { type: 'erase' }
  /** Esc while digits are typed: clears them, and stays in the tour. */
  | { type: 'clear' }
  | { type: 'fullscreen' }
  | { type: 'blank' }
  | { type: 'exit' };

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/** The command of a key, given the digits typed before it; `null` for keys the tour leaves alone. */
export function tourCommand(key: string, typedDigits: string): TourCommand | null {
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: key };
  if (key === 'Enter' && typedDigits) return { type: 'go', stop: Number(typedDigits) };
  if (key === 'Backspace' && typedDigits) return { type: 'erase' };
  if (key === 'Escape' && typedDigits) return { type: 'clear' };
  if (NEXT.has(key)) return { type: 'next' };
  if (PREVIOUS.has(key)) return { type: 'previous' };
  if (key === 'Home') return { type: 'first' };
  if (key === 'End') return { type: 'last' };
  if (key === 'f' || key === 'F') return { type: 'fullscreen' };
  if (key === 'b' || key === 'B' || key === '.') return { type: 'blank' };
  if (key === 'Escape') return { type: 'exit' };
  return null;
}

/**
 * The stop a command moves to, from stop `at` of `stops` (before bounds: the caller keeps it within
 * the tour); `null` for a command that moves nowhere. One rule for the class window and the presenter's.
 */
export function targetStop(command: TourCommand, at: number, stops: number): number | null {
  switch (command.type) {
    case 'next':
      return at + 1;
    case 'previous':
      return at - 1;
    case 'first':
      return 1;
    case 'last':
      return stops;
    case 'go':
      return command.stop;
    default:
      return null;
  }
}
