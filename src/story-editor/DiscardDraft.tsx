/**
 * "Discard draft", which asks first: the whole draft goes, article, places and flows, and cannot be
 * brought back.
 */
import { AskFirst } from './AskFirst.tsx';

/** Whom Discard tells, and whether there is anything to discard. */
export interface DiscardDraftProps {
  onDiscard: () => void;
  onStatus: (message: string) => void;
  disabled: boolean;
}

/** The Discard draft button and its confirmation, with focus on "Keep the draft", the safe choice. */
export function DiscardDraft({ onDiscard, onStatus, disabled }: DiscardDraftProps) {
  return (
    <AskFirst
      question="Discard the whole draft? It cannot be brought back."
      yes="Discard"
      no="Keep the draft"
      ask
      disabled={disabled}
      onYes={() => {
        onDiscard();
        onStatus('The draft was discarded.');
      }}
    >
      Discard draft
    </AskFirst>
  );
}
