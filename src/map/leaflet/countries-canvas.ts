/**
 * Leaflet's canvas renderer, extended: its private drawing hook (`_draw`) and members (`_ctx`,
 * `_bounds`, `_redraw`, `_map`, the map's `_animatingZoom`) are Leaflet 1.9's, pinned in package.json
 * and checked by privates.test.ts; no other module touches them.
 */
import L from 'leaflet';
import { BASEMAP_COLOURS } from '../../ui/symbols.ts';
import { WORLD_UNITS } from '../basemap/basemap-units.ts';
import { isAnimatingZoom } from './privates.ts';
import { MAX_LONGITUDE } from '../../geometry/mercator.ts';

/** Width of a river, in CSS pixels: a thin, quiet line, as on a newspaper's locator map. */
const RIVER_WIDTH = 0.8;

/** How many world copies are drawn each side: as many as the map may pan to (StoryMap's maxBounds). */
const MAX_WORLD_COPIES = Math.ceil((MAX_LONGITUDE - 180) / 360);

/**
 * Leaflet's canvas renderer, drawing the embedded countries instead of layers: on every redraw (after
 * each move or zoom), each path is filled, then stroked, with one transform from path units to the
 * canvas, for the world and its copies beside it that are in view. The rivers are stroked over the
 * land, once they have loaded. The borders come a frame after the land: each half is a task of its
 * own, about 10 ms here for the whole world, rather than one of twice that.
 */
export class CountriesCanvas extends L.Canvas {
  // Leaflet's own members of its canvas renderer, which its types leave out.
  declare _ctx: CanvasRenderingContext2D;
  declare _bounds: L.Bounds | undefined;
  declare _redraw: () => void;
  declare countries: Path2D[] | undefined;
  declare rivers: Path2D | undefined;
  /** Counts the redraws, so that the borders of a view are never drawn over the next. */
  declare drawing: number | undefined;

  setCountries(countries: Path2D[]) {
    this.countries = countries;
    if (this._map) this._redraw();
  }

  setRivers(rivers: Path2D) {
    this.rivers = rivers;
    if (this._map) this._redraw();
  }

  _draw() {
    const map = this._map as L.Map | undefined;
    const countries = this.countries;
    if (!map || !countries || !this._bounds || isAnimatingZoom(map)) return;
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
    const rivers = this.rivers;
    paint((ctx) => {
      countries.forEach((path) => ctx.fill(path));
      if (!rivers) return;
      ctx.strokeStyle = BASEMAP_COLOURS.river;
      ctx.lineWidth = RIVER_WIDTH / scale;
      ctx.stroke(rivers);
    });
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (this.drawing === drawing && this._map) paint((ctx) => countries.forEach((path) => ctx.stroke(path)));
      }, 0),
    );
  }
}
