/**
 * The article's paragraphs that a tour stop quotes, each labelled, for the tour panel and the presenter view.
 */
import { partsQuoted, type QuotablePart } from '../story/passages.ts';
import { ExcerptText } from '../ui/ExcerptText.tsx';
import { MarkedText } from './MarkedText.tsx';
import { partLabel } from './part-label.ts';

/**
 * The paragraphs (or captions) that hold `quotes`, each labelled with its place in the article, the
 * quotes marked. With an `excerpt` (a note for the label, as "quoted sentences only"), shows the quoted
 * sentences alone, the rest of each paragraph left out and an ellipsis where it was: the words themselves
 * are never changed, only fewer of them shown, for a tour stop too long for the screen.
 */
export function QuotedParts({ parts, quotes, excerpt }: { parts: readonly QuotablePart[]; quotes: readonly string[]; excerpt?: string }) {
  return partsQuoted(parts, quotes).map((part) => (
    <figure key={part.id} className="passage">
      <figcaption>
        {partLabel(part, parts)}
        {excerpt && ` · ${excerpt}`}
      </figcaption>
      <blockquote>
        <p>{excerpt ? <ExcerptText text={part.text} quotes={quotes} /> : <MarkedText text={part.text} quotes={quotes} />}</p>
      </blockquote>
    </figure>
  ));
}
