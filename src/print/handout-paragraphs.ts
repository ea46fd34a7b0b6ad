/**
 * The handout prints each quoted part of the article once, and the places refer to it by number:
 * "3. Bataclan theatre — ¶2", then ¶2 once, its quoted sentences marked and followed by the numbers
 * of the places that quote them. Pure functions over the article's parts and the numbered places.
 */
import { partLabel } from '../panel/part-label.ts';
import { markQuotes, type QuotablePart } from '../story/passages.ts';

/** A place as the handout numbers it. */
export interface NumberedPlace {
  number: number;
  passage: readonly string[];
}

/** A run of a part's text; a marked run carries the numbers of the places that quote it. */
export interface HandoutRun {
  text: string;
  marked: boolean;
  numbers: number[];
}

/** A quoted part, printed once: its runs and the numbers of all its places, in order. */
export interface HandoutPart {
  part: QuotablePart;
  numbers: number[];
  runs: HandoutRun[];
}

/** A part's short name in a list of places: "¶2", else its usual name ("Photo caption 1", "Headline"). */
export function shortPartLabel(part: QuotablePart): string {
  return part.kind === 'paragraph' ? `¶${part.number}` : partLabel(part, []);
}

const byNumber = (a: number, b: number) => a - b;

/** Every part that a place quotes, in the article's order, each once, with its places and marked runs. */
export function handoutParts(parts: readonly QuotablePart[], places: readonly NumberedPlace[]): HandoutPart[] {
  return parts.flatMap((part) => {
    // Each quote's place in the part and who quotes it (a quote is verbatim and occurs once).
    const quoted = places.flatMap(({ number, passage }) =>
      passage.flatMap((quote) => {
        const start = part.text.indexOf(quote);
        return start === -1 ? [] : [{ number, quote, start, end: start + quote.length }];
      }),
    );
    if (quoted.length === 0) return [];
    let offset = 0;
    const runs = markQuotes(part.text, quoted.map((q) => q.quote)).map((segment) => {
      const [start, end] = [offset, offset + segment.text.length];
      offset = end;
      const numbers = segment.marked ? [...new Set(quoted.filter((q) => q.start < end && q.end > start).map((q) => q.number))].sort(byNumber) : [];
      return { ...segment, numbers };
    });
    return [{ part, numbers: [...new Set(quoted.map((q) => q.number))].sort(byNumber), runs }];
  });
}
