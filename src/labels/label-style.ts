/**
 * How each kind of label is set: font, colour, halo and the dot of a city. Text colours keep 4.5:1
 * contrast with their halo and with the land and sea they may stand on (src/labels/label-style.test.ts).
 */
import type { BasemapLabelKind } from './label-data.ts';

/**
 * What a label is, for its type style: a basemap name's kind, `quiet` for a capital or city the story
 * never names, a story place or group, the tour's focus, or the city of the story's sites in a close view.
 */
export type LabelStyleKind = BasemapLabelKind | 'quiet' | 'story' | 'focus' | 'storyCity' | 'focusArea';

/** The type of one kind of label. */
export interface LabelStyle {
  /** A CSS font shorthand without the size: `italic 400`, `700`. */
  weight: string;
  /** Size in CSS pixels: never under 12 (WCAG's readable minimum on a laptop). */
  size: number;
  colour: string;
  halo: string;
  /** Halo width in pixels, drawn around each glyph. */
  haloWidth: number;
  uppercase: boolean;
  /** Extra space between letters, in pixels. */
  letterSpacing: number;
  /** Radius of the dot drawn at the anchor (cities), 0 for none. */
  dot: number;
}

/** The page's font stack, as app/page.css sets it. */
export const LABEL_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const INK = '#1a1a1a';
const WATER_INK = '#154a73';
const HALO = '#ffffff';

/** Each kind's type: quiet basemap names (quietest the cities the story never names), the story's places in ink, the tour's focus large. */
export const LABEL_STYLES: Record<LabelStyleKind, LabelStyle> = {
  ocean: { weight: 'italic 400', size: 14, colour: WATER_INK, halo: '#b7d0e0', haloWidth: 2, uppercase: false, letterSpacing: 2, dot: 0 },
  sea: { weight: 'italic 400', size: 12, colour: WATER_INK, halo: '#b7d0e0', haloWidth: 2, uppercase: false, letterSpacing: 0.5, dot: 0 },
  river: { weight: 'italic 400', size: 12, colour: WATER_INK, halo: HALO, haloWidth: 3, uppercase: false, letterSpacing: 0, dot: 0 },
  country: { weight: '600', size: 12, colour: '#5e5445', halo: HALO, haloWidth: 3, uppercase: true, letterSpacing: 1.2, dot: 0 },
  capital: { weight: '600', size: 12, colour: '#2e2e2e', halo: HALO, haloWidth: 3, uppercase: false, letterSpacing: 0, dot: 3 },
  city: { weight: '400', size: 12, colour: '#383838', halo: HALO, haloWidth: 3, uppercase: false, letterSpacing: 0, dot: 2.5 },
  quiet: { weight: '400', size: 12, colour: '#555555', halo: HALO, haloWidth: 2.5, uppercase: false, letterSpacing: 0, dot: 2 },
  story: { weight: '700', size: 13, colour: INK, halo: HALO, haloWidth: 3.5, uppercase: false, letterSpacing: 0, dot: 0 },
  focus: { weight: '700', size: 15, colour: INK, halo: HALO, haloWidth: 4, uppercase: false, letterSpacing: 0, dot: 0 },
  storyCity: { weight: '700', size: 15, colour: '#3b3b3b', halo: HALO, haloWidth: 3.5, uppercase: true, letterSpacing: 2, dot: 0 },
  focusArea: { weight: '700', size: 15, colour: INK, halo: HALO, haloWidth: 4, uppercase: true, letterSpacing: 1.5, dot: 0 },
};

/**
 * A map this wide or wider (a projector's, a large monitor's) sets the story's names at
 * LARGE_MAP_STORY_SIZE: at 13 px they were the smallest type a class at the back of the room had to read.
 */
export const LARGE_MAP_WIDTH = 1200;
export const LARGE_MAP_STORY_SIZE = 15;
/** …and the countries the story happens in at this size: at 12 px they read as small beside 15 px places. */
export const LARGE_MAP_AREA_SIZE = 14;

/** While presenting on a large screen, the tour stop's places are labelled at this size at least. */
export const PRESENTING_FOCUS_SIZE = 22;
/** …and the story's other places at this size. */
export const PRESENTING_STORY_SIZE = 16;
/** …and the countries the story happens in at this size (the basemap's other names keep theirs). */
export const PRESENTING_AREA_SIZE = 16;

/** The CSS font of a style at a size. */
export function labelFont(style: LabelStyle, size = style.size): string {
  return `${style.weight} ${size}px ${LABEL_FONT_FAMILY}`;
}

/** The text as set: upper case for countries. */
export function labelText(style: LabelStyle, text: string): string {
  return style.uppercase ? text.toUpperCase() : text;
}
