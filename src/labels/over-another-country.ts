/**
 * Whether a country's name, set in a box, would read as another country's: on a locator map the
 * name written over a country is read as that country's, whatever line leads from it ("SYRIA" set
 * inside Iraq, under "IRAQ"; "GERMANY" across the Adriatic, from Italy to Bosnia). By its own
 * border it still reads as its own, its line leading over it ("SYRIA" on Turkey's side of their border).
 */
import type { Box } from './label-box.ts';

/** Where along the name's middle line the land under it is read: its middle first, then its ends and quarters. */
const ALONG = [0.5, 0, 0.25, 0.75, 1];

/** Pixels from its own country within which a point of a name still reads as its own. */
export const OWN_BORDER_REACH = 16;

/** The directions round a point in which its own country is looked for. */
const ROUND = Array.from({ length: 8 }, (_, i) => [Math.cos((i * Math.PI) / 4), Math.sin((i * Math.PI) / 4)] as const);

/**
 * True when the name of `area` in `box` has another country under its middle, or under three of the
 * five points read along it, or under both its ends with its middle at sea, each farther than
 * `OWN_BORDER_REACH` from its own country; never when its middle stands on its own land. The sea, and
 * the country's own land, are where its name may stand. `countryAt`: the country under a point of the
 * view, null at sea.
 */
export function overAnotherCountry(area: string, box: Box, countryAt: (x: number, y: number) => string | null): boolean {
  const y = (box.y0 + box.y1) / 2;
  const xs = ALONG.map((t) => box.x0 + t * (box.x1 - box.x0));
  const under = xs.map((x) => countryAt(x, y));
  // Centred on its own land, it reads as its own, however far it reaches past its borders
  // ("GERMANY" in type for a class, from Belgium to Poland).
  if (under[0] === area) return false;
  const others = under.map((country, i) => country !== null && country !== area && !ROUND.some(([dx, dy]) => countryAt((xs[i] ?? 0) + dx * OWN_BORDER_REACH, y + dy * OWN_BORDER_REACH) === area));
  // Over a gulf or a strait with other countries' coasts at both ends ("IRAQ" over the Persian Gulf,
  // from Kuwait to Iran), it reads as theirs.
  const acrossAGulf = under[0] === null && others[1] === true && others[4] === true;
  return others[0] === true || acrossAGulf || others.filter(Boolean).length >= 3;
}
