import { labelFont, labelText, type LabelStyle } from './label-style.ts';

/** Measures label widths with a canvas of its own, remembering each text and font. */
export function labelMeasurer(): (text: string, style: LabelStyle, size: number) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  const known = new Map<string, number>();
  return function measure(text, style, size) {
    const font = labelFont(style, size);
    const key = `${font}|${style.letterSpacing}|${text}`;
    let width = known.get(key);
    if (width === undefined) {
      if (ctx) {
        ctx.font = font;
        ctx.letterSpacing = `${style.letterSpacing}px`;
        width = ctx.measureText(labelText(style, text)).width;
      } else width = text.length * size * 0.6;
      known.set(key, width);
    }
    return width;
  };
}
