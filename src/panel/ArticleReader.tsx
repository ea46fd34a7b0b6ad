import { useEffect, useRef } from 'react';
import type { Article } from '../story/schema.ts';
import type { QuotablePart } from '../story/passages.ts';
import { MarkedText } from './MarkedText.tsx';
import { partLabel } from './part-label.ts';

/** What the reader shows: the whole article, with one feature's passage marked and in view. */
export interface ArticleReaderProps {
  article: Article;
  parts: readonly QuotablePart[];
  quotes: readonly string[];
  reducedMotion: boolean;
  onBack: () => void;
  onClose: () => void;
}

/** The whole article, scrolled to the selected feature's passage, which is highlighted and focused. */
export function ArticleReader({ article, parts, quotes, reducedMotion, onBack, onClose }: ArticleReaderProps) {
  const firstQuotedRef = useRef<HTMLElement | null>(null);
  const firstQuoted = parts.find((part) => quotes.some((quote) => part.text.includes(quote)))?.id;

  useEffect(
    function showPassage() {
      const element = firstQuotedRef.current;
      if (!element) return;
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: 'center', behavior: reducedMotion ? 'auto' : 'smooth' });
    },
    [firstQuoted, reducedMotion],
  );

  const quotedIn = (part: QuotablePart) => quotes.some((quote) => part.text.includes(quote));
  const refFor = (part: QuotablePart) => (part.id === firstQuoted ? (el: HTMLElement | null) => void (firstQuotedRef.current = el) : undefined);

  return (
    <section className="side-panel article-reader" aria-label="Article">
      <div className="panel-bar">
        <button type="button" className="text-button" onClick={onBack}>
          <span aria-hidden="true">← </span>Back to the passage
        </button>
        <button type="button" className="icon-button" aria-label="Close article" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <article className="article-text">
        <p className="eyebrow">{article.kicker}</p>
        {parts.map((part) => {
          const className = quotedIn(part) ? 'is-quoted' : undefined;
          const content = <MarkedText text={part.text} quotes={quotes} />;
          switch (part.kind) {
            case 'headline':
              return <h2 key={part.id} id={`article-${part.id}`} className={className} ref={refFor(part)} tabIndex={-1}>{content}</h2>;
            case 'standfirst':
              return <p key={part.id} id={`article-${part.id}`} className={`standfirst ${className ?? ''}`} ref={refFor(part)} tabIndex={-1}>{content}</p>;
            case 'caption':
              return (
                <figure key={part.id} id={`article-${part.id}`} className={`caption ${className ?? ''}`} ref={refFor(part)} tabIndex={-1}>
                  <figcaption>
                    <span className="caption-label">{partLabel(part, parts)}: </span>
                    {content}
                    <span className="credit"> {part.credit}</span>
                  </figcaption>
                </figure>
              );
            case 'paragraph':
              return <p key={part.id} id={`article-${part.id}`} className={className} ref={refFor(part)} tabIndex={-1}>{content}</p>;
          }
        })}
      </article>
    </section>
  );
}
