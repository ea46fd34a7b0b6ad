import { partsQuoted, type QuotablePart } from '../story/passages.ts';
import { MarkedText } from './MarkedText.tsx';
import { partLabel } from './part-label.ts';

/** The paragraphs (or captions) that hold `quotes`, each labelled with its place in the article, the quotes marked. */
export function QuotedParts({ parts, quotes }: { parts: readonly QuotablePart[]; quotes: readonly string[] }) {
  return partsQuoted(parts, quotes).map((part) => (
    <figure key={part.id} className="passage">
      <figcaption>{partLabel(part, parts)}</figcaption>
      <blockquote>
        <p>
          <MarkedText text={part.text} quotes={quotes} />
        </p>
      </blockquote>
    </figure>
  ));
}
