import { useState, type ReactNode } from 'react';
import { Legend } from './Legend.tsx';

/** Screens narrower than this start with the key folded away, to leave the map room. */
const NARROW_SCREEN = '(max-width: 44rem)';

/**
 * How to use the map and what its symbols mean; can be folded away so it hides no place. Stays mounted
 * while a passage is open (hidden) so that it keeps its folded state.
 */
export function MapKey({ children, hidden }: { children: ReactNode; hidden: boolean }) {
  const [open, setOpen] = useState(() => !window.matchMedia(NARROW_SCREEN).matches);
  return (
    <aside className={open ? 'intro' : 'intro is-folded'} aria-labelledby="map-key-title" hidden={hidden}>
      <div className="intro-head">
        <h2 id="map-key-title" className={open ? 'legend-title' : 'visually-hidden'}>
          Key to the map
        </h2>
        <button type="button" className="text-button key-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide the key' : 'Show the key'}
        </button>
      </div>
      {open && (
        <>
          <p>{children}</p>
          <Legend />
        </>
      )}
    </aside>
  );
}
