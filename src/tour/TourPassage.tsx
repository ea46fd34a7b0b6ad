import { MarkedText } from '../panel/MarkedText.tsx';
import { partLabel } from '../panel/part-label.ts';
import { ExcerptText } from '../ui/ExcerptText.tsx';
import { partsQuoted, type QuotablePart } from '../story/passages.ts';

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
            <ExcerptText text={part.text} quotes={quotes} />
          ) : (
            <MarkedText text={part.text} quotes={quotes} />
          )}
        </p>
      </blockquote>
    </figure>
  ));
}
