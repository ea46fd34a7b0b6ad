/**
 * The tour editor's chooser of a stop's passage: a search over the article's sentences, a checkbox for each.
 */
import { useId, useState } from 'react';
import type { ArticleSentence } from './article-sentences.ts';

/** The sentences to pick from, and those picked. */
export interface SentencePickerProps {
  sentences: readonly ArticleSentence[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}

/**
 * A stop's passage, picked from the article's own sentences (never typed, so it stays verbatim): a
 * search box over the sentences, each a checkbox.
 */
export function SentencePicker({ sentences, chosen, onChange }: SentencePickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const words = query.trim().toLowerCase();
  const shown = sentences.filter((s) => s.text.toLowerCase().includes(words));
  return (
    <fieldset className="sentence-picker">
      <legend>Passage: the article’s sentences</legend>
      <label htmlFor={`${id}-search`}>Find a sentence</label>
      <input id={`${id}-search`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      <p className="picker-count" role="status">
        {chosen.length === 1 ? '1 sentence chosen' : `${chosen.length} sentences chosen`} · {shown.length} of {sentences.length} shown
      </p>
      {chosen.length > 0 && (
        <ol className="chosen-sentences" aria-label="Chosen sentences, in the article’s order">
          {sentences
            .filter((s) => chosen.includes(s.text))
            .map((s) => (
              <li key={s.text}>{s.text}</li>
            ))}
        </ol>
      )}
      <ul className="sentence-list">
        {shown.map((sentence) => (
          <li key={sentence.text}>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(sentence.text)}
                onChange={(event) => onChange(event.target.checked ? [...chosen, sentence.text] : chosen.filter((text) => text !== sentence.text))}
              />
              <span>
                {sentence.text} <span className="sentence-where">{sentence.where}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
