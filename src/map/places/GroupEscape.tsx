/**
 * Esc out of an opened group: once a group has been opened (a click, Enter), Esc takes the map back
 * to the view it was opened from, a group at a time, as a marker cluster closes again; keyboard focus
 * on one of its places goes back to the group, with no tooltip left open. The outermost of the page's Escapes (ui/escape-stack.ts):
 * a tooltip, the passage and the tour take Esc first.
 */
import { useSyncExternalStore } from 'react';
import { useMap } from 'react-leaflet';
import { ESCAPE_LEVELS, useEscape } from '../../ui/escape-stack.ts';
import type { FeatureElements } from '../feature-element.ts';
import { useCamera } from '../camera/use-camera.ts';
import { focusWhenDrawn } from './focus-when-drawn.ts';
import { closeTooltips } from '../tooltips/close-tooltips.ts';

/** The place whose element has keyboard focus inside `container`, if any. */
function focusedPlace(container: HTMLElement): { id: string; element: Element } | null {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement || element instanceof SVGElement) || !container.contains(element)) return null;
  const id = element.dataset.featureId ?? element.dataset.groupOf?.split(' ')[0];
  return id ? { id, element } : null;
}

export function GroupEscape({ elements, reducedMotion }: { elements: FeatureElements; reducedMotion: boolean }) {
  const map = useMap();
  const camera = useCamera();
  const open = useSyncExternalStore(camera.trail.subscribe, camera.trail.hasWayBack);
  useEscape(ESCAPE_LEVELS.map, open, function closeTheGroup() {
    const container = map.getContainer();
    const focused = focusedPlace(container);
    // The focused place's own element goes as its group closes: focus waits on the map, then goes to the group.
    if (focused) container.focus({ preventScroll: true });
    // Focus given back is not a new look at the group: its tooltip (Leaflet opens one on focus) stays shut.
    const then = focused ? () => focusWhenDrawn(container, elements, focused.id, focused.element, () => closeTooltips(map)) : undefined;
    return camera.stepBack(reducedMotion, then) ? 'handled' : 'pass';
  });
  return null;
}
