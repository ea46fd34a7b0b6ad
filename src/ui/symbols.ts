/**
 * The map's visual language, shared by the map and any legend: a shape per kind of place and a line
 * style per kind of flow, so that no kind is told apart by colour alone.
 */
import type { FlowKind, LayerId } from '../story/schema.ts';

type PlaceLayer = Exclude<LayerId, 'flows'>;

/** A place symbol: its outline in a 24×24 box, and its fill. */
interface PlaceSymbol {
  shape: 'circle' | 'square' | 'diamond' | 'triangle';
  fill: string;
}

/** Attacks are circles, strongholds squares, networks diamonds, context triangles. */
export const PLACE_SYMBOLS: Record<PlaceLayer, PlaceSymbol> = {
  attacks: { shape: 'circle', fill: '#b0102a' },
  strongholds: { shape: 'square', fill: '#262626' },
  networks: { shape: 'diamond', fill: '#6a2c9e' },
  context: { shape: 'triangle', fill: '#0a58a8' },
};

/** The embedded basemap's land, borders and rivers; the sea is `--ocean` in app/page.css. */
export const BASEMAP_COLOURS = { land: '#f1ece0', border: '#9c9482', river: '#8fb4d4' };

/** A flow's line: colour, dash pattern (SVG `stroke-dasharray`) and width in pixels. */
export interface FlowStyle {
  color: string;
  dashArray: string | undefined;
  weight: number;
}

/** Journeys are solid, funding dotted, recruits dashed, returns dash-dotted. */
export const FLOW_STYLES: Record<FlowKind, FlowStyle> = {
  travel: { color: '#8c1c13', dashArray: undefined, weight: 3 },
  funding: { color: '#6a2c9e', dashArray: '1 7', weight: 4 },
  recruitment: { color: '#0a58a8', dashArray: '10 7', weight: 3 },
  return: { color: '#1b5e20', dashArray: '16 6 3 6', weight: 3 },
};

/**
 * Flows the article hedges ("perhaps") are drawn with short dashes and a little fainter: no fainter
 * than keeps 3:1 contrast with land and sea (src/ui/contrast.test.ts).
 */
export const UNCERTAIN_FLOW = { opacity: 0.8, dashArray: '3 6' };

/** Smallest and largest symbol, in CSS pixels: the smallest is a comfortable pointer target. */
export const SYMBOL_SIZE = { min: 26, max: 42 };

/** An attack's symbol grows with the square root of its toll, so that its area follows the deaths. */
export function symbolSize(layer: LayerId, deaths: number | undefined): number {
  if (layer !== 'attacks' || deaths === undefined) return SYMBOL_SIZE.min;
  return Math.round(Math.min(SYMBOL_SIZE.max, Math.max(SYMBOL_SIZE.min, 20 + 2.2 * Math.sqrt(deaths))));
}

/** The SVG markup of a shape in the 24×24 box. */
function shapeMarkup(shape: PlaceSymbol['shape'], attributes: string): string {
  switch (shape) {
    case 'circle':
      return `<circle cx="12" cy="12" r="9" ${attributes}/>`;
    case 'square':
      return `<rect x="4" y="4" width="16" height="16" ${attributes}/>`;
    case 'diamond':
      return `<polygon points="12,1.5 22.5,12 12,22.5 1.5,12" ${attributes}/>`;
    case 'triangle':
      return `<polygon points="12,2.5 22.5,20.5 1.5,20.5" ${attributes}/>`;
  }
}

/** The ink of the page (`--ink` in app/page.css; a test keeps them equal), for outlines drawn in images. */
export const INK = '#1a1a1a';

/**
 * An SVG document as an image address. Symbols are images, not inline SVG: a map of thousands of
 * inline SVGs makes the browser rebuild thousands of paint layers on every frame of a pan, where
 * an image is painted as one picture. The markup is built from the constants above, never from data.
 */
function svgImage(viewBox: string, body: string): string {
  return `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">${body}</svg>`)}`;
}

const placeImages = new Map<PlaceLayer, string>();

/** The image of a kind of place's symbol: a dark outline, a white ring, the fill. */
export function placeSymbolImage(layer: PlaceLayer): string {
  let image = placeImages.get(layer);
  if (image === undefined) {
    const { shape, fill } = PLACE_SYMBOLS[layer];
    image = svgImage(
      '-2 -2 28 28',
      shapeMarkup(shape, `fill="${INK}" stroke="${INK}" stroke-width="4.5" stroke-linejoin="round"`) +
        shapeMarkup(shape, `fill="${fill}" stroke="#fff" stroke-width="2" stroke-linejoin="round"`),
    );
    placeImages.set(layer, image);
  }
  return image;
}

/**
 * Sets the images of the place symbols as custom properties on the page (`--symbol-attacks`, …), which
 * the stylesheet draws as backgrounds of `.symbol--<layer>`: one image per kind, whatever the number of
 * places. Set through the CSSOM, which the content security policy allows, unlike a style attribute.
 */
export function installSymbolImages(root: HTMLElement = document.documentElement): void {
  for (const layer of Object.keys(PLACE_SYMBOLS) as PlaceLayer[]) {
    root.style.setProperty(`--symbol-${layer}`, `url("${placeSymbolImage(layer)}")`);
  }
}

/**
 * Loads every symbol image ahead of the map, one per task. A browser builds a whole SVG document for
 * each SVG image it meets (about 10 ms each on a slow phone), and met all of them in the one frame that
 * draws the map: a long task. Loaded here first, they are in the image cache when the map asks.
 */
export async function preloadSymbolImages(): Promise<void> {
  for (const src of (Object.keys(PLACE_SYMBOLS) as PlaceLayer[]).map(placeSymbolImage)) {
    const image = new Image();
    image.src = src;
    await image.decode().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
