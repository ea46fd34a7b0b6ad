import { useEffect, useRef } from 'react';
import type { QuotablePart } from '../story/passages.ts';
import { quoteRuns } from '../story/quote-runs.ts';
import type { Article } from '../story/schema.ts';
import { partLabel } from './part-label.ts';

/** What the reader shows and whom it tells. */
export interface ArticleReaderProps {
  article: Article;
  parts: readonly QuotablePart[];
  /** Each sentence that is a passage, and the names of the features it speaks of (those shown). */
  quoteFeatures: ReadonlyMap<string, readonly string[]>;
  /** The selected feature's sentences, marked and kept in view. */
  selectedQuotes: readonly string[];
  /** Changes when the reader should take focus at the selected passage ("Read in the article"). */
  focusRequest: number;
  reducedMotion: boolean;
  onQuote: (quote: string) => void;
}

/**
 * The whole article. Every sentence that is the passage of a feature is a button that shows that
 * feature on the map; the selected feature's sentences are marked and scrolled into view.
 */
export function ArticleReader({ article, parts, quoteFeatures, selectedQuotes, focusRequest, reducedMotion, onQuote }: ArticleReaderProps) {
  const rootRef = useRef<HTMLElement>(null);
  const quotes = [...quoteFeatures.keys()];
  const selectedKey = selectedQuotes.join('\n');

  useEffect(
    function keepPassageInView() {
      const first = rootRef.current?.querySelector('.quote.is-current');
      first?.scrollIntoView({ block: 'center', behavior: reducedMotion ? 'auto' : 'smooth' });
    },
    [selectedKey, reducedMotion],
  );

  useEffect(
    function focusPassage() {
      if (focusRequest === 0) return;
      const part = rootRef.current?.querySelector('.quote.is-current')?.closest<HTMLElement>('[data-part]');
      part?.focus({ preventScroll: true });
    },
    [focusRequest],
  );

  function content(part: QuotablePart) {
    return quoteRuns(part.text, quotes).map((run, i) => {
      if (!run.quote) return <span key={i}>{run.text}</span>;
      const current = selectedQuotes.includes(run.quote);
      const names = quoteFeatures.get(run.quote) ?? [];
      return (
        <button key={i} type="button" className={current ? 'quote is-current' : 'quote'} title={`Show on the map: ${names.join('; ')}`} onClick={() => onQuote(run.quote ?? '')}>
          {current ? <mark>{run.text}</mark> : run.text}
        </button>
      );
    });
  }

  return (
    <section ref={rootRef} className="article-reader" aria-label="Article">
      <article className="article-text">
        <p className="eyebrow">{article.kicker}</p>
        {parts.map((part) => {
          const quoted = selectedQuotes.some((quote) => part.text.includes(quote)) ? 'is-quoted' : '';
          switch (part.kind) {
            case 'headline':
              return <h2 key={part.id} className={quoted} data-part={part.id} tabIndex={-1}>{content(part)}</h2>;
            case 'standfirst':
              return <p key={part.id} className={`standfirst ${quoted}`} data-part={part.id} tabIndex={-1}>{content(part)}</p>;
            case 'caption':
              return (
                <figure key={part.id} className={`caption ${quoted}`} data-part={part.id} tabIndex={-1}>
                  <figcaption>
                    <span className="caption-label">{partLabel(part, parts)}: </span>
                    {content(part)}
                    <span className="credit"> {part.credit}</span>
                  </figcaption>
                </figure>
              );
            case 'paragraph':
              return <p key={part.id} className={quoted} data-part={part.id} tabIndex={-1}>{content(part)}</p>;
          }
        })}
      </article>
    </section>
  );
}
