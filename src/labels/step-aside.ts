/**
 * A story name with no free side, set beside its symbol after all where the one story name in the
 * way can step to another free side of its own symbol: two neighbours share the room round them
 * (Damascus and Jerusalem, 24 px apart at an overview) rather than one being sent off on a line that
 * crosses the other's symbol. Pure; placement.ts calls it before it calls a story name out.
 */
import { coverBox, overlaps, sameBox, type Box, type Side } from './label-box.ts';
import type { LabelCandidate, PlacedLabel } from './placement.ts';

/** The name set beside its symbol, and the one that stepped aside for it; null where none can. */
export interface SteppedAside {
  label: PlacedLabel;
  moved: PlacedLabel;
}

/**
 * `candidate` beside its symbol, where exactly one label of `placed` is in the way and that one is a
 * story name set in full beside its own symbol (never one on a line, nor any other kind of name),
 * which has another side where it is clear (`clear`: in view, off the symbols and lines) and off
 * every other label and the candidate's new place, `padding` kept; and where each of the two names
 * then reads as its own symbol's (`readsOwn`, placement.ts's rule for every name set beside its
 * symbol): "NATO HQ" stepped below-right of its triangle, level with Maalbeek's circle, read as Maalbeek's.
 */
export function stepAside(candidate: LabelCandidate, placed: readonly PlacedLabel[], byId: ReadonlyMap<string, LabelCandidate>, clear: (box: Box) => boolean, padding: number, readsOwn: (box: Box, candidate: LabelCandidate, side: Side) => boolean): SteppedAside | null {
  for (const side of candidate.sides) {
    const cover = coverBox(candidate.x, candidate.y, candidate, side);
    if (!clear(cover) || !readsOwn(cover, candidate, side)) continue;
    const inTheWay = placed.filter((l) => overlaps(cover, l.cover, padding));
    const [blocker] = inTheWay;
    const own = blocker && byId.get(blocker.id);
    if (inTheWay.length !== 1 || !blocker || !own || blocker.leader || (blocker.tier !== 'story' && blocker.tier !== 'focus')) continue;
    if (own.text !== blocker.text || !sameBox(coverBox(own.x, own.y, own, blocker.side), blocker.cover)) continue;
    for (const other of own.sides) {
      const box = coverBox(own.x, own.y, own, other);
      if (other === blocker.side || !clear(box) || overlaps(box, cover, padding) || !readsOwn(box, own, other)) continue;
      if (placed.some((l) => l !== blocker && overlaps(box, l.cover, padding))) continue;
      return {
        label: { id: candidate.id, text: candidate.text, tier: candidate.tier, side, box: cover, cover },
        moved: { ...blocker, side: other, box, cover: box },
      };
    }
  }
  return null;
}
