/** The presenter window's way to jump to any stop of the tour, out of order. */
import { useEffect, useRef } from 'react';
import type { TourStop } from '../story/schema.ts';

/** Every stop of the tour, numbered, the current one marked: choosing one moves both windows there. */
export function StopJumpList({ stops, current, onGo }: { stops: readonly TourStop[]; current: number | null; onGo: (stop: number) => void }) {
  const currentRef = useRef<HTMLButtonElement>(null);
  useEffect(
    function keepTheCurrentStopInView() {
      currentRef.current?.scrollIntoView({ block: 'nearest' });
    },
    [current],
  );
  return (
    <nav className="presenter-stops" aria-labelledby="presenter-stops-title">
      <h2 id="presenter-stops-title" className="eyebrow">
        All stops
      </h2>
      <ol>
        {stops.map((stop, i) => (
          <li key={i}>
            <button
              type="button"
              ref={current === i + 1 ? currentRef : undefined}
              className="stop-link"
              aria-current={current === i + 1 ? 'step' : undefined}
              onClick={() => onGo(i + 1)}
            >
              <span className="stop-number">{i + 1}</span> {stop.title}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
