/**
 * One text box of the tour editor (a stop's title, question, fact note or notes), with what the schema
 * refuses said under it.
 */
import { useState } from 'react';
import { fieldProblem, type EditableField } from './editor-state.ts';

/** What a text field edits. */
export interface TextFieldProps {
  id: string;
  field: EditableField;
  label: string;
  value: string;
  multiline?: boolean;
  /** Told every change; the editor keeps only what the schema takes. */
  onChange: (value: string) => void;
}

/**
 * A stop's title, question or notes. What is typed stays in the field as typed; a text the schema
 * refuses (an empty title, markup) is said under the field, in the schema's words, and not kept.
 */
export function TextField({ id, field, label, value, multiline = false, onChange }: TextFieldProps) {
  const [draft, setDraft] = useState(value);
  const problem = draft === value ? undefined : fieldProblem(field, draft);
  const common = {
    id,
    value: draft,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? `${id}-problem` : undefined,
    onChange(event: { target: { value: string } }) {
      setDraft(event.target.value);
      onChange(event.target.value);
    },
  };
  return (
    <div className="editor-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {problem && (
        <p id={`${id}-problem`} className="field-problem">
          Not kept: {label.replace(/ \(.*$/, '').toLowerCase()} {problem}.
        </p>
      )}
    </div>
  );
}
