/**
 * Where a feature's quotes stand in the article, and how a part of the article splits into marked and
 * unmarked runs of text. Pure functions over the article: the passage panel and the validator share them.
 */
import type { Article } from './schema.ts';

/** A part of the article that a quote can come from. */
export interface QuotablePart {
  id: string;
  kind: 'headline' | 'standfirst' | 'paragraph' | 'caption';
  /** Paragraphs are numbered from 1, captions likewise; 0 for headline and standfirst. */
  number: number;
  text: string;
  /** Photo captions only. */
  credit?: string;
}

/** A run of a part's text; `marked` runs are the quoted sentences. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** The headline, standfirst, captions and paragraphs, in reading order. */
export function quotableParts(article: Article): QuotablePart[] {
  let paragraphs = 0;
  let captions = 0;
  return [
    { id: 'headline', kind: 'headline', number: 0, text: article.headline },
    { id: 'standfirst', kind: 'standfirst', number: 0, text: article.standfirst },
    ...article.parts.map((part): QuotablePart =>
      part.type === 'paragraph'
        ? { id: part.id, kind: 'paragraph', number: ++paragraphs, text: part.text }
        : { id: part.id, kind: 'caption', number: ++captions, text: part.caption, credit: part.credit },
    ),
  ];
}

/** How many times `needle` occurs in `haystack`, overlapping occurrences included. */
export function countOccurrences(haystack: string, needle: string): number {
  if (needle.length === 0) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

/** The parts that contain each quote, in reading order (a verbatim quote is in exactly one). */
export function partsQuoted(parts: readonly QuotablePart[], quotes: readonly string[]): QuotablePart[] {
  return parts.filter((part) => quotes.some((quote) => part.text.includes(quote)));
}

/** Splits `text` into runs, marking every occurrence of every quote; overlapping quotes merge. */
export function markQuotes(text: string, quotes: readonly string[]): Segment[] {
  const ranges: [number, number][] = [];
  for (const quote of quotes) {
    if (quote.length === 0) continue;
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      ranges.push([at, at + quote.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) segments.push({ text: text.slice(cursor, from), marked: false });
    const last = segments[segments.length - 1];
    if (last?.marked && from === cursor) last.text += text.slice(from, end);
    else segments.push({ text: text.slice(from, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}

/** The mark of words left out of a part in an excerpt. */
export const OMISSION = ' … ';

/**
 * The quoted sentences of `text` alone, an ellipsis wherever words are left out between, before or
 * after them: fewer of the article's words, none of them changed.
 */
export function excerptSegments(text: string, quotes: readonly string[]): Segment[] {
  return markQuotes(text, quotes).map((segment) => (segment.marked ? segment : { text: OMISSION, marked: false }));
}
