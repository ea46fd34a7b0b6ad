/**
 * The map's panes, in one place: Leaflet's own (for reference: tiles 200, overlay 400, shadows 500,
 * markers 600, tooltips 650, popups 700) and the story map's, each with the z-index that sets it
 * between them and whether it lets the pointer through to what lies below.
 */
import type L from 'leaflet';

/** A pane of the story map's own. */
export interface PaneSpec {
  name: string;
  zIndex: number;
  /** Drawing only: the pointer goes through it to the panes below. */
  passThrough: boolean;
}

export const PANES = {
  /** The embedded countries: above the online tiles' pane (200 when on), below everything drawn for the story. */
  basemap: { name: 'basemap', zIndex: 150, passThrough: false },
  /** The flows drawn on a canvas in a dense view: under the lines that are buttons (overlay, 400), never taking their clicks. */
  drawnFlows: { name: 'drawn-flows', zIndex: 390, passThrough: false },
  /** The names: above the lines (400), below the symbols (600). */
  labels: { name: 'labels', zIndex: 450, passThrough: true },
  /** The symbols of a dense view that are not buttons: above the names, below the symbol buttons (600). */
  drawnSymbols: { name: 'drawn-symbols', zIndex: 590, passThrough: true },
  /** The ink: over the places, their groups and their names (which an arrow most often points at), under tooltips (650). */
  ink: { name: 'ink', zIndex: 640, passThrough: true },
} as const satisfies Record<string, PaneSpec>;

/** The pane `spec` of `map`, made as declared the first time it is asked for. */
export function mapPane(map: L.Map, spec: PaneSpec): HTMLElement {
  const existing = map.getPane(spec.name);
  if (existing) return existing;
  const pane = map.createPane(spec.name);
  pane.style.zIndex = String(spec.zIndex);
  if (spec.passThrough) pane.style.pointerEvents = 'none';
  return pane;
}

/** The pane as react-leaflet's `<Pane>` takes it. */
export function paneProps(spec: PaneSpec): { name: string; style: { zIndex: number; pointerEvents?: 'none' } } {
  return { name: spec.name, style: { zIndex: spec.zIndex, ...(spec.passThrough && { pointerEvents: 'none' as const }) } };
}
