/**
 * The places handout's printing of the article's words: each quoted part once, its sentences marked with the
 * numbers of their places.
 */
import type { HandoutPart } from './handout-paragraphs.ts';
import { shortPartLabel } from './handout-paragraphs.ts';

/**
 * The article's words on the places handout, each quoted part once: the quoted sentences marked
 * lightly (in print, a thin rule under them, the text at its normal weight), each followed by the
 * numbers of its places.
 */
export function PrintedArticle({ parts }: { parts: readonly HandoutPart[] }) {
  return (
    <section className="print-parts" aria-labelledby="print-parts-title">
      <h2 id="print-parts-title">The article’s words, each part once</h2>
      {parts.map(({ part, numbers, runs }) => (
        <figure key={part.id} className="print-part-text">
          <figcaption>
            {shortPartLabel(part)} · places {numbers.join(', ')}
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
  );
}
