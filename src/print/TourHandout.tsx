import { partsQuoted, type QuotablePart } from '../story/passages.ts';
import type { Tour } from '../story/schema.ts';
import { ExcerptText } from '../ui/ExcerptText.tsx';
import { FactNote } from '../ui/FactNote.tsx';
import { shortPartLabel } from './handout-paragraphs.ts';

/**
 * The tour as a handout: each stop's title, the article's sentences it shows (word for word, an
 * ellipsis where the rest of the paragraph is left out) and its question. The teacher's copy adds each
 * stop's notes, which the class's copy never shows.
 */
export function TourHandout({ tour, parts, teacher }: { tour: Tour; parts: readonly QuotablePart[]; teacher: boolean }) {
  return (
    <section className="print-handout print-tour" aria-label="Handout">
      <h2>{tour.title}</h2>
      <p className="print-for">{teacher ? 'Teacher’s copy: the stops, their questions and the notes for each.' : 'The stops of the tour and the questions to discuss.'}</p>
      <ol className="print-stops">
        {tour.stops.map((stop, index) => (
          <li key={index}>
            <h3>{stop.title}</h3>
            {partsQuoted(parts, stop.passage).map((part) => (
              <blockquote key={part.id}>
                <p>
                  <span className="print-part">{shortPartLabel(part)}: </span>
                  <ExcerptText text={part.text} quotes={stop.passage} />
                </p>
              </blockquote>
            ))}
            {stop.factNote && <FactNote text={stop.factNote} />}
            {stop.question && (
              <p className="print-question">
                <strong>For discussion (not from the article): </strong>
                {stop.question}
              </p>
            )}
            {teacher && (
              <p className="print-notes">
                <strong>Notes: </strong>
                {stop.notes ?? 'none for this stop.'}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
