/**
 * The sidebar's Article tab: the whole article, each sentence that is a passage a link to its places on the
 * map.
 */
import { memo, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useLatest } from '../ui/use-latest.ts';
import type { QuotablePart } from '../story/passages.ts';
import { quoteRuns } from '../story/quote-runs.ts';
import type { Article } from '../story/schema.ts';
import { partLabel } from './part-label.ts';
import { afterNextPaint } from '../ui/time-slice.ts';
import { stopScrolling } from '../ui/stop-scrolling.ts';
import { seenInScroller } from '../ui/seen-in-scroller.ts';

/** What the reader shows and whom it tells. */
export interface ArticleReaderProps {
  article: Article;
  parts: readonly QuotablePart[];
  /** Each sentence that is a passage, and the features it speaks of (those shown). */
  quoteFeatures: ReadonlyMap<string, readonly { id: string; name: string }[]>;
  /** The selected feature's sentences, marked and kept in view. */
  selectedQuotes: readonly string[];
  /** Changes when the reader should take focus at the selected passage ("Read in the article"). */
  focusRequest: number;
  reducedMotion: boolean;
  onQuote: (quote: string) => void;
}

/**
 * The whole article. Every sentence that is the passage of a feature is a link that shows that
 * feature on the map; the selected feature's sentences are marked and scrolled into view (unless one
 * is in sight already). The marks
 * follow in a render of their own, just after the one that opens the passage: re-marking the article
 * lays out all its text, which the frame answering a click on the map need not wait for.
 */
export const ArticleReader = memo(function ArticleReader({ article, parts, quoteFeatures, selectedQuotes, focusRequest, reducedMotion, onQuote }: ArticleReaderProps) {
  const rootRef = useRef<HTMLElement>(null);
  // A string, compared by value: the same selection is the same key, whatever array it came in.
  const markedKey = useDeferredValue(selectedQuotes.join('\n'));
  const onQuoteRef = useLatest(onQuote);

  useEffect(
    function keepPassageInView() {
      let scrolledTo: Element | null = null;
      // After the frame that shows the marks: the scroll lays out the whole article.
      // Not where one of them is in sight already (the sentence the reader has just chosen: the
      // feature's first sentence, paragraphs up, took the reader away from it).
      const cancel = afterNextPaint(() => {
        const marks = [...(rootRef.current?.querySelectorAll('.quote.is-current') ?? [])];
        if (marks.some(seenInScroller)) return;
        scrolledTo = marks[0] ?? null;
        scrolledTo?.scrollIntoView({ block: 'center', behavior: reducedMotion ? 'auto' : 'smooth' });
      });
      return function stopFollowing() {
        cancel();
        // A passage closed (or another chosen) mid-scroll: the scroll towards it has no more purpose.
        const target = scrolledTo;
        if (target && !reducedMotion) afterNextPaint(() => stopScrolling(target));
      };
    },
    [markedKey, reducedMotion],
  );

  useEffect(
    function focusPassage() {
      if (focusRequest === 0) return;
      const part = rootRef.current?.querySelector('.quote.is-current')?.closest<HTMLElement>('[data-part]');
      part?.focus({ preventScroll: true });
    },
    [focusRequest],
  );

  const text = useMemo(() => {
    const marked = markedKey === '' ? [] : markedKey.split('\n');
    const quotes = [...quoteFeatures.keys()];
    function content(part: QuotablePart) {
      return quoteRuns(part.text, quotes).map((run, i) => {
        if (!run.quote) return <span key={i}>{run.text}</span>;
        const current = marked.includes(run.quote);
        const features = quoteFeatures.get(run.quote) ?? [];
        const quote = run.quote;
        // A link, not a button: it flows with the text, and it is the place's own URL.
        return (
          <a
            key={i}
            href={`#/place/${features[0]?.id ?? ''}`}
            className={current ? 'quote is-current' : 'quote'}
            title={`Show on the map: ${features.map((f) => f.name).join('; ')}`}
            onClick={(event) => {
              event.preventDefault();
              onQuoteRef.current(quote);
            }}
          >
            {current ? <mark>{run.text}</mark> : run.text}
          </a>
        );
      });
    }
    return (
      <article className="article-text">
        <p className="eyebrow">{article.kicker}</p>
        {parts.map((part) => {
          const quoted = marked.some((quote) => part.text.includes(quote)) ? 'is-quoted' : undefined;
          switch (part.kind) {
            case 'headline':
              return <h2 key={part.id} className={quoted} data-part={part.id} tabIndex={-1}>{content(part)}</h2>;
            case 'standfirst':
              return <p key={part.id} className={quoted ? `standfirst ${quoted}` : 'standfirst'} data-part={part.id} tabIndex={-1}>{content(part)}</p>;
            case 'caption':
              return (
                <figure key={part.id} className={quoted ? `caption ${quoted}` : 'caption'} data-part={part.id} tabIndex={-1}>
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
    );
  }, [article.kicker, parts, quoteFeatures, markedKey, onQuoteRef]);

  return (
    <section ref={rootRef} className="article-reader" aria-label="Article">
      {text}
    </section>
  );
});
