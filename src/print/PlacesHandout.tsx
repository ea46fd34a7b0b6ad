/**
 * The printed places handout, also the page's reading of the places with scripts off: the numbered map and
 * list, and the article's words or the fact notes.
 */
import { useMemo, useState } from 'react';
import { formatDateRange } from '../story/format.ts';
import { partsQuoted, type QuotablePart } from '../story/passages.ts';
import type { Article, StoryFeature } from '../story/schema.ts';
import { ExcerptText } from '../ui/ExcerptText.tsx';
import { factNotes } from './fact-notes.ts';
import { handoutParts, shortPartLabel } from './handout-paragraphs.ts';
import { PrintedArticle } from './PrintedArticle.tsx';
import { PrintedNotes } from './PrintedNotes.tsx';
import { PrintMapFigure } from './PrintMapFigure.tsx';

/**
 * The places handout: the printed map with its numbers, the places it cannot show named under it, the
 * numbered list of places, each naming the parts of the article it speaks of ("¶2"), and those parts
 * printed once, each sentence marked with the numbers of its places (PrintedArticle). With its fact
 * notes, the notes instead of the article's words, each once (PrintedNotes). With scripts off the list is also
 * the page's reading of the places (index.html), where each shows its own sentences.
 */
export function PlacesHandout({ features, numbers, parts, article, withNotes = false }: {
  features: readonly StoryFeature[];
  numbers: ReadonlyMap<string, number>;
  parts: readonly QuotablePart[];
  article: Article;
  /** The teacher's choice "Places with fact notes": each note printed once and referred to by number, not the article. */
  withNotes?: boolean;
}) {
  // Which places the printed map leaves out, once it is laid out (when printing).
  const [offMap, setOffMap] = useState<readonly StoryFeature[]>([]);
  const ordered = useMemo(() => [...features].sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0)), [features, numbers]);
  const printedParts = useMemo(() => handoutParts(parts, ordered.map((f) => ({ number: numbers.get(f.id) ?? 0, passage: f.properties.passage }))), [parts, ordered, numbers]);
  const { notes, notesOf } = useMemo(() => factNotes(ordered.map((f) => ({ id: f.id, number: numbers.get(f.id) ?? 0, note: f.properties.note }))), [ordered, numbers]);
  return (
    <section className={withNotes ? 'print-handout print-handout--notes' : 'print-handout'} aria-label="Handout">
      <h2>
        The places of “{article.headline}”{withNotes && ', with fact notes'}
      </h2>
      <PrintMapFigure features={features} numbers={numbers} onOffMap={setOffMap} />
      <ol className="print-places" aria-label="Places, numbered as on the map">
        {ordered.map((feature) => {
          const when = formatDateRange(feature.properties.date, feature.properties.endDate);
          const quoted = partsQuoted(parts, feature.properties.passage);
          return (
            // The id is the place's own link (`#/place/…`): with scripts off, the article's links land here.
            <li key={feature.id} id={`/place/${feature.id}`} value={numbers.get(feature.id)}>
              <h3>
                {feature.properties.name}
                {when && <span className="print-date"> · {when}</span>}
              </h3>
              <p className="print-refs">
                {quoted.map(shortPartLabel).join(', ')}
                {offMap.includes(feature) && ' · not on this map'}
                {withNotes && notesOf.has(feature.id) && ` · fact ${(notesOf.get(feature.id) ?? []).length > 1 ? 'notes' : 'note'} ${notesOf.get(feature.id)?.join(', ')}`}
              </p>
              {quoted.map((part) => (
                <blockquote key={part.id} className="print-place-quotes">
                  <p>
                    <ExcerptText text={part.text} quotes={feature.properties.passage} />
                  </p>
                </blockquote>
              ))}
              {/* The page's own reading of a place (scripts off) shows its note; in print, "Places with fact notes" prints each sentence once. */}
              {feature.properties.note && <p className="print-note">Note: {feature.properties.note}</p>}
            </li>
          );
        })}
      </ol>
      {withNotes ? <PrintedNotes notes={notes} /> : <PrintedArticle parts={printedParts} />}
    </section>
  );
}
