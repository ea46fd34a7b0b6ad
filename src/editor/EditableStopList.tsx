/** The tour editor's list of stops, where each is moved, hidden, shown or deleted and its texts edited. */
import { useLayoutEffect, useRef, type Dispatch } from 'react';
import type { EditorAction } from './editor-state.ts';
import type { EditorStop } from './teacher-tour.ts';
import { TextField } from './TextField.tsx';

/** A stop button, found again after the list changes so that focus stays with the stop. */
type StopButton = 'up' | 'down';

/** What the list shows and whom it tells. */
export interface EditableStopListProps {
  stops: readonly EditorStop[];
  dispatch: Dispatch<EditorAction>;
}

/**
 * The stops in order, each with Move up, Move down, Hide or Show, Delete (the teacher's own stops),
 * and its title, question and notes to edit. After a move, focus follows the stop.
 */
export function EditableStopList({ stops, dispatch }: EditableStopListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const focusAfter = useRef<{ key: string; button: StopButton } | null>(null);
  useLayoutEffect(function keepFocusWithTheMovedStop() {
    const wanted = focusAfter.current;
    if (!wanted) return;
    focusAfter.current = null;
    const item = listRef.current?.querySelector(`[data-key="${wanted.key}"]`);
    const buttons = [...(item?.querySelectorAll<HTMLButtonElement>('[data-move]') ?? [])];
    (buttons.find((b) => b.dataset.move === wanted.button && !b.disabled) ?? buttons.find((b) => !b.disabled))?.focus();
  });

  function move(key: string, button: StopButton) {
    focusAfter.current = { key, button };
    dispatch({ type: 'move', key, by: button === 'up' ? -1 : 1 });
  }
  function remove(key: string, index: number) {
    dispatch({ type: 'delete', key });
    const next = stops[index + 1] ?? stops[index - 1];
    if (next) focusAfter.current = { key: next.key, button: 'down' };
  }

  let shown = 0;
  return (
    <section className="editor-stops" aria-labelledby="editor-stops-title">
      <h3 id="editor-stops-title">Stops</h3>
      <ol ref={listRef}>
        {stops.map((s, i) => {
          const { title } = s.stop;
          if (!s.hidden) shown += 1;
          return (
            <li key={s.key} data-key={s.key} className={s.hidden ? 'editor-stop is-hidden' : 'editor-stop'}>
              <div className="editor-stop-head">
                <div>
                  <p className="editor-stop-number">
                    {s.hidden ? 'Hidden: skipped when presenting' : `Stop ${shown}`}
                    {s.origin === 'teacher' && ' · your stop'}
                  </p>
                  <h4>{title}</h4>
                </div>
                <div className="editor-stop-buttons">
                <button type="button" className="text-button" data-move="up" aria-label={`Move up: ${title}`} disabled={i === 0} onClick={() => move(s.key, 'up')}>
                  Move up
                </button>
                <button type="button" className="text-button" data-move="down" aria-label={`Move down: ${title}`} disabled={i === stops.length - 1} onClick={() => move(s.key, 'down')}>
                  Move down
                </button>
                <button type="button" className="text-button" aria-label={`${s.hidden ? 'Show' : 'Hide'}: ${title}`} onClick={() => dispatch({ type: 'set-hidden', key: s.key, hidden: !s.hidden })}>
                  {s.hidden ? 'Show' : 'Hide'}
                </button>
                {s.origin === 'teacher' && (
                  <button type="button" className="text-button" aria-label={`Delete: ${title}`} disabled={stops.length === 1} onClick={() => remove(s.key, i)}>
                    Delete
                  </button>
                )}
                </div>
              </div>
              <details className="editor-stop-texts">
                <summary>
                  Edit texts<span className="visually-hidden">: {title}</span>
                </summary>
                <TextField id={`${s.key}-title`} field="title" label="Title" value={title} onChange={(value) => dispatch({ type: 'edit', key: s.key, field: 'title', value })} />
                <TextField id={`${s.key}-question`} field="question" label="Question for discussion (shown as not from the article)" value={s.stop.question ?? ''} multiline onChange={(value) => dispatch({ type: 'edit', key: s.key, field: 'question', value })} />
                <TextField id={`${s.key}-fact-note`} field="factNote" label="Note on the article's facts (shown to the class beside its words)" value={s.stop.factNote ?? ''} multiline onChange={(value) => dispatch({ type: 'edit', key: s.key, field: 'factNote', value })} />
                <TextField id={`${s.key}-notes`} field="notes" label="Notes for you (presenter view only)" value={s.stop.notes ?? ''} multiline onChange={(value) => dispatch({ type: 'edit', key: s.key, field: 'notes', value })} />
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
