import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { loadCountries } from 'virtual:countries-50m';
import { BASEMAP_COLOURS } from '../ui/symbols.ts';
import { WORLD_UNITS } from './basemap-units.ts';
import { mapInSlices, nextTurn } from '../ui/time-slice.ts';

/** Where the embedded basemap stands. */
export type BasemapStatus = 'loading' | 'ready' | 'failed';

const BASEMAP_CREDIT = 'Countries: Natural Earth';

/** The pane below tiles and features that holds the embedded countries. */
export const BASEMAP_PANE = 'basemap';

/** Milliseconds of making paths before the page gets a turn: each path takes a millisecond or two. */
const PATHS_SLICE_MS = 4;

/** How many world copies are drawn each side: the map may pan to 540° east or west (StoryMap's maxBounds). */
const MAX_WORLD_COPIES = 1;

/**
 * Leaflet's canvas renderer, drawing the embedded countries instead of layers: on every redraw (after
 * each move or zoom), each path is filled, then stroked, with one transform from path units to the
 * canvas, for the world and its copies beside it that are in view. The borders come a frame after
 * the land: each half is a task of its own, about 10 ms here for the whole world, rather than one of
 * twice that.
 */
class CountriesCanvas extends L.Canvas {
  // Leaflet's own members of its canvas renderer, which its types leave out.
  declare _ctx: CanvasRenderingContext2D;
  declare _bounds: L.Bounds | undefined;
  declare _redraw: () => void;
  declare countries: Path2D[] | undefined;
  /** Counts the redraws, so that the borders of a view are never drawn over the next. */
  declare drawing: number | undefined;

  setCountries(countries: Path2D[]) {
    this.countries = countries;
    if (this._map) this._redraw();
  }

  _draw() {
    const map = this._map as L.Map | undefined;
    const countries = this.countries;
    if (!map || !countries || !this._bounds || (map as unknown as { _animatingZoom?: boolean })._animatingZoom) return;
    const drawing = (this.drawing ?? 0) + 1;
    this.drawing = drawing;
    const worldPixels = map.options.crs?.scale(map.getZoom()) ?? 256;
    const scale = worldPixels / WORLD_UNITS;
    const origin = map.getPixelOrigin();
    // The context is already in layer pixels (Leaflet's `_update`); a world pixel is a layer pixel plus the origin.
    const first = Math.max(-MAX_WORLD_COPIES, Math.floor((this._bounds.min?.x ?? 0) / worldPixels + origin.x / worldPixels));
    const last = Math.min(MAX_WORLD_COPIES, Math.floor((this._bounds.max?.x ?? 0) / worldPixels + origin.x / worldPixels));
    const paint = (part: (ctx: CanvasRenderingContext2D) => void) => {
      const ctx = this._ctx;
      ctx.save();
      ctx.fillStyle = BASEMAP_COLOURS.land;
      ctx.strokeStyle = BASEMAP_COLOURS.border;
      // Borders and coasts one device pixel wide: a hairline, which the browser strokes about ten times
      // faster than a wider line (80 ms against 8 ms for the world here), and crisp on any screen.
      // Leaflet draws a retina canvas at twice the size, scaled by 2: one device pixel is then half a pixel.
      ctx.lineWidth = 1 / (L.Browser.retina ? 2 : 1) / scale;
      for (let copy = first; copy <= last; copy += 1) {
        ctx.save();
        ctx.translate(copy * worldPixels - origin.x, -origin.y);
        ctx.scale(scale, scale);
        part(ctx);
        ctx.restore();
      }
      ctx.restore();
    };
    paint((ctx) => countries.forEach((path) => ctx.fill(path)));
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (this.drawing === drawing && this._map) paint((ctx) => countries.forEach((path) => ctx.stroke(path)));
      }, 0),
    );
  }
}

/**
 * Draws the embedded Natural Earth countries on a canvas once their chunk has loaded, so that the
 * first paint never waits for them. Reports its status to the page.
 */
export function Basemap({ onStatus }: { onStatus: (status: BasemapStatus) => void }) {
  const map = useMap();
  useEffect(
    function addBasemap() {
      let renderer: CountriesCanvas | undefined;
      let cancelled = false;
      const pane = map.getPane(BASEMAP_PANE) ?? map.createPane(BASEMAP_PANE);
      pane.style.zIndex = '150';
      // Credited from the start, so that the credit line does not grow (and shift) when the data comes.
      const credits = map.attributionControl;
      credits?.addAttribution(BASEMAP_CREDIT);
      onStatus('loading');
      loadCountries().then(
        async (countries) => {
          // One path at a time, each a few thousand points: the page stays responsive meanwhile.
          const paths = await mapInSlices(countries, (data) => new Path2D(data), () => cancelled, PATHS_SLICE_MS);
          // And the first drawing in a task of its own.
          await nextTurn();
          if (cancelled) return;
          renderer = new CountriesCanvas({ pane: BASEMAP_PANE });
          renderer.addTo(map);
          renderer.setCountries(paths);
          onStatus('ready');
        },
        () => {
          if (cancelled) return;
          credits?.removeAttribution(BASEMAP_CREDIT);
          onStatus('failed');
        },
      );
      return function removeBasemap() {
        cancelled = true;
        renderer?.remove();
        credits?.removeAttribution(BASEMAP_CREDIT);
      };
    },
    [map, onStatus],
  );
  return null;
}
