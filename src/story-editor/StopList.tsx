/**
 * The draft tour's stops in order, each with buttons to move it up or down; focus follows the stop
 * moved, so that the keyboard can keep moving it.
 */
import { useEffect, useRef, useState, type Dispatch } from 'react';
import type { DraftPlace, DraftStop } from './draft-model.ts';
import type { DraftAction } from './draft-reducer.ts';

/** What the list shows and whom it tells. */
export interface StopListProps {
  stops: readonly DraftStop[];
  places: readonly DraftPlace[];
  dispatch: Dispatch<DraftAction>;
}

/** The tour's stops; a stop whose places are all left out of the story is said to be left out too. */
export function StopList({ stops, places, dispatch }: StopListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const [moved, setMoved] = useState<{ key: string; by: -1 | 1 } | null>(null);
  useEffect(
    function focusTheMovedStop() {
      if (!moved) return;
      const item = listRef.current?.querySelector(`[data-key="${CSS.escape(moved.key)}"]`);
      const button = item?.querySelector<HTMLButtonElement>(`[data-move="${moved.by}"]:not(:disabled)`) ?? item?.querySelector<HTMLButtonElement>('button:not(:disabled)');
      button?.focus();
    },
    [moved, stops],
  );
  const accepted = new Map(places.filter((place) => place.status === 'accepted').map((place) => [place.id, place.name]));
  function move(key: string, by: -1 | 1) {
    dispatch({ type: 'move-stop', key, by });
    setMoved({ key, by });
  }
  return (
    <section className="draft-list" aria-labelledby="draft-stops-title">
      <h3 id="draft-stops-title">Tour stops</h3>
      <ol ref={listRef} className="draft-stops">
        {stops.map((stop, index) => {
          const shown = stop.features.flatMap((id) => accepted.get(id) ?? []);
          return (
            <li key={stop.key} data-key={stop.key} className="draft-stop">
              <span className="draft-stop-title">{stop.title}</span>
              <span className="draft-place-facts">{shown.length > 0 ? `Shows ${shown.join(', ')}` : 'Left out: none of its places is accepted'}</span>
              <span className="draft-place-buttons">
                <button type="button" className="text-button" data-move="-1" aria-label={`Move up: ${stop.title}`} disabled={index === 0} onClick={() => move(stop.key, -1)}>
                  Up
                </button>
                <button type="button" className="text-button" data-move="1" aria-label={`Move down: ${stop.title}`} disabled={index === stops.length - 1} onClick={() => move(stop.key, 1)}>
                  Down
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
