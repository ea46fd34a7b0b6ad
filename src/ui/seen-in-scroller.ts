/**
 * Whether an element shows whole in the box that scrolls it (its nearest ancestor that scrolls, else
 * the window): for what need not be scrolled to, being in sight already.
 */
export function seenInScroller(element: Element): boolean {
  const box = element.getBoundingClientRect();
  for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
    if (!/(auto|scroll)/.test(getComputedStyle(parent).overflowY)) continue;
    const view = parent.getBoundingClientRect();
    return box.top >= view.top && box.bottom <= view.bottom;
  }
  return box.top >= 0 && box.bottom <= window.innerHeight;
}
