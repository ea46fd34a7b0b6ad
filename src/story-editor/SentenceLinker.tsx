/**
 * The article, sentence by sentence, to link to the chosen place or flow or unlink from it: each sentence
 * a toggle button, pressed when the feature quotes it, and marked by a word as well as by colour.
 */
import type { Dispatch } from 'react';
import type { DraftItem, DraftSentence } from './draft-model.ts';
import type { DraftAction } from './draft-reducer.ts';
import { ProblemList } from './ProblemList.tsx';

/** What the linker shows and whom it tells. */
export interface SentenceLinkerProps {
  item: DraftItem;
  sentences: readonly DraftSentence[];
  /** The validator's problems with the item's passage. */
  problems: readonly string[];
  dispatch: Dispatch<DraftAction>;
}

/** The article's parts, each with its sentences as toggles. */
export function SentenceLinker({ item, sentences, problems, dispatch }: SentenceLinkerProps) {
  const parts = [...new Set(sentences.map((sentence) => sentence.part))];
  return (
    <section className="sentence-linker" aria-labelledby="sentence-linker-title">
      <h4 id="sentence-linker-title">Sentences that speak of {item.name}</h4>
      <p className="story-help">
        {item.passage.length} linked. Choose a sentence to link it or to unlink it.
      </p>
      <ProblemList problems={problems} />
      <div className="sentence-linker-article">
        {parts.map((part) => (
          <p key={part} className="sentence-linker-part">
            {sentences
              .filter((sentence) => sentence.part === part)
              .map(({ text }, index) => {
                const linked = item.passage.includes(text);
                return (
                  <button
                    key={`${index}:${text}`}
                    type="button"
                    className={linked ? 'sentence-toggle is-linked' : 'sentence-toggle'}
                    aria-pressed={linked}
                    onClick={() => dispatch({ type: linked ? 'unlink' : 'link', id: item.id, sentence: text })}
                  >
                    {linked && (
                      <span className="sentence-mark" aria-hidden="true">
                        ✓{' '}
                      </span>
                    )}
                    {text}
                  </button>
                );
              })}
          </p>
        ))}
      </div>
    </section>
  );
}
