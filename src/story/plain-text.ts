/**
 * The schema's pieces for the story's words and numbers: plain text that holds no markup, real days
 * and counts. Shared by the article's, the places' and the tour's schemas (schema.ts).
 */
import * as v from 'valibot';

/** Longest name, in characters: names are labels, not prose. */
export const MAX_NAME_LENGTH = 120;
/** Longest map label, in characters: a label is a word or two set beside a symbol. */
export const MAX_LABEL_LENGTH = 32;

/** The longest word a story may give a layer or a kind of line (story-words.ts): it stands in the key and on the layer switches. */
export const MAX_WORD_LENGTH = 40;
/** Longest note, source or quote, in characters. */
export const MAX_TEXT_LENGTH = 2000;

/**
 * Active content: markup that would load or run something if a page ever treated the text as HTML
 * (script, image, frame, object, SVG, style and link tags, `on…=` handlers), and script addresses.
 * The app renders every text as text whatever it holds; the data is also refused, so that a story
 * that would be dangerous anywhere else never passes. A lone "<" or "&" is ordinary text.
 */
const ACTIVE_CONTENT = /<\s*\/?\s*(?:script|img|image|iframe|frame|object|embed|svg|math|style|link|meta|base|form|input|button|video|audio|source|a)\b|\bon[a-z]+\s*=|\b(?:javascript|vbscript)\s*:|\bdata\s*:\s*text\/html/i;

/** Where `value` holds active content, a short quote of it; otherwise undefined. */
export function activeContent(value: string): string | undefined {
  const match = ACTIVE_CONTENT.exec(value);
  if (!match) return undefined;
  const quote = value.slice(match.index, match.index + 40);
  return quote.length < value.length - match.index ? `${quote}…` : quote;
}

/** A plain text of at most `max` characters: not empty, and holding no active content. */
export function text(max: number) {
  return v.pipe(
    v.string('must be a string'),
    v.check((value) => value.trim().length > 0, 'must not be empty'),
    v.maxLength(max, (issue) => `must be at most ${max} characters long (it is ${issue.received})`),
    v.check(
      (value) => activeContent(value) === undefined,
      (issue) => `must be plain text, but holds markup or a script address: "${activeContent(String(issue.input)) ?? ''}"`,
    ),
  );
}

/** A day that exists, written YYYY-MM-DD (valibot's `isoDate` checks only the form: 2016-02-30 passed). */
export function isRealDay(value: string): boolean {
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** A real day, written YYYY-MM-DD. */
export const isoDate = v.pipe(
  v.string('must be a date written YYYY-MM-DD'),
  v.check(isRealDay, (issue) => `must be a real date written YYYY-MM-DD (it is ${JSON.stringify(issue.input)})`),
);

/** A count: a whole number, not negative. */
export const count = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must not be negative'),
);
