/**
 * Where the article comes in: a text box to paste it into, or a plain-text file to open, and "Find
 * places", which runs the drafter over it.
 */
import { useRef, type Dispatch } from 'react';
import type { DraftAction } from './draft-reducer.ts';

/** What the article's box shows and whom it tells. */
export interface ArticleInputProps {
  text: string;
  /** Places were found already: finding them again replaces them, and the box says so. */
  hasPlaces: boolean;
  finding: boolean;
  dispatch: Dispatch<DraftAction>;
  onFind: () => void;
  onStatus: (message: string) => void;
}

/** The article's text box, the file to open it from, and Find places. */
export function ArticleInput({ text, hasPlaces, finding, dispatch, onFind, onStatus }: ArticleInputProps) {
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
        <button type="button" className="text-button" aria-describedby={hasPlaces ? 'story-find-again' : undefined} disabled={finding || text.trim() === ''} onClick={onFind}>
          {finding ? 'Finding places…' : 'Find places'}
        </button>
      </div>
      {hasPlaces && (
        <p id="story-find-again" className="story-help">
          Finding places again replaces the places, flows and stops of this draft.
        </p>
      )}
    </section>
  );
}
