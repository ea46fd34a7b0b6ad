/** Keeps Tab, while presenting, within the tour panel and the current stop's places on the map. */
import { useEffect, type RefObject } from 'react';
import type { TourStop } from '../story/schema.ts';

/** What Tab reaches in the tour panel: its buttons, and its body where it must scroll (a phone). */
const TABBABLE = 'button:not([disabled]), a[href], input:not([disabled]), [tabindex="0"]';

/** The stop's places whose symbols show on the map beside the panel (one under it or off the map is left out: reaching it would move the map). */
function shownPlaces(ids: readonly string[], elementOf: (id: string) => HTMLElement | SVGElement | undefined, panel: HTMLElement | null): (HTMLElement | SVGElement)[] {
  const cover = panel?.getBoundingClientRect();
  const shown = ids.flatMap((id) => {
    const element = elementOf(id);
    const map = element?.closest('.leaflet-container')?.getBoundingClientRect();
    if (!element?.isConnected || !map) return [];
    const box = element.getBoundingClientRect();
    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
    const onMap = x >= map.left && x <= map.right && y >= map.top && y <= map.bottom;
    const underPanel = cover !== undefined && x >= cover.left && x <= cover.right && y >= cover.top && y <= cover.bottom;
    return onMap && !underPanel ? [element] : [];
  });
  // A group stands for several of the stop's places: it is reached once.
  return [...new Set(shown)];
}

/**
 * While presenting, Tab and Shift+Tab go round the tour panel's controls and the stop's own places on
 * the map, and nowhere else: not the page's body, not the other places (each, focused, would bring
 * itself into view and move the map away from the stop). Listens in the capture phase, before the map.
 */
export function useTourTabRing(stop: TourStop | undefined, panelRef: RefObject<HTMLElement | null>, elementOf: (id: string) => HTMLElement | SVGElement | undefined): void {
  useEffect(
    function keepTabInTheTour() {
      if (!stop) return undefined;
      const ids = stop.features;
      function onKeyDown(event: KeyboardEvent) {
        if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
        const panel = panelRef.current;
        const controls = panel ? [...panel.querySelectorAll<HTMLElement>(TABBABLE)].filter((c) => c.getClientRects().length > 0) : [];
        const ring: (HTMLElement | SVGElement)[] = [...controls, ...shownPlaces(ids, elementOf, panel)];
        if (ring.length === 0) return;
        const at = ring.findIndex((element) => element === document.activeElement);
        const step = event.shiftKey ? -1 : 1;
        const next = at < 0 ? (event.shiftKey ? ring.length - 1 : 0) : (at + step + ring.length) % ring.length;
        event.preventDefault();
        ring[next]?.focus();
      }
      document.addEventListener('keydown', onKeyDown, true);
      return function stopKeepingTab() {
        document.removeEventListener('keydown', onKeyDown, true);
      };
    },
    [stop, panelRef, elementOf],
  );
}
