/**
 * Where the article comes in: a text box to paste it into, or a plain-text file to open, and "Find
 * places", which runs the drafter over it.
 */
import { useRef, type Dispatch } from 'react';
import type { DraftAction } from './draft-reducer.ts';
import { AskFirst } from './AskFirst.tsx';

/** What the article's box shows and whom it tells. */
export interface ArticleInputProps {
  text: string;
  /** The text was changed since its places were found: the story still uses the text as it was. */
  changed: boolean;
  /** The places (not dropped) and flows of the draft: finding places again replaces them, and asks first. */
  work: { places: number; flows: number };
  finding: boolean;
  dispatch: Dispatch<DraftAction>;
  onFind: () => void;
  onStatus: (message: string) => void;
}

/** The article's text box, the file to open it from, and Find places. */
export function ArticleInput({ text, changed, work, finding, dispatch, onFind, onStatus }: ArticleInputProps) {
  const hasPlaces = work.places + work.flows > 0;
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const fileRef = useRef<HTMLInputElement>(null);
  async function open(file: File | undefined) {
    if (!file) return;
    try {
      dispatch({ type: 'set-text', text: await file.text() });
      onStatus(`Opened ${file.name}. Press Find places.`);
    } catch {
      onStatus(`${file.name} could not be read.`);
    }
  }
  return (
    <section className="story-article" aria-labelledby="story-article-title">
      <h3 id="story-article-title">Article</h3>
      <div className="editor-field">
        <label htmlFor="story-article-text">Article text</label>
        <textarea
          id="story-article-text"
          rows={8}
          value={text}
          aria-describedby="story-article-help"
          onChange={(event) => dispatch({ type: 'set-text', text: event.target.value })}
        />
        <p id="story-article-help" className="story-help">
          Plain text, each block separated by a blank line: the kicker, the headline, the standfirst, then the paragraphs. A block of two lines is a photo caption and its credit.
        </p>
      </div>
      <div className="editor-tools">
        <button type="button" className="text-button" onClick={() => fileRef.current?.click()}>
          Open a .txt file
        </button>
        <input ref={fileRef} type="file" accept=".txt,text/plain" hidden tabIndex={-1} aria-hidden="true" onChange={(event) => void open(event.target.files?.[0])} />
        <AskFirst
          question={`Find places again? It replaces this draft's ${count(work.places, 'place')}, ${count(work.flows, 'flow')} and its tour, and cannot be undone.`}
          yes="Replace them"
          no="Keep my work"
          ask={hasPlaces}
          disabled={finding || text.trim() === ''}
          describedBy={hasPlaces ? 'story-find-again' : undefined}
          onYes={onFind}
        >
          {finding ? 'Finding places…' : 'Find places'}
        </AskFirst>
      </div>
      {changed && (
        <p className="story-help draft-notice" role="note">
          You have changed the text since its places were found: the story still uses the text as it was then. Find places again to use the new text.
        </p>
      )}
      {hasPlaces && (
        <p id="story-find-again" className="story-help">
          Finding places again replaces the places, flows and stops of this draft.
        </p>
      )}
    </section>
  );
}
