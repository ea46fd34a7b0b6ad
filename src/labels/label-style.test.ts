import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASEMAP_COLOURS } from '../ui/symbols.ts';
import { LABEL_STYLES } from './label-style.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
const ocean = /--ocean:\s*(#[0-9a-f]{6})/i.exec(readFileSync(new URL('../app/page.css', import.meta.url), 'utf8'))?.[1] ?? '';

describe('label styles', () => {
  it('keep 4.5:1 contrast with their halo, the land and the sea', () => {
    expect(ocean).toMatch(/^#/);
    for (const [kind, style] of Object.entries(LABEL_STYLES)) {
      const grounds = style.haloWidth > 0 ? [style.halo, BASEMAP_COLOURS.land, ocean] : [ocean];
      for (const ground of grounds) expect(contrast(style.colour, ground), `${kind} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('set the cities the story never names quieter than its own, lighter and with a smaller dot, still at 4.5:1', () => {
    const { quiet, city } = LABEL_STYLES;
    for (const ground of [quiet.halo, BASEMAP_COLOURS.land, ocean]) {
      expect(contrast(quiet.colour, ground), `quiet on ${ground}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(quiet.colour, ground), `quiet lighter than city on ${ground}`).toBeLessThan(contrast(city.colour, ground));
    }
    expect(quiet.dot).toBeLessThan(city.dot);
    expect(quiet.size).toBeGreaterThanOrEqual(12);
  });

  it('are at least 12 px', () => {
    for (const style of Object.values(LABEL_STYLES)) expect(style.size).toBeGreaterThanOrEqual(12);
  });
});
