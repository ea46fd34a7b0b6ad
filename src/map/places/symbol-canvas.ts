/**
 * A Leaflet layer that draws place symbols on one canvas, for the symbols of a dense view that are not
 * buttons (symbol-budget.ts). Like Leaflet's canvas renderer it draws the view and a margin once per
 * view, when given the symbols of the view after a move or zoom ends; while the map pans the canvas moves with it, during a zoom it is
 * hidden. It keeps where it drew each symbol, in layer pixels, for hit testing (`symbolAt`). Hidden
 * from the accessibility tree: the places list names every place, and the map says what it drew so.
 */
import L from 'leaflet';
import { paneCanvas } from '../labels/pane-canvas.ts';
import { PANES } from '../panes.ts';
import { INK, placeSymbolImage } from '../../ui/symbols.ts';
import type { DrawnSymbol } from './use-place-symbols.ts';

/** How far beyond the view the canvas reaches, as a share of the view: what a pan shows before the next drawing. */
const PADDING = 0.5;
/** How many drawn places in view the canvas names, with where they are, for tests (`data-sample`). */
const SAMPLE = 20;

const images = new Map<string, HTMLImageElement>();

/** The symbol image of a kind of place, made once; `onLoad` is called when one that was not ready is. */
function imageOf(layer: Parameters<typeof placeSymbolImage>[0], onLoad: () => void): HTMLImageElement {
  let image = images.get(layer);
  if (!image) {
    image = new Image();
    image.src = placeSymbolImage(layer);
    images.set(layer, image);
  }
  if (!image.complete) image.addEventListener('load', onLoad, { once: true });
  return image;
}

interface Drawn {
  symbol: DrawnSymbol;
  x: number;
  y: number;
  half: number;
}

export class SymbolCanvas extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  /** The map it was added to (`onAdd`'s, not Leaflet's private `_map`); null once removed. */
  private map: L.Map | null = null;
  private symbols: readonly DrawnSymbol[] = [];
  private drawn: Drawn[] = [];

  onAdd(map: L.Map): this {
    this.map = map;
    this.canvas = paneCanvas(map, PANES.drawnSymbols, 'map-drawn-symbols');
    // Drawn again when given the symbols of the next view (use-shared-symbols.ts, after each move).
    map.on('zoomstart', this.hide, this);
    this.redraw();
    return this;
  }

  onRemove(map: L.Map): this {
    map.off('zoomstart', this.hide, this);
    this.canvas?.remove();
    this.canvas = null;
    this.map = null;
    return this;
  }

  /** Draws these symbols from now on. */
  setSymbols(symbols: readonly DrawnSymbol[]): void {
    this.symbols = symbols;
    this.redraw();
  }

  /** The topmost symbol drawn over a point in layer pixels, if any. */
  symbolAt(point: L.Point): DrawnSymbol | null {
    for (let i = this.drawn.length - 1; i >= 0; i -= 1) {
      const d = this.drawn[i];
      if (d && Math.abs(d.x - point.x) <= d.half && Math.abs(d.y - point.y) <= d.half) return d.symbol;
    }
    return null;
  }

  private hide(): void {
    if (this.canvas) this.canvas.style.visibility = 'hidden';
  }

  private redraw(): void {
    const map = this.map;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const size = map.getSize();
    const topLeft = map.containerPointToLayerPoint([-size.x * PADDING, -size.y * PADDING]);
    const [width, height] = [size.x * (1 + 2 * PADDING), size.y * (1 + 2 * PADDING)];
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    L.DomUtil.setPosition(canvas, topLeft);
    canvas.style.visibility = '';
    canvas.dataset.drawn = String(this.symbols.length);
    const seen: string[] = [];
    const ctx = canvas.getContext('2d');
    this.drawn = [];
    if (!ctx) return;
    ctx.scale(ratio, ratio);
    for (const symbol of this.symbols) {
      const at = map.latLngToLayerPoint(symbol.position);
      const [x, y, half] = [at.x - topLeft.x, at.y - topLeft.y, symbol.size / 2];
      if (x < -half || y < -half || x > width + half || y > height + half) continue;
      this.drawn.push({ symbol, x: at.x, y: at.y, half });
      const [cx, cy] = [x - size.x * PADDING, y - size.y * PADDING];
      if (seen.length < SAMPLE && symbol.features.length === 1 && cx > half && cy > half && cx < size.x - half && cy < size.y - half) seen.push(`${symbol.key}@${Math.round(cx)},${Math.round(cy)}`);
      const [first] = symbol.features;
      if (symbol.features.length > 1 || !first || first.properties.layer === 'flows') drawGroup(ctx, x, y, half, symbol.features.length);
      else ctx.drawImage(imageOf(first.properties.layer, () => this.redraw()), x - half, y - half, 2 * half, 2 * half);
    }
    canvas.dataset.sample = seen.join(' ');
  }
}

/** A group as the stylesheet draws `.place-group`: a white disc with an ink ring and the count. */
function drawGroup(ctx: CanvasRenderingContext2D, x: number, y: number, half: number, count: number): void {
  ctx.beginPath();
  ctx.arc(x, y, half - 1.5, 0, 2 * Math.PI);
  ctx.fillStyle = '#fff';
  ctx.fill();
  ctx.lineWidth = 3;
  ctx.strokeStyle = INK;
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.font = '700 15px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(String(count), x, y);
}
