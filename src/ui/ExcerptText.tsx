/**
 * Shortened passages for the tour panel and the printed handouts: the quoted sentences only, the gaps shown.
 */
import { excerptSegments } from '../story/passages.ts';

/** The quoted sentences of a text, marked, with an ellipsis where words are left out; rendered as text. */
export function ExcerptText({ text, quotes }: { text: string; quotes: readonly string[] }) {
  return excerptSegments(text, quotes).map((segment, i) =>
    segment.marked ? (
      <mark key={i}>{segment.text}</mark>
    ) : (
      <span key={i} className="omitted">
        {segment.text}
      </span>
    ),
  );
}
