/**
 * Where focus goes when a passage closes: back to what opened it (a feature, a sentence of the
 * article, an entry of the places list); if that is gone, to the feature itself. At scale a line
 * chosen from a choice of lines is an element only while it is selected (else it is drawn on the
 * canvas), so focus may go with it in the next render: then the map it was on takes focus. An opener
 * hidden until that render (a places list entry in a phone's lowered sheet) takes it after it.
 */
export function returnFocus(opener: Element | null, feature: Element | undefined, focusMap: () => void): void {
  const target = opener instanceof HTMLElement || opener instanceof SVGElement ? opener : null;
  const fallback = feature instanceof HTMLElement || feature instanceof SVGElement ? feature : null;
  (target?.isConnected && target !== document.body ? target : fallback)?.focus();
  requestAnimationFrame(function keepFocusOnTheMap() {
    // An opener shown again only by the render that closes the passage (an entry of the places list,
    // in the phone's sheet raised again) takes focus now.
    if (document.activeElement === document.body && target?.isConnected) target.focus();
    if (document.activeElement === document.body) focusMap();
  });
}
