/**
 * Stops a smooth scroll that `element.scrollIntoView({ behavior: 'smooth' })` set going: each of its
 * scrolling ancestors, and the page, is scrolled at once to where it stands. A smooth scroll is drawn
 * by the compositor frame after frame; while it runs, the browser answers every other change at the
 * next frame's tick instead of at once.
 */
export function stopScrolling(element: Element): void {
  for (let box: Element | null = element.parentElement; box; box = box.parentElement) {
    if (box.scrollHeight > box.clientHeight || box.scrollWidth > box.clientWidth) {
      box.scrollTo({ top: box.scrollTop, left: box.scrollLeft, behavior: 'instant' });
    }
  }
  window.scrollTo({ top: window.scrollY, left: window.scrollX, behavior: 'instant' });
}
