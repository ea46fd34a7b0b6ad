/**
 * Makes a Leaflet marker icon or SVG path behave as a button for keyboard and screen reader users:
 * reachable with Tab, named after its feature, activated by Enter or Space. Returns its own cleanup.
 */

/** Where the map keeps each feature's focusable element, so that focus can be returned to it. */
export type FeatureElements = Map<string, HTMLElement | SVGElement>;

/** Options of `bindFeatureElement`. */
export interface FeatureElementOptions {
  id: string;
  /** The accessible name: the feature's own name. */
  name: string;
  /** Called on Enter or Space. */
  onActivate: () => void;
  /** Called when the element gets focus, e.g. to bring it into view. */
  onFocus?: () => void;
  elements: FeatureElements;
}

export function bindFeatureElement(element: HTMLElement | SVGElement, options: FeatureElementOptions): () => void {
  const { id, name, onActivate, onFocus, elements } = options;
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', name);
  element.dataset.featureId = id;
  elements.set(id, element);

  function onKeyDown(event: Event) {
    const key = (event as KeyboardEvent).key;
    if (key !== 'Enter' && key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    onActivate();
  }
  function onFocusIn() {
    onFocus?.();
  }
  element.addEventListener('keydown', onKeyDown);
  element.addEventListener('focus', onFocusIn);
  return function unbindFeatureElement() {
    element.removeEventListener('keydown', onKeyDown);
    element.removeEventListener('focus', onFocusIn);
    if (elements.get(id) === element) elements.delete(id);
  };
}
