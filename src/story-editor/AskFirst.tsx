/**
 * A button whose action loses work, and so asks first (when `ask`): a question with the action and the
 * safe choice, focus on the safe choice, and back on the button once answered.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** The button, its question and its two answers. */
export interface AskFirstProps {
  /** The button's text. */
  children: ReactNode;
  question: string;
  /** The answer that acts ("Discard"), and the safe one ("Keep the draft"). */
  yes: string;
  no: string;
  /** Whether to ask at all: with nothing to lose, the button acts at once. */
  ask: boolean;
  disabled?: boolean;
  describedBy?: string | undefined;
  onYes: () => void;
}

/** The button, or while asking its question. */
export function AskFirst({ children, question, yes, no, ask, disabled = false, describedBy, onYes }: AskFirstProps) {
  const [asking, setAsking] = useState(false);
  const noRef = useRef<HTMLButtonElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(
    function focusTheSafeChoice() {
      if (asking) noRef.current?.focus();
    },
    [asking],
  );
  function answer(act: boolean) {
    setAsking(false);
    if (act) onYes();
    // Back to the button that asked, once it shows again.
    window.setTimeout(() => buttonRef.current?.focus(), 0);
  }
  if (asking) {
    return (
      <div className="story-confirm" role="group" aria-label={question}>
        <p>{question}</p>
        <button type="button" className="text-button" onClick={() => answer(true)}>
          {yes}
        </button>
        <button type="button" ref={noRef} className="text-button" onClick={() => answer(false)}>
          {no}
        </button>
      </div>
    );
  }
  return (
    <button type="button" ref={buttonRef} className="text-button" disabled={disabled} aria-describedby={describedBy} onClick={() => (ask ? setAsking(true) : onYes())}>
      {children}
    </button>
  );
}
