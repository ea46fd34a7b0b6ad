/**
 * The presenter window's header, where the teacher times the lesson and moves, blanks or fills the class's
 * screen.
 */
import { formatClock, isoDuration } from './clock.ts';
import type { SharedTour } from './window-link.ts';

/** How long the audience window may stay silent before the bar says so (three heartbeats). */
const SILENCE_MS = 3000;

/** What the bar says of the audience window. */
export function audienceStatus(tour: SharedTour, heardAt: number | null, now: number): string {
  if (heardAt === null) return 'Waiting for the audience window (the one that opened this view)…';
  if (now - heardAt > SILENCE_MS) return 'The audience window is not answering: it may be closed or reloading.';
  if (tour.stop === null) return 'The audience window has left the tour: choose a stop to start it again.';
  return tour.blank ? 'Audience window connected; its screen is blank.' : 'Audience window connected.';
}

/** The presenter view's top bar: the clocks, the audience window's state, and the controls. */
export function PresenterBar(props: {
  tour: SharedTour;
  heardAt: number | null;
  now: number;
  stops: number;
  onGo: (stop: number) => void;
  onScreen: (command: 'blank' | 'fullscreen') => void;
}) {
  const { tour, heardAt, now, stops, onGo, onScreen } = props;
  const elapsed = tour.startedAt === 0 ? 0 : now - tour.startedAt;
  const atStop = now - tour.stopSince;
  const stop = tour.stop;
  // A file's windows have no origin to lend a key press to (see FullscreenNotice.tsx).
  const fromFile = window.location.protocol === 'file:';
  return (
    <header className="presenter-bar">
      <div className="presenter-heading">
        <h1>Presenter view</h1>
        <p className="presenter-status" role="status">
          {audienceStatus(tour, heardAt, now)}
        </p>
      </div>
      <dl className="presenter-clocks">
        <div>
          <dt>Elapsed</dt>
          <dd>
            <time dateTime={isoDuration(elapsed)}>{formatClock(elapsed)}</time>
          </dd>
        </div>
        <div>
          <dt>At this stop</dt>
          <dd>
            <time dateTime={isoDuration(atStop)}>{formatClock(atStop)}</time>
          </dd>
        </div>
      </dl>
      <div className="presenter-controls">
        <button type="button" className="text-button" onClick={() => onGo((stop ?? 2) - 1)} disabled={stop !== null && stop <= 1}>
          <span aria-hidden="true">← </span>Previous
        </button>
        <button type="button" className="text-button" onClick={() => onGo((stop ?? 0) + 1)} disabled={stop !== null && stop >= stops}>
          Next<span aria-hidden="true"> →</span>
        </button>
        <button type="button" className="text-button" aria-pressed={tour.blank} onClick={() => onScreen('blank')}>
          Blank the class screen
        </button>
        <button type="button" className="text-button" onClick={() => onScreen('fullscreen')} aria-describedby={fromFile ? 'presenter-fullscreen-note' : undefined}>
          Full screen for the class
        </button>
        {fromFile && (
          <p id="presenter-fullscreen-note" className="presenter-note">
            Opened from a file: press F in the class window for full screen.
          </p>
        )}
      </div>
    </header>
  );
}
