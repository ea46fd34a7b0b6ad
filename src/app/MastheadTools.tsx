/**
 * The masthead's buttons that act on the whole page: presenting, editing the tour, sharing a link, and the
 * map's tiles.
 */
import type { ReactNode, Ref } from 'react';
import { CopyLinkButton } from './CopyLinkButton.tsx';

/** Present: the stop it starts from (the first, or the one the tour was left at), of how many. */
export interface PresentButton {
  from: number;
  stops: number;
  start: () => void;
}

/** What the masthead's tools do, and the mode buttons the app composes in (Edit tour). */
export interface MastheadToolsProps {
  /** Starts the tour; `null` hides Present (no tour, or presenting already). */
  present: PresentButton | null;
  presentRef: Ref<HTMLButtonElement>;
  onlineTiles: boolean;
  onOnlineTiles: (on: boolean) => void;
  /** More tools, after Present. */
  children?: ReactNode;
}

/** The masthead's tools: Present, the modes' buttons, Copy link and the online tiles switch. */
export function MastheadTools({ present, presentRef, onlineTiles, onOnlineTiles, children }: MastheadToolsProps) {
  return (
    <div className="tools">
      {present && (
        <button
          type="button"
          ref={presentRef}
          className="text-button on-dark present-button"
          onClick={present.start}
          title={present.from > 1 ? `Present from stop ${present.from} of ${present.stops}, where the tour was left (Home goes to the first)` : undefined}
        >
          {/* Where it resumes, said but not shown: a wider button wrapped the masthead's tools, and the map moved down. */}
          Present{present.from > 1 && <span className="visually-hidden"> from stop {present.from} of {present.stops}</span>}
        </button>
      )}
      {children}
      <CopyLinkButton />
      <label className="option">
        {/* Named with the tiles' host wherever the screen leaves it out: what the switch would fetch from. */}
        <input type="checkbox" aria-label="Online map tiles (OpenStreetMap)" checked={onlineTiles} onChange={(event) => onOnlineTiles(event.target.checked)} />
        {/* On a laptop or a phone, "Online map tiles" alone (app/screens.css): the masthead keeps to one row, or the screen's width. */}
        <span>
          Online map tiles<span className="tiles-host"> (OpenStreetMap)</span>
        </span>
      </label>
    </div>
  );
}
