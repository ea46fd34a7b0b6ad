/**
 * WCAG 1.4.11: the map's symbols and lines keep at least 3:1 contrast against what they are drawn on,
 * the embedded basemap's land and its sea (the sea is also the plain background when the basemap
 * cannot load). Colours are read from where the app takes them, so that a change of colour is checked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASEMAP_COLOURS, FLOW_STYLES, INK as SYMBOL_INK, UNCERTAIN_FLOW } from './symbols.ts';

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [Number.parseInt(match[1] ?? '', 16), Number.parseInt(match[2] ?? '', 16), Number.parseInt(match[3] ?? '', 16)];
}

/** Relative luminance, as WCAG 2 defines it. */
function luminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const s = value / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `colour` drawn at `opacity` over `background`. */
function over(colour: Rgb, background: Rgb, opacity: number): Rgb {
  return colour.map((c, i) => Math.round(c * opacity + (background[i] ?? 0) * (1 - opacity))) as Rgb;
}

function cssVariable(name: string): string {
  const css = readFileSync(new URL('../app/page.css', import.meta.url), 'utf8');
  const value = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1];
  if (!value) throw new Error(`app/page.css defines no --${name}`);
  return value;
}

const BACKGROUNDS = { land: rgb(BASEMAP_COLOURS.land), sea: rgb(cssVariable('ocean')) };
/** The outer edge of every place symbol and of the leader lines: the page's ink. */
const INK = rgb(SYMBOL_INK);

describe('contrast of the map against the basemap (at least 3:1)', () => {
  it('draws symbols in the page’s own ink', () => {
    expect(cssVariable('ink').toLowerCase()).toBe(SYMBOL_INK);
  });

  it('checks what it should: the sums are right on known pairs', () => {
    expect(contrast(rgb('#000000'), rgb('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrast(rgb('#777777'), rgb('#ffffff'))).toBeCloseTo(4.48, 2);
  });

  for (const [where, background] of Object.entries(BACKGROUNDS)) {
    it(`place symbols' outline on the ${where}`, () => {
      expect(contrast(INK, background)).toBeGreaterThanOrEqual(3);
    });

    for (const [kind, style] of Object.entries(FLOW_STYLES)) {
      it(`${kind} flows on the ${where}, sure and uncertain`, () => {
        const line = rgb(style.color);
        expect(contrast(over(line, background, 0.95), background)).toBeGreaterThanOrEqual(3);
        expect(contrast(over(line, background, UNCERTAIN_FLOW.opacity), background)).toBeGreaterThanOrEqual(3);
      });
    }
  }
});
