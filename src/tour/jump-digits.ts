/**
 * The stop number a presenter is typing ("7", then Enter): what the digits are after each key, and
 * what the panel shows meanwhile. Pure: the keyboard hook keeps the digits, the panel shows them.
 */
import type { TourCommand } from './tour-keys.ts';

/** The digits after a command: a digit adds one (starting over once a number is as long as the last stop's), Backspace takes one back, anything else clears them. */
export function nextDigits(digits: string, command: TourCommand, stops: number): string {
  switch (command.type) {
    case 'digit':
      return digits.length >= String(stops).length ? command.digit : digits + command.digit;
    case 'erase':
      return digits.slice(0, -1);
    default:
      return '';
  }
}

/** What the panel says while digits are typed: "Go to stop 7", or why there is no such stop; empty when none are typed. */
export function jumpPrompt(digits: string, stops: number): string {
  if (!digits) return '';
  const stop = Number(digits);
  if (stop >= 1 && stop <= stops) return `Go to stop ${stop}`;
  return `Go to stop ${digits}: there are stops 1 to ${stops}`;
}
