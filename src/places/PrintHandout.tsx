import { partsQuoted, type QuotablePart } from '../story/passages.ts';
import { formatDateRange } from '../story/format.ts';
import type { Article, StoryFeature } from '../story/schema.ts';
import { MarkedText } from '../panel/MarkedText.tsx';
import { partLabel } from '../panel/part-label.ts';

/**
 * Shown only in print: the places numbered as on the printed map, each with its passage, so that a
 * printed page is a handout.
 */
export function PrintHandout({ features, numbers, parts, article }: {
  features: readonly StoryFeature[];
  numbers: ReadonlyMap<string, number>;
  parts: readonly QuotablePart[];
  article: Article;
}) {
  const ordered = [...features].sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));
  return (
    <section className="print-handout" aria-label="Handout">
      <h2>The places of “{article.headline}”</h2>
      <ol>
        {ordered.map((feature) => {
          const when = formatDateRange(feature.properties.date, feature.properties.endDate, feature.properties.datePrecision);
          return (
            // The id is the place's own link (`#/place/…`): with scripts off, the article's links land here.
            <li key={feature.id} id={`/place/${feature.id}`} value={numbers.get(feature.id)}>
              <h3>
                {feature.properties.name}
                {when && <span className="print-date"> · {when}</span>}
              </h3>
              {partsQuoted(parts, feature.properties.passage).map((part) => (
                <blockquote key={part.id}>
                  <p>
                    <span className="print-part">{partLabel(part, parts)}: </span>
                    <MarkedText text={part.text} quotes={feature.properties.passage} />
                  </p>
                </blockquote>
              ))}
              {feature.properties.note && <p className="print-note">Note: {feature.properties.note}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
