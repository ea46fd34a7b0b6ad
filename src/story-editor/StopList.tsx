/**
 * The draft tour's stops in order, as they stand (draft-stops.ts), each with buttons to move it up or
 * down and to take it out, and a way to add a stop for a paragraph that has none; focus follows the
 * stop moved, so that the keyboard can keep moving it, and stays in the list when one is taken out.
 */
import { useEffect, useRef, useState, type Dispatch } from 'react';
import type { DraftState } from './draft-model.ts';
import type { DraftAction } from './draft-reducer.ts';
import { liveStops, openParagraphs, stopFor } from './draft-stops.ts';

/** What the list shows and whom it tells. */
export interface StopListProps {
  state: DraftState;
  dispatch: Dispatch<DraftAction>;
  onStatus: (message: string) => void;
}

/** The tour's stops; a stop whose paragraph links nothing of the story any more is said to be left out. */
export function StopList({ state, dispatch, onStatus }: StopListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  // Where focus goes once the list shows a change: asked for once, then forgotten (a later change of the stops moves it no more).
  const focusOn = useRef<{ key: string; by: -1 | 1 | 0 } | null>(null);
  const setFocusOn = (next: { key: string; by: -1 | 1 | 0 }) => void (focusOn.current = next);
  const stops = liveStops(state);
  const open = openParagraphs(state);
  const [adding, setAdding] = useState('');
  const chosen = open.some((paragraph) => paragraph.part === adding) ? adding : (open[0]?.part ?? '');
  useEffect(
    function focusTheStopMoved() {
      const asked = focusOn.current;
      if (!asked) return;
      focusOn.current = null;
      const item = listRef.current?.querySelector(`[data-key="${CSS.escape(asked.key)}"]`);
      const button = item?.querySelector<HTMLButtonElement>(`[data-move="${asked.by}"]:not(:disabled)`) ?? item?.querySelector<HTMLButtonElement>('button:not(:disabled)');
      button?.focus();
    },
    [state.stops],
  );
  const names = new Map([...state.places.map((place) => [place.id, place.label || place.name] as const), ...state.flows.map((flow) => [flow.id, flow.name] as const)]);
  function move(key: string, by: -1 | 1) {
    dispatch({ type: 'move-stop', key, by });
    setFocusOn({ key, by });
  }
  function remove(index: number) {
    const stop = stops[index];
    if (!stop) return;
    dispatch({ type: 'remove-stop', key: stop.key });
    // Focus goes to the stop that takes its place, else the one before; with none left, to Add.
    const next = stops[index + 1] ?? stops[index - 1];
    if (next) setFocusOn({ key: next.key, by: 0 });
    else requestAnimationFrame(() => document.getElementById('draft-add-stop')?.focus());
    onStatus(`Took "${stop.title}" out of the tour.`);
  }
  function add() {
    const paragraph = open.find((p) => p.part === chosen);
    if (!paragraph) return;
    // Focus goes to the stop added, at the end of the list: the choice it came from may be gone.
    setFocusOn({ key: stopFor(state, paragraph.part).key, by: -1 });
    dispatch({ type: 'add-stop', part: paragraph.part });
    onStatus(`Added "${paragraph.title}" at the end of the tour.`);
  }
  return (
    <section className="draft-list" aria-labelledby="draft-stops-title">
      <h3 id="draft-stops-title">Tour stops</h3>
      {stops.length === 0 && <p className="story-help">No stops yet: add one for a paragraph whose sentences are linked to places.</p>}
      <ol ref={listRef} className="draft-stops">
        {stops.map((stop, index) => (
          <li key={stop.key} data-key={stop.key} className="draft-stop">
            <span className="draft-stop-title">{stop.title}</span>
            <span className="draft-place-facts">{stop.features.length > 0 ? `Shows ${stop.features.map((id) => names.get(id) ?? id).join(', ')}` : 'Left out: nothing accepted is linked to its paragraph'}</span>
            <span className="draft-place-buttons">
              <button type="button" className="text-button" data-move="-1" aria-label={`Move up: ${stop.title}`} disabled={index === 0} onClick={() => move(stop.key, -1)}>
                Up
              </button>
              <button type="button" className="text-button" data-move="1" aria-label={`Move down: ${stop.title}`} disabled={index === stops.length - 1} onClick={() => move(stop.key, 1)}>
                Down
              </button>
              <button type="button" className="text-button" data-move="0" aria-label={`Take out of the tour: ${stop.title}`} onClick={() => remove(index)}>
                Take out
              </button>
            </span>
          </li>
        ))}
      </ol>
      {open.length > 0 && (
        <div className="draft-add-stop">
          <label htmlFor="draft-add-stop">Add a stop for</label>
          <select id="draft-add-stop" value={chosen} onChange={(event) => setAdding(event.target.value)}>
            {open.map((paragraph) => (
              <option key={paragraph.part} value={paragraph.part}>
                {paragraph.title}
              </option>
            ))}
          </select>
          <button type="button" className="text-button" onClick={add}>
            Add stop
          </button>
        </div>
      )}
    </section>
  );
}
