/**
 * "Discard draft", which asks first: the whole draft goes, article, places and flows, and cannot be
 * brought back.
 */
import { useEffect, useRef, useState } from 'react';

/** Whom Discard tells, and whether there is anything to discard. */
export interface DiscardDraftProps {
  onDiscard: () => void;
  onStatus: (message: string) => void;
  disabled: boolean;
}

/** The Discard draft button and its confirmation, with focus on "Keep the draft", the safe choice. */
export function DiscardDraft({ onDiscard, onStatus, disabled }: DiscardDraftProps) {
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const discardRef = useRef<HTMLButtonElement>(null);
  useEffect(
    function focusTheSafeChoice() {
      if (asking) keepRef.current?.focus();
    },
    [asking],
  );
  function answer(discard: boolean) {
    setAsking(false);
    if (discard) {
      onDiscard();
      onStatus('The draft was discarded.');
    }
    // Back to the button that asked, once it shows again.
    window.setTimeout(() => discardRef.current?.focus(), 0);
  }
  if (asking) {
    return (
      <div className="story-confirm" role="group" aria-labelledby="story-confirm-question">
        <p id="story-confirm-question">Discard the whole draft? It cannot be brought back.</p>
        <button type="button" className="text-button" onClick={() => answer(true)}>
          Discard
        </button>
        <button type="button" ref={keepRef} className="text-button" onClick={() => answer(false)}>
          Keep the draft
        </button>
      </div>
    );
  }
  return (
    <button type="button" ref={discardRef} className="text-button" disabled={disabled} onClick={() => setAsking(true)}>
      Discard draft
    </button>
  );
}
