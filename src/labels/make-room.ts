/**
 * Room for a story country's name that found none: the story's names go first, and beside their
 * symbols they can fill a small country's every free spot (at 1280x720, "Raqqa" and "Damascus" stood
 * on both of Syria's, and Syria went unnamed). Where a spot of the country's is free of symbols and
 * only story names stand on it, each of those names is moved to another free side of its own symbol,
 * or, where none is free, a short way off on a line to it, as a locator map calls out a city where
 * names crowd; and the country is named there.
 */
import { crossesBox, findCallout, type Leader } from './callout.ts';
import { roomFor } from './callout-room.ts';
import { contains, coverBox, overlaps, sameBox, standsOn, type Box, type Side } from './label-box.ts';
import type { LabelCandidate, PlacedLabel } from './placement.ts';

/** What the repair needs of the view's placement. */
export interface RoomInput {
  view: Box;
  obstacles: readonly Box[];
  candidates: readonly LabelCandidate[];
  padding: number;
  /** Whether a box stands where another area's name goes (placement.ts's rule for areas' names). */
  onOther: (area: LabelCandidate, box: Box) => boolean;
  /** Lines drawn already (fanned-out places' spokes): no name covers one, no line crosses one. */
  lines?: readonly Leader[] | undefined;
  /** Whether a country's name in this box would read as a story symbol's (placement.ts's story symbols, `LEVEL_READING_GAP`). */
  readsAsASymbols?: ((box: Box) => boolean) | undefined;
}

/** Pixels within which a story symbol level with a country's name, at one of its ends, makes the name read as the symbol's. */
export const LEVEL_READING_GAP = 60;

/** Pixels beyond its symbol a name moved aside may stand, on its line: near enough to read as the symbol's. */
export const MOVED_REACH = 40;

/** The spots of an area's name where it stands on its area: each side of its label point, then its other points. */
function spotsOf(area: LabelCandidate): { x: number; y: number; side: Side }[] {
  const anchors = [{ x: area.x, y: area.y, sides: area.sides }, ...(area.alsoAt ?? []).map((at) => ({ x: at.x, y: at.y, sides: at.sides ?? area.sides }))];
  return anchors.flatMap(({ x, y, sides }) => sides.flatMap((side) => (standsOn(coverBox(x, y, area, side), area) ? [{ x, y, side }] : [])));
}

/** The placed labels, with the story countries left unnamed named where moving story names aside makes room. */
export function makeRoomForAreas(placed: readonly PlacedLabel[], { view, obstacles, candidates, padding, onOther, lines = [], readsAsASymbols = () => false }: RoomInput): PlacedLabel[] {
  const named = new Set(placed.map((label) => label.id));
  const unnamed = candidates.filter((c) => c.tier === 'region' && !named.has(c.id));
  if (unnamed.length === 0) return [...placed];
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const clearOfSymbols = (box: Box) => contains(view, box) && !obstacles.some((o) => overlaps(box, o, padding)) && !lines.some((line) => crossesBox(line, box, padding));
  const clearOf = (labels: readonly PlacedLabel[], box: Box) => !labels.some((l) => overlaps(box, l.cover, padding) || (l.leader !== undefined && crossesBox(l.leader, box, padding)));
  let result = [...placed];
  for (const area of [...unnamed].sort((a, b) => a.rank - b.rank)) {
    for (const { x, y, side } of spotsOf(area)) {
      const cover = coverBox(x, y, area, side);
      // Not where it would read as a story place's name ("GERMANY" set where "Paris · 3 attacks" stood, level with Paris's disc).
      if (!clearOfSymbols(cover) || onOther(area, cover) || readsAsASymbols(cover)) continue;
      const inTheWay = result.filter((l) => !clearOf([l], cover));
      // Only a story name set beside its own symbol, in full, or called out on a line, is moved.
      const movable = inTheWay.every((l) => {
        const own = byId.get(l.id);
        return l.tier === 'story' && own?.text === l.text && (l.leader !== undefined || sameBox(coverBox(own.x, own.y, own, l.side), l.cover));
      });
      if (!movable) continue;
      const trial = [...result.filter((l) => !inTheWay.includes(l)), { id: area.id, text: area.text, tier: area.tier, side, box: cover, cover }];
      const moved = inTheWay.every((l) => {
        const own = byId.get(l.id);
        if (!own) return false;
        for (const other of own.sides) {
          const box = coverBox(own.x, own.y, own, other);
          if (other === l.side || !clearOfSymbols(box) || !clearOf(trial, box)) continue;
          trial.push({ ...l, side: other, box, cover: box });
          return true;
        }
        if (!own.callout) return false;
        const room = { obstacles: [...obstacles], labels: trial.map((t) => t.cover), lines: [...lines, ...trial.flatMap((t) => (t.leader ? [t.leader] : []))] };
        // A name beside its symbol moves a short way off; one called out already, as far as it may.
        const reach = l.leader ? (own.callout.reach ?? Number.POSITIVE_INFINITY) : MOVED_REACH;
        const spot = findCallout(own.x, own.y, own, own.callout.radius, reach, ({ box, leader }) => contains(view, box) && roomFor(room, box, leader, own, padding, true));
        if (!spot) return false;
        trial.push({ ...l, side: 'center', box: spot.box, cover: spot.box, leader: spot.leader });
        return true;
      });
      if (moved) {
        result = trial;
        break;
      }
    }
  }
  return result;
}
