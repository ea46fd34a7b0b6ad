/**
 * A `<dialog>` shown as modal for as long as its component is mounted: focus on its heading when it
 * opens, Escape (the innermost of the page's Escapes) and the browser's own cancel close it through
 * React, so that focus goes back where it came from.
 */
import { useEffect, useRef, type RefObject, type SyntheticEvent } from 'react';
import { ESCAPE_LEVELS, useEscape } from './escape-stack.ts';

/** The dialog's and its heading's refs, and the handler for the dialog's `onCancel`. */
export interface ModalDialog {
  dialogRef: RefObject<HTMLDialogElement | null>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  closeOnCancel: (event: SyntheticEvent) => void;
}

/** Shows the dialog as modal while mounted; `onClose` is called on Escape and on the browser's cancel. */
export function useModalDialog(onClose: () => void): ModalDialog {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(function openAsModal() {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    headingRef.current?.focus();
    return function closeModal() {
      dialog?.close();
    };
  }, []);

  // The innermost of the page's Escapes while open: the page's own (close the passage) must not act behind it.
  useEscape(ESCAPE_LEVELS.dialog, true, function closeOnEscape(event) {
    // Esc in a search box that holds words clears them (the browser's own way), and leaves the dialog open.
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'search' && target.value !== '') return 'keep-default';
    onClose();
    return 'handled';
  });
  function closeOnCancel(event: SyntheticEvent) {
    // The browser's own close (Esc it saw first): React closes the dialog, so that focus goes back.
    event.preventDefault();
    onClose();
  }
  return { dialogRef, headingRef, closeOnCancel };
}
