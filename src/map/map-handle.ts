/**
 * What the page may ask of the map, through StoryMap's ref (useImperativeHandle), rather than a
 * registry of its elements shared with the page or a query into its DOM: focus on the map itself, and
 * the element that stands for a feature now (its symbol, its group's disc, its line's band), to give
 * focus back to when a passage closes or to ring in the tour's Tab order, and its tooltips closed.
 */
export interface MapHandle {
  /** Gives the map keyboard focus (the skip link's target); Tab then runs through its places. */
  focus(): void;
  /** The element standing for feature `id` now, if the map draws it as a button. */
  featureElement(id: string): HTMLElement | SVGElement | undefined;
  /**
   * Closes the map's tooltips: Leaflet opens a feature's on focus, and focus given back (a passage
   * closed) is not a new look at the feature; its tooltip was left over the map, and took an Esc of its own.
   */
  closeTooltips(): void;
}
