/**
 * The basemap's rivers as one path of SVG path data in the basemap's path units, for one `Path2D`
 * drawn over the land with the countries' transform: a few thousand points, made once when the
 * label data has loaded.
 */
import type { Position } from 'geojson';
import { pathData } from './path-units.ts';

/** Every line of every river, one after the other. */
export function riverPathData(rivers: readonly { lines: readonly (readonly Position[])[] }[]): string {
  return rivers.flatMap((river) => river.lines.map((line) => pathData(line, false).data)).join('');
}
