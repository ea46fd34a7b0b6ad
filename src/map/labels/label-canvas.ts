/**
 * A Leaflet layer that draws the map's labels on one canvas in a pane of their own, above the lines
 * and below the symbols. It draws what it is given, once per view (after a move or zoom ends), like
 * Leaflet's own canvas renderer; while the map pans the canvas moves with it, and during a zoom it is
 * hidden. Labels are drawing, not controls: the canvas is hidden from the accessibility tree (the
 * features keep their own names). What it drew is kept, as drawn, on the canvas element (`drawnLabels`,
 * read by the tests; nothing is written out for them while a view is placed), and how long each view's
 * placement took in `data-placement-ms`, which the bench reads.
 */
import L from 'leaflet';
import { paneCanvas } from './pane-canvas.ts';
import { PANES } from '../panes.ts';
import type { Leader } from '../../labels/callout.ts';
import type { GlyphSample } from '../../labels/glyph-samples.ts';
import { drawLabel, drawLeader, drawSpoke, type LabelToDraw } from './label-drawing.ts';

export type { LabelToDraw } from './label-drawing.ts';


export class LabelCanvas extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  /** The map it was added to (`onAdd`'s, not Leaflet's private `_map`); null once removed. */
  private map: L.Map | null = null;
  /** Whether the canvas has made its pixels at its present size (see `warm`). */
  private made = false;

  onAdd(map: L.Map): this {
    this.map = map;
    this.canvas = paneCanvas(map, PANES.labels, 'map-labels');
    // Its drawing context and pixels made now, with the layer, rather than in the first view's drawing.
    this.fitToMap(map, this.canvas);
    map.on('zoomstart', this.hide, this);
    map.on('movestart', this.forget, this);
    return this;
  }

  onRemove(map: L.Map): this {
    map.off('zoomstart', this.hide, this);
    map.off('movestart', this.forget, this);
    this.canvas?.remove();
    this.canvas = null;
    this.map = null;
    return this;
  }

  private timings: number[] = [];

  /**
   * Records how long placing the labels of a view took, on the canvas as `data-placement-ms` (the
   * last 50 views, comma-separated), where the benchmark reads it.
   */
  report(ms: number): void {
    this.timings = [...this.timings.slice(-49), Math.round(ms * 100) / 100];
    if (this.canvas) this.canvas.dataset.placementMs = this.timings.join(',');
  }

  /**
   * Readies the canvas for the next view's drawing, in a task of its own: a canvas given a size
   * makes its pixels at its first drawing (a large one takes tens of milliseconds on a slow machine),
   * and a font shapes and rasterises its glyphs the first time it sets them, on each canvas anew (a
   * font set on a canvas in the page is resolved against the page's styles). Here the canvas is sized
   * to the map and made, and `samples` are set once on it, above its top edge, where nothing shows.
   */
  warm(samples: readonly GlyphSample[]): void {
    const map = this.map;
    if (!map || !this.canvas) return;
    const { width, height } = devicePixels(map);
    if (this.canvas.width !== width || this.canvas.height !== height) this.fitToMap(map, this.canvas);
    const ctx = this.canvas.getContext('2d');
    if (!this.made) ctx?.clearRect(0, 0, 1, 1);
    this.made = true;
    if (!ctx || samples.length === 0) return;
    ctx.save();
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    const pen = { font: ctx.font, spacing: ctx.letterSpacing };
    for (const { text, style, size } of samples) drawLabel(ctx, pen, { text, style, size, dot: null, tier: '', box: { x0: 0, y0: -4 * size, x1: 0, y1: -2 * size } });
    ctx.restore();
  }

  /** While the map moves, what was drawn no longer says where the labels are on screen. */
  private forget(): void {
    if (this.canvas) (this.canvas as LabelCanvasElement).drawnLabels = undefined;
  }

  private hide(): void {
    if (this.canvas) this.canvas.style.visibility = 'hidden';
  }

  /**
   * Sizes the canvas to the map, in device pixels, and clears it. A canvas given a size anew is
   * cleared and its drawing state reset; at the same size it needs only clearing.
   */
  private fitToMap(map: L.Map, canvas: HTMLCanvasElement): { ctx: CanvasRenderingContext2D | null; ratio: number } {
    const { width, height, ratio, size } = devicePixels(map);
    const ctx = canvas.getContext('2d');
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      canvas.style.width = `${size.x}px`;
      canvas.style.height = `${size.y}px`;
      this.made = false;
    } else ctx?.clearRect(0, 0, width, height);
    return { ctx, ratio };
  }

  /**
   * Draws `labels`, in container pixels of the map's current view, replacing what was drawn, and the
   * `spokes` from fanned-out places' true positions to their symbols.
   */
  draw(labels: readonly LabelToDraw[], spokes: readonly Leader[] = []): void {
    const map = this.map;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const { ctx, ratio } = this.fitToMap(map, canvas);
    // Moved and shown once drawn: a font set on a canvas in the page makes the browser work out the
    // page's styles first, and a style just written (the canvas's own place) would make that a
    // recalculation, inside the drawing, of everything changed since the frame.
    const show = () => {
      L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
      canvas.style.visibility = '';
    };
    if (!ctx) return show();
    this.made = true;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    const pen = { font: ctx.font, spacing: ctx.letterSpacing };
    // Lines first, under every name: a name is never crossed by another's line.
    for (const { leader } of labels) if (leader) drawLeader(ctx, leader);
    for (const spoke of spokes) drawSpoke(ctx, spoke);
    // Names of one font together: the canvas parses a font at each setting, even the same one again.
    for (const label of [...labels].sort(byFont)) drawLabel(ctx, pen, label);
    show();
    (canvas as LabelCanvasElement).drawnLabels = labels;
  }
}

/** The label canvas, with what it drew last (none while the map moves). */
export type LabelCanvasElement = HTMLCanvasElement & { drawnLabels?: readonly LabelToDraw[] | undefined };

function byFont(a: LabelToDraw, b: LabelToDraw): number {
  if (a.style.weight !== b.style.weight) return a.style.weight < b.style.weight ? -1 : 1;
  return a.size - b.size || a.style.letterSpacing - b.style.letterSpacing;
}

/** The map's size in device pixels, and the ratio of device to CSS pixels. */
function devicePixels(map: L.Map): { width: number; height: number; ratio: number; size: L.Point } {
  const size = map.getSize();
  const ratio = window.devicePixelRatio || 1;
  return { width: Math.round(size.x * ratio), height: Math.round(size.y * ratio), ratio, size };
}
