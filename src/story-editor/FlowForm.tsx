/**
 * Draws a flow from the chosen place to another: where to, what moves (its kind) and when. The flow's
 * sentences are those both places share, to be linked by hand where they share none. A flow needs its
 * date, and the form says so before it is drawn, not after.
 */
import { useRef, useState, type Dispatch } from 'react';
import { FLOW_KINDS, type FlowKind } from '../story/kinds.ts';
import { isRealDay } from '../story/plain-text.ts';
import type { DraftPlace } from './draft-model.ts';
import type { DraftAction } from './draft-reducer.ts';

/** The place the flow starts from, the places it may go to, and whom to tell. */
export interface FlowFormProps {
  from: DraftPlace;
  places: readonly DraftPlace[];
  /** Each kind of flow in the story's words ("Night routes (solid line)"). */
  kindNames: Readonly<Record<string, string>>;
  dispatch: Dispatch<DraftAction>;
}

/** The form of a new flow. */
export function FlowForm({ from, places, kindNames, dispatch }: FlowFormProps) {
  const others = places.filter((place) => place.id !== from.id && place.status !== 'dropped');
  const [to, setTo] = useState(others[0]?.id ?? '');
  const [kind, setKind] = useState<FlowKind>('travel');
  const [date, setDate] = useState('');
  const [dateWrong, setDateWrong] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);
  const target = others.some((place) => place.id === to) ? to : (others[0]?.id ?? '');
  const id = `flow-from-${from.id}`;
  return (
    <fieldset className="flow-form">
      <legend>Draw a flow from {from.name}</legend>
      <div className="editor-field">
        <label htmlFor={`${id}-to`}>To</label>
        <select id={`${id}-to`} value={target} onChange={(event) => setTo(event.target.value)}>
          {others.map((place) => (
            <option key={place.id} value={place.id}>
              {place.name}
            </option>
          ))}
        </select>
      </div>
      <div className="editor-field">
        <label htmlFor={`${id}-kind`}>Kind of flow</label>
        <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as FlowKind)}>
          {FLOW_KINDS.map((flow) => (
            <option key={flow} value={flow}>
              {kindNames[flow] ?? flow}
            </option>
          ))}
        </select>
      </div>
      <div className="editor-field">
        <label htmlFor={`${id}-date`}>Flow date</label>
        <input
          ref={dateRef}
          id={`${id}-date`}
          type="text"
          placeholder="YYYY-MM-DD"
          value={date}
          aria-invalid={dateWrong || undefined}
          aria-describedby={`${id}-date-help`}
          onChange={(event) => {
            setDate(event.target.value);
            setDateWrong(false);
          }}
        />
        <p id={`${id}-date-help`} className={dateWrong ? 'story-help draft-problems' : 'story-help'}>
          {dateWrong ? <strong>Problem: </strong> : null}
          Needed: the day it began, as year-month-day (2024-07-01).
        </p>
      </div>
      <button
        type="button"
        className="text-button"
        disabled={target === ''}
        onClick={() => {
          if (!isRealDay(date.trim())) {
            setDateWrong(true);
            dateRef.current?.focus();
            return;
          }
          dispatch({ type: 'add-flow', from: from.id, to: target, flow: kind, date: date.trim() });
        }}
      >
        Draw the flow
      </button>
    </fieldset>
  );
}
