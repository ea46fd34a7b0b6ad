/**
 * What a label canvas sets once ahead of drawing (`LabelCanvas.warm`): every character its names use,
 * in each style and size, so that no view's drawing is the first to shape a font's glyphs.
 */
import { labelFont, labelText, type LabelStyle } from './label-style.ts';

/** Text to set once in a style and size, ahead of drawing (`LabelCanvas.warm`). */
export interface GlyphSample {
  text: string;
  style: LabelStyle;
  size: number;
}

/** The characters of `samples`, one sample per style and size: what `LabelCanvas.warm` needs to set. */
export function glyphSamples(samples: Iterable<GlyphSample>): GlyphSample[] {
  const fonts = new Map<string, { style: LabelStyle; size: number; characters: Set<string> }>();
  for (const { text, style, size } of samples) {
    const key = `${labelFont(style, size)}|${style.letterSpacing}|${style.haloWidth}`;
    let font = fonts.get(key);
    if (!font) fonts.set(key, (font = { style, size, characters: new Set() }));
    for (const character of labelText(style, text)) if (character !== '\n') font.characters.add(character);
  }
  return [...fonts.values()].map(({ style, size, characters }) => ({ text: [...characters].join(''), style, size }));
}
