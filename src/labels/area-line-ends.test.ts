/** Where a country's name on a line has its line end (area-line-ends.ts), as placement uses it. */
import { describe, expect, it } from 'vitest';
import { own, story, walls } from './callout-fixtures.ts';
import { placeLabels, type LabelCandidate } from './placement.ts';

describe('the end of a country name\'s line', () => {
  it("ends a country's line away from the story's symbols where one of its points is clear of them, else by one", () => {
    // Syria's label point lies 4 px from Raqqa's square, another of its points 40 px off, 12 px from Mosul's.
    const raqqa = { x0: 104, y0: 96, x1: 112, y1: 104 };
    const mosul = { x0: 152, y0: 126, x1: 160, y1: 134 };
    const syria = (alsoAt: LabelCandidate['alsoAt'], places = [{ x: 100, y: 100 }]): LabelCandidate => ({ ...story('Syria', 100, 100), tier: 'region', sides: ['center'], callout: { radius: 0, reach: 32, places }, alsoAt });
    const [clear] = placeLabels({ width: 400, height: 300, obstacles: [raqqa, mosul], candidates: [syria([{ x: 140, y: 130, sides: ['center'] }])] });
    expect([clear?.leader?.x0, clear?.leader?.y0]).toEqual([140, 130]);
    // Where every point is by something in the way (Belgium's under Brussels's disc), the name is still
    // set, by its label point (by a story symbol only where it is its own: placement-reading.test.ts).
    const [by] = placeLabels({ width: 400, height: 300, obstacles: [raqqa, mosul], candidates: [syria([{ x: 100, y: 106, sides: ['center'] }])] });
    expect([by?.leader?.x0, by?.leader?.y0]).toEqual([100, 100]);
  });

  it('calls out nothing from under a panel', () => {
    const country: LabelCandidate = { ...story('Algeria', 100, 100), tier: 'region', callout: { radius: 0, reach: 32, places: [{ x: 100, y: 100 }] } };
    // From under a symbol (Belgium's point under Brussels), its line starts at the symbol.
    expect(placeLabels({ width: 400, height: 300, obstacles: [own, ...walls], candidates: [country] })[0]?.leader).toBeDefined();
    const panel = { x0: 0, y0: 90, x1: 104, y1: 300 };
    expect(placeLabels({ width: 400, height: 300, obstacles: [panel, ...walls], covered: [panel], candidates: [country] })).toEqual([]);
    // Its label point under a panel, not from another point by the panel's edge, where the line would
    // point at the panel (Iran's sliver beside the passage); from that point, with its label point in view.
    const beside = { x0: -40, y0: 0, x1: 80, y1: 300 };
    const hidden = { ...country, x: 40, alsoAt: [{ x: 100, y: 100, sides: ['center' as const] }] };
    expect(placeLabels({ width: 400, height: 300, obstacles: [beside, ...walls], covered: [beside], candidates: [hidden] })).toEqual([]);
    expect(placeLabels({ width: 400, height: 300, obstacles: [beside, ...walls], covered: [{ ...beside, x1: 70 }], candidates: [hidden] })[0]?.leader).toBeDefined();
    expect(placeLabels({ width: 400, height: 300, obstacles: [beside, ...walls], covered: [beside], candidates: [country] })[0]?.leader).toBeDefined();
    expect(placeLabels({ width: 400, height: 300, obstacles: [own, panel, ...walls], covered: [panel], candidates: [story('Beirut', 100, 100)] })).toEqual([]);
  });
});
