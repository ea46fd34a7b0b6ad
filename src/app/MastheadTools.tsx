/**
 * The masthead's buttons that act on the whole page: presenting, editing the tour, sharing a link, and the
 * map's tiles.
 */
import type { ReactNode, Ref } from 'react';
import { CopyLinkButton } from './CopyLinkButton.tsx';

/** What the masthead's tools do, and the mode buttons the app composes in (Edit tour). */
export interface MastheadToolsProps {
  /** Starts the tour; `null` hides Present (no tour, or presenting already). */
  onPresent: (() => void) | null;
  presentRef: Ref<HTMLButtonElement>;
  onlineTiles: boolean;
  onOnlineTiles: (on: boolean) => void;
  /** More tools, after Present. */
  children?: ReactNode;
}

/** The masthead's tools: Present, the modes' buttons, Copy link and the online tiles switch. */
export function MastheadTools({ onPresent, presentRef, onlineTiles, onOnlineTiles, children }: MastheadToolsProps) {
  return (
    <div className="tools">
      {onPresent && (
        <button type="button" ref={presentRef} className="text-button on-dark present-button" onClick={onPresent}>
          Present
        </button>
      )}
      {children}
      <CopyLinkButton />
      <label className="option">
        <input type="checkbox" checked={onlineTiles} onChange={(event) => onOnlineTiles(event.target.checked)} />
        {/* On a phone, "Online map tiles" alone (app/screens.css): the header keeps to the screen's width. */}
        <span>
          Online map tiles<span className="tiles-host"> (OpenStreetMap)</span>
        </span>
      </label>
    </div>
  );
}
