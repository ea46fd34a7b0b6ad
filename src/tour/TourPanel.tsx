/**
 * The panel over the map while a tour is presented: the stop's title, progress, quoted sentences and
 * question, and its buttons.
 */
import { useEffect, useRef, type Ref } from 'react';
import type { QuotablePart } from '../story/passages.ts';
import type { StoryFeature, TourStop } from '../story/schema.ts';
import { jumpPrompt } from './jump-digits.ts';
import { FactNote } from '../ui/FactNote.tsx';
import { QuotedParts } from '../panel/QuotedParts.tsx';
import { keySentenceOnly } from './key-sentence.ts';
import type { Words } from './stop-limits.ts';
import { useFitText } from './use-fit-text.ts';

/** What the tour panel shows and whom it tells. */
export interface TourPanelProps {
  stop: TourStop;
  number: number;
  total: number;
  features: readonly StoryFeature[];
  parts: readonly QuotablePart[];
  fullscreen: boolean;
  /** The digits of a jump typed so far. */
  typedDigits: string;
  panelRef: Ref<HTMLElement>;
  onPrevious: () => void;
  onNext: () => void;
  onFullscreen: () => void;
  onExit: () => void;
  /** Opens the presenter view (notes, next stop, clocks) in a second window. */
  onPresenter: () => void;
}

/** The note beside a paragraph's label when a stop shows fewer words than its whole paragraphs. */
function excerptNote(words: Words, quotes: number): string | undefined {
  if (words === 'whole') return undefined;
  return words === 'key' && quotes > 1 ? `key sentence, 1 of ${quotes} quoted` : 'quoted sentences only';
}

/**
 * A tour stop in large type, for the back of a classroom: its title, "N / M" and a progress bar, the
 * article's sentences marked in their paragraphs, and the teacher's question set apart from them.
 * Everything shows without scrolling (a clicker cannot scroll): the type is as large as the stop allows,
 * and a stop too long for the screen's smallest type shows fewer of its words (src/tour/use-fit-text.ts).
 */
export function TourPanel(props: TourPanelProps) {
  const { stop, number, total, features, parts, fullscreen, typedDigits, panelRef, onPrevious, onNext, onFullscreen, onExit, onPresenter } = props;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const fit = useFitText(bodyRef, JSON.stringify(stop));
  const quotes = fit.words === 'key' ? keySentenceOnly(stop.passage, parts) : stop.passage;
  const prompt = jumpPrompt(typedDigits, total);
  useEffect(function focusTheTourOnStart() {
    // The button that started the tour is gone from the page: focus comes here, not to nowhere. Later
    // stops are announced by the live region (Announcer), and focus stays where the presenter left it.
    titleRef.current?.focus({ preventScroll: true });
  }, []);
  const names = stop.features.flatMap((id) => features.find((f) => f.id === id)?.properties.name ?? []);
  return (
    <aside ref={panelRef} className="side-panel passage-panel tour-panel" aria-labelledby="tour-label tour-title">
      <div className="panel-bar">
        <p id="tour-label" className="eyebrow">
          Passage · Tour
        </p>
        <div className="tour-tools">
          <button type="button" className="text-button presenter-view-button" aria-keyshortcuts="P" onClick={onPresenter}>
            Presenter view
          </button>
          <button type="button" className="text-button" aria-pressed={fullscreen} onClick={onFullscreen}>
            Full screen
          </button>
          <button type="button" className="icon-button" aria-label="Leave the tour" onClick={onExit}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </div>
      <div className="tour-progress">
        <p className="tour-count">
          <span className="visually-hidden">Stop </span>
          {number} / {total}
        </p>
        <progress max={total} value={number} aria-label="Tour progress">
          {number} / {total}
        </progress>
        <p className="tour-jump" role="status">
          {prompt}
          {prompt && <span aria-hidden="true">_</span>}
        </p>
      </div>
      {/* Focusable only when it must scroll (a phone), so that the keyboard can scroll it. */}
      <div ref={bodyRef} className="tour-body" tabIndex={fit.scrolls ? 0 : undefined}>
        <h2 id="tour-title" ref={titleRef} tabIndex={-1}>
          {stop.title}
        </h2>
        <QuotedParts parts={parts} quotes={quotes} excerpt={excerptNote(fit.words, stop.passage.length)} />
        {stop.factNote && <FactNote text={stop.factNote} />}
        {stop.question && (
          <div className="question" role="note" aria-label="Question for discussion, not from the article">
            <p className="question-label">For discussion · not from the article</p>
            <p>{stop.question}</p>
          </div>
        )}
        <p className="tour-places">On the map: {names.join(' · ')}</p>
      </div>
      <div className="tour-nav">
        <button type="button" className="text-button" onClick={onPrevious} disabled={number <= 1}>
          <span aria-hidden="true">← </span>Previous
        </button>
        <button type="button" className="text-button" onClick={onNext} disabled={number >= total}>
          Next<span aria-hidden="true"> →</span>
        </button>
      </div>
    </aside>
  );
}
