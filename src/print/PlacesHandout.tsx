import { useMemo, useState } from 'react';
import { formatDateRange } from '../story/format.ts';
import { partsQuoted, type QuotablePart } from '../story/passages.ts';
import type { Article, StoryFeature } from '../story/schema.ts';
import { ExcerptText } from '../ui/ExcerptText.tsx';
import { handoutParts, shortPartLabel } from './handout-paragraphs.ts';
import { PrintMapFigure } from './PrintMapFigure.tsx';

/**
 * The places handout: the printed map with its numbers, the places it cannot show named under it, the
 * numbered list of places, each naming the parts of the article it speaks of ("¶2"), and those parts
 * printed once, each sentence marked with the numbers of its places. With scripts off the list is also
 * the page's reading of the places (index.html), where each shows its own sentences.
 */
export function PlacesHandout({ features, numbers, parts, article }: {
  features: readonly StoryFeature[];
  numbers: ReadonlyMap<string, number>;
  parts: readonly QuotablePart[];
  article: Article;
}) {
  // Which places the printed map leaves out, once it is laid out (when printing).
  const [offMap, setOffMap] = useState<readonly StoryFeature[]>([]);
  const ordered = useMemo(() => [...features].sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0)), [features, numbers]);
  const printedParts = useMemo(() => handoutParts(parts, ordered.map((f) => ({ number: numbers.get(f.id) ?? 0, passage: f.properties.passage }))), [parts, ordered, numbers]);
  return (
    <section className="print-handout" aria-label="Handout">
      <h2>The places of “{article.headline}”</h2>
      <PrintMapFigure features={features} numbers={numbers} onOffMap={setOffMap} />
      <ol className="print-places">
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
              </p>
              {quoted.map((part) => (
                <blockquote key={part.id} className="print-place-quotes">
                  <p>
                    <ExcerptText text={part.text} quotes={feature.properties.passage} />
                  </p>
                </blockquote>
              ))}
              {feature.properties.note && <p className="print-note">Note: {feature.properties.note}</p>}
            </li>
          );
        })}
      </ol>
      <section className="print-parts" aria-labelledby="print-parts-title">
        <h2 id="print-parts-title">The article’s words, each part once</h2>
        {printedParts.map(({ part, numbers: partNumbers, runs }) => (
          <figure key={part.id} className="print-part-text">
            <figcaption>
              {shortPartLabel(part)} · places {partNumbers.join(', ')}
            </figcaption>
            <blockquote>
              <p>
                {runs.map((run, i) =>
                  run.marked ? (
                    <span key={i}>
                      <mark>{run.text}</mark>
                      <sup className="print-run-numbers"> [{run.numbers.join(', ')}]</sup>
                    </span>
                  ) : (
                    <span key={i}>{run.text}</span>
                  ),
                )}
              </p>
            </blockquote>
          </figure>
        ))}
      </section>
    </section>
  );
}
