/**
 * The masthead's Copy link button, for sharing the view as it is (the place, the layers, the timeline) by its
 * URL.
 */
import { useState } from 'react';

/** Copies the link to the current view; where the clipboard is not available, shows the link to copy. */
export function CopyLinkButton() {
  const [message, setMessage] = useState('');
  async function copy() {
    const link = window.location.href;
    try {
      await navigator.clipboard.writeText(link);
      setMessage('Link copied.');
    } catch {
      setMessage(`Copy this link: ${link}`);
    }
    window.setTimeout(() => setMessage(''), 6000);
  }
  return (
    <div className="copy-link">
      <button type="button" className="text-button on-dark" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="copy-status">
        {message}
      </span>
    </div>
  );
}
