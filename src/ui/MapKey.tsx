/** The foldable "Layers and key" box over the map, with the layer checkboxes and the legend. */
import { useRef, useState, type ReactNode, type Ref } from 'react';
import { ESCAPE_LEVELS, useEscape } from './escape-stack.ts';
import { Legend, type KeyNeeds } from './Legend.tsx';

/**
 * The layer switches (given as children) and what the line styles mean; can be folded away so that it
 * hides no place, by its button or by Esc from inside it (focus then on its button, as a disclosure's
 * Esc does). Stays mounted while a passage is open (hidden) so that it keeps its folded state.
 */
export function MapKey({ children, hidden, keyRef, needs }: { children: ReactNode; hidden: boolean; keyRef: Ref<HTMLElement>; needs: KeyNeeds }) {
  // Folded at first on every screen: open, it would hide the places of Western Europe.
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  // Esc from inside the open key folds it, and nothing else (no passage is open while the key shows).
  useEscape(ESCAPE_LEVELS.key, open && !hidden, function foldOnEscape() {
    if (!toggle.current?.closest('aside')?.contains(document.activeElement)) return 'pass';
    setOpen(false);
    toggle.current.focus();
    return 'handled';
  });
  return (
    <aside ref={keyRef} className={open ? 'intro' : 'intro is-folded'} aria-labelledby="map-key-title" hidden={hidden}>
      <div className="intro-head">
        <h2 id="map-key-title" className={open ? 'legend-title' : 'visually-hidden'}>
          Layers and key
        </h2>
        <button ref={toggle} type="button" className="text-button key-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide layers and key' : 'Layers and key'}
        </button>
      </div>
      {open && (
        <>
          {children}
          <Legend needs={needs} />
        </>
      )}
    </aside>
  );
}
