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

/** Flows the article hedges ("perhaps") are drawn at this opacity and with short dashes. */
export const UNCERTAIN_FLOW = { opacity: 0.6, dashArray: '3 6' };

/** Smallest and largest symbol, in CSS pixels: the smallest is a comfortable pointer target. */
export const SYMBOL_SIZE = { min: 26, max: 42 };

/** An attack's symbol grows with the square root of its toll, so that its area follows the deaths. */
export function symbolSize(layer: LayerId, deaths: number | undefined): number {
  if (layer !== 'attacks' || deaths === undefined) return SYMBOL_SIZE.min;
  return Math.round(Math.min(SYMBOL_SIZE.max, Math.max(SYMBOL_SIZE.min, 20 + 2.2 * Math.sqrt(deaths))));
}

const SVG = 'http://www.w3.org/2000/svg';

function shapeElement(shape: PlaceSymbol['shape']): SVGElement {
  switch (shape) {
    case 'circle': {
      const circle = document.createElementNS(SVG, 'circle');
      circle.setAttribute('cx', '12');
      circle.setAttribute('cy', '12');
      circle.setAttribute('r', '9');
      return circle;
    }
    case 'square': {
      const rect = document.createElementNS(SVG, 'rect');
      for (const [name, value] of [['x', '4'], ['y', '4'], ['width', '16'], ['height', '16']]) rect.setAttribute(name ?? '', value ?? '');
      return rect;
    }
    case 'diamond':
    case 'triangle': {
      const polygon = document.createElementNS(SVG, 'polygon');
      polygon.setAttribute('points', shape === 'diamond' ? '12,1.5 22.5,12 12,22.5 1.5,12' : '12,2.5 22.5,20.5 1.5,20.5');
      return polygon;
    }
  }
}

/** The symbol of a kind of place as an inline SVG element: a dark outline, a white ring, the fill. */
export function createPlaceSymbol(layer: PlaceLayer, size: number): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '-2 -2 28 28');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const { shape, fill } = PLACE_SYMBOLS[layer];
  const outline = shapeElement(shape);
  outline.setAttribute('class', 'symbol-outline');
  const body = shapeElement(shape);
  body.setAttribute('class', 'symbol-body');
  body.setAttribute('fill', fill);
  svg.append(outline, body);
  return svg;
}
