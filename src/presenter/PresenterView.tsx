/**
 * The presenter window's screen: the current stop with the teacher's notes, the class screen and next stop in
 * pictures, and every stop.
 */
import type { ReactNode } from 'react';
import { FactNote } from '../ui/FactNote.tsx';
import { QuotedParts } from '../panel/QuotedParts.tsx';
import type { QuotablePart } from '../story/passages.ts';
import type { Tour } from '../story/schema.ts';
import { countMarks, type InkState } from '../ui/ink.ts';
import { Announcer } from '../ui/Announcer.tsx';
import { PresenterBar } from './PresenterBar.tsx';
import { StopJumpList } from './StopJumpList.tsx';
import type { PresenterLink } from './use-presenter-link.ts';

function plural(n: number, one: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${one}s`;
}

/** What has been drawn on the class's map, in words. */
export function inkSummary(ink: InkState): string {
  const { pen, arrow } = countMarks(ink);
  const parts = [pen && plural(pen, 'stroke'), arrow && plural(arrow, 'arrow')].filter(Boolean);
  const drawn = parts.length === 0 ? 'Nothing drawn' : `${parts.join(' and ')} drawn`;
  return Object.keys(ink.pointers).length > 0 ? `${drawn}, pointing` : drawn;
}

/** What the presenter view shows. */
export interface PresenterViewProps {
  tour: Tour;
  parts: readonly QuotablePart[];
  link: PresenterLink;
  /** The time now, renewed each second, for the clocks. */
  now: number;
  /** A small picture of the current stop's map, with what is drawn on the class's map. */
  nowPreview: ReactNode;
  /** A small picture of the next stop's map, if there is a next stop. */
  nextPreview: ReactNode;
}

/**
 * The teacher's window: the stop the class sees (title, the article's sentences, the question) with
 * the teacher's notes, which the class never sees; what comes next, with a preview of its map; the
 * clocks; and every stop to jump to. Every control moves the audience window too.
 */
export function PresenterView({ tour, parts, link, now, nowPreview, nextPreview }: PresenterViewProps) {
  const number = link.tour.stop;
  const stop = number === null ? undefined : tour.stops[number - 1];
  const next = number === null ? undefined : tour.stops[number];
  const total = tour.stops.length;
  return (
    <div className="presenter">
      <PresenterBar tour={link.tour} heardAt={link.heardAt} now={now} stops={total} onGo={link.go} onScreen={link.screen} />
      <main className="presenter-main">
        {/* Focusable, so that a long passage can be scrolled from the keyboard. */}
        <section className="presenter-current" aria-labelledby="presenter-now" tabIndex={0}>
          <p className="eyebrow">{number === null ? 'Not presenting' : `Now showing · stop ${number} of ${total}`}</p>
          <h2 id="presenter-now">{stop?.title ?? tour.title}</h2>
          <section className="presenter-notes" aria-labelledby="presenter-notes-title">
            <h3 id="presenter-notes-title" className="eyebrow">
              Your notes · not shown to the class
            </h3>
            <p className={stop?.notes ? 'notes-text' : 'notes-text is-empty'}>{stop?.notes ?? 'No notes for this stop.'}</p>
          </section>
          {stop && <QuotedParts parts={parts} quotes={stop.passage} />}
          {stop?.factNote && <FactNote text={stop.factNote} />}
          {stop?.question && (
            <div className="question" role="note" aria-label="Question for discussion, not from the article">
              <p className="question-label">For discussion · not from the article</p>
              <p>{stop.question}</p>
            </div>
          )}
        </section>
        <div className="presenter-side">
          <div className="presenter-previews">
            <section className="presenter-next presenter-class" aria-labelledby="presenter-map-title" aria-describedby="presenter-ink-keys">
              <h2 id="presenter-map-title" className="eyebrow">
                Class screen
              </h2>
              <p className="next-title">{inkSummary(link.ink)}</p>
              {stop && nowPreview}
              <p id="presenter-ink-keys" className="ink-keys">
                Draw here or there: <kbd>D</kbd> pen · <kbd>A</kbd> arrow · hold <kbd>L</kbd> to point · <kbd>C</kbd> clear
              </p>
            </section>
            <section className="presenter-next presenter-upcoming" aria-labelledby="presenter-next-title">
              <h2 id="presenter-next-title" className="eyebrow">
                Next
              </h2>
              <p className="next-title">{next ? `${(number ?? 0) + 1}. ${next.title}` : 'This is the last stop.'}</p>
              {next && nextPreview}
            </section>
          </div>
          <StopJumpList stops={tour.stops} current={number} onGo={link.go} />
        </div>
      </main>
      <Announcer message={stop && number !== null ? `Stop ${number} of ${total}: ${stop.title}` : ''} />
    </div>
  );
}
