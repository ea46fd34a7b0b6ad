import { MarkedText } from '../panel/MarkedText.tsx';
import { partLabel } from '../panel/part-label.ts';
import { markQuotes, partsQuoted, type QuotablePart } from '../story/passages.ts';

/** The mark of words left out of a paragraph in the compact passage. */
const OMITTED = ' … ';

/**
 * A stop's passage: each paragraph it quotes, its sentences marked. `compact` shows the quoted
 * sentences alone, the rest of each paragraph left out and an ellipsis where it was: the words
 * themselves are never changed, only fewer of them shown, for a stop too long for the screen.
 */
export function TourPassage({ parts, quotes, compact }: { parts: readonly QuotablePart[]; quotes: readonly string[]; compact: boolean }) {
  return partsQuoted(parts, quotes).map((part) => (
    <figure key={part.id} className="passage">
      <figcaption>
        {partLabel(part, parts)}
        {compact && ' · quoted sentences only'}
      </figcaption>
      <blockquote>
        <p>
          {compact ? (
            markQuotes(part.text, quotes).map((segment, i) =>
              segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i} className="omitted">{OMITTED}</span>,
            )
          ) : (
            <MarkedText text={part.text} quotes={quotes} />
          )}
        </p>
      </blockquote>
    </figure>
  ));
}
