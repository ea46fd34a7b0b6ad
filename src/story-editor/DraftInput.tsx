/**
 * One field of a place or flow (name, label, layer, date, toll, kind): a text box or a choice, with the
 * validator's problems with that field under it.
 */
import type { Dispatch } from 'react';
import type { DraftAction, DraftField } from './draft-reducer.ts';
import { ProblemList } from './ProblemList.tsx';

/** What a field edits, and how. */
export interface DraftInputProps {
  itemId: string;
  field: DraftField;
  label: string;
  value: string;
  /** The choices of a picklist; a text box when absent. */
  options?: readonly string[];
  /** What each choice is called, where not its value (a layer by the story's word for it). */
  optionLabels?: Readonly<Record<string, string>>;
  type?: 'text' | 'number';
  placeholder?: string;
  /** Takes the form's whole width (a note). */
  wide?: boolean;
  /** Every problem of the item: those of this field (`properties.<field>…`) show under it. */
  problems: readonly string[];
  dispatch: Dispatch<DraftAction>;
}

/** The property a field's problems name: a toll's are `properties.deaths.record`. */
const PROPERTY: Partial<Record<DraftField | 'passage', string>> = { deaths: 'deaths' };

/** The problems of `field` among an item's problems. */
export function fieldProblems(problems: readonly string[], field: DraftField | 'passage'): string[] {
  const property = `properties.${PROPERTY[field] ?? field}`;
  return problems.filter((problem) => problem.startsWith(`${property}:`) || problem.startsWith(`${property}.`));
}

/** The problems of `field`, worded for beside it: "must be a real date…", not "properties.date: must be a real date…". */
export function problemsBeside(problems: readonly string[], field: DraftField | 'passage'): string[] {
  const prefix = `properties.${PROPERTY[field] ?? field}: `;
  return fieldProblems(problems, field).map((problem) => (problem.startsWith(prefix) ? problem.slice(prefix.length) : problem));
}

/** A labelled field and its problems. */
export function DraftInput({ itemId, field, label, value, options, optionLabels, type = 'text', placeholder, wide = false, problems, dispatch }: DraftInputProps) {
  const id = `draft-${itemId}-${field}`;
  const own = problemsBeside(problems, field);
  const common = {
    id,
    value,
    'aria-invalid': own.length > 0 || undefined,
    'aria-describedby': own.length > 0 ? `${id}-problems` : undefined,
    onChange(event: { target: { value: string } }) {
      dispatch({ type: 'set-field', id: itemId, field, value: event.target.value });
    },
  };
  return (
    <div className={wide ? 'editor-field is-wide' : 'editor-field'}>
      <label htmlFor={id}>{label}</label>
      {options ? (
        <select {...common}>
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabels?.[option] ?? option}
            </option>
          ))}
        </select>
      ) : (
        <input type={type} min={type === 'number' ? 0 : undefined} placeholder={placeholder} {...common} />
      )}
      <ProblemList id={`${id}-problems`} problems={own} />
    </div>
  );
}
