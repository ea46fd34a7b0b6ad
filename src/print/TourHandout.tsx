/**
 * The printed tour, for the class or the teacher: each stop's map, title, quoted sentences and question, and
 * the teacher's notes.
 */
import { useMemo } from 'react';
import { partsQuoted, type QuotablePart } from '../story/passages.ts';
import type { StoryFeature, Tour } from '../story/schema.ts';
import { ExcerptText } from '../ui/ExcerptText.tsx';
import { FactNote } from '../ui/FactNote.tsx';
import { shortPartLabel } from './handout-paragraphs.ts';
import { PrintKey } from './PrintKey.tsx';
import { StopMap } from './StopMap.tsx';
import { usePrintRequested } from './use-print-requested.ts';

/**
 * The tour as a handout: each stop's small map (StopMap, drawn once printing is asked for), its title,
 * the article's sentences it shows (word for word, an ellipsis where the rest of the paragraph is left
 * out) and its question. The teacher's copy adds each
 * stop's notes, which the class's copy never shows.
 */
export function TourHandout({ tour, parts, teacher, features, numbers }: {
  tour: Tour;
  parts: readonly QuotablePart[];
  teacher: boolean;
  features: readonly StoryFeature[];
  numbers: ReadonlyMap<string, number>;
}) {
  const requested = usePrintRequested();
  const byId = useMemo(() => new Map(features.map((f) => [f.id, f])), [features]);
  const stopFeatures = useMemo(() => tour.stops.map((stop) => stop.features.flatMap((id) => byId.get(id) ?? [])), [tour, byId]);
  return (
    <section className="print-handout print-tour" aria-label="Handout">
      <h2>{tour.title}</h2>
      <p className="print-for">{teacher ? 'Teacher’s copy: the stops, their questions, and your notes where a stop has some.' : 'The stops of the tour and the questions to discuss.'} Each stop’s map numbers its places as the “Map and places” handout does.</p>
      {requested && <PrintKey features={stopFeatures.flat()} />}
      <ol className="print-stops" aria-label="Stops">
        {tour.stops.map((stop, index) => (
          <li key={index}>
            {requested && <StopMap stop={stop} features={stopFeatures[index] ?? []} numbers={numbers} index={index} />}
            <div className="print-stop-text">
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
              {teacher && stop.notes && (
                <p className="print-notes">
                  <strong>Notes: </strong>
                  {stop.notes}
                </p>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
