/**
 * How wide a label's text is, measured on a canvas of its own, so that the screen and printed maps can place
 * their names before drawing them.
 */
import { labelFont, labelText, type LabelStyle } from './label-style.ts';

/** Measures label widths with a canvas of its own, remembering each text and font. */
export function labelMeasurer(): (text: string, style: LabelStyle, size: number) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  const known = new Map<string, number>();
  // Set on the canvas only when they change: the canvas parses a font at each setting, a cost that
  // thousands of names measured one after another would pay for nothing.
  let font = '';
  let spacing = '';
  return function measure(text, style, size) {
    const wanted = labelFont(style, size);
    const key = `${wanted}|${style.letterSpacing}|${text}`;
    let width = known.get(key);
    if (width === undefined) {
      if (ctx) {
        if (font !== wanted) ctx.font = font = wanted;
        if (spacing !== `${style.letterSpacing}px`) ctx.letterSpacing = spacing = `${style.letterSpacing}px`;
        width = ctx.measureText(labelText(style, text)).width;
      } else width = text.length * size * 0.6;
      known.set(key, width);
    }
    return width;
  };
}
