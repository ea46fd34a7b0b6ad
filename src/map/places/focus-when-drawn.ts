/** Keyboard focus that waits on the map while the symbols are drawn anew (a group opened or closed). */
import type { FeatureElements } from '../feature-element.ts';

/**
 * Focuses the element of place `id` (its own, or its group's) as soon as one other than `old` is on
 * the page (within a second or so), unless focus has meanwhile left `waiting` for something else.
 */
export function focusWhenDrawn(waiting: HTMLElement, elements: FeatureElements, id: string, old: Element | null, then?: () => void, frames = 60): void {
  if (document.activeElement !== waiting) return;
  const now = elements.get(id);
  if (now && now !== old && now.isConnected) {
    now.focus();
    then?.();
  } else if (frames > 0) requestAnimationFrame(() => focusWhenDrawn(waiting, elements, id, old, then, frames - 1));
}
