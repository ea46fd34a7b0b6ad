/**
 * Label placement for one view: one pure function from (the view, the obstacles, ranked candidates)
 * to placed boxes, in the manner of MapLibre's collision index. The story's own labels are placed
 * first, the selected feature's and the tour stop's before the others, each on the first side of its
 * symbol that is free (one no flow crosses, if any); then the basemap's names, each at the side and from the zoom that
 * `activationZooms` gave it, where nothing placed before covers it. A story name with no free side
 * is called out: set a little way off in free space with a line back to its symbol (callout.ts), so
 * that every story name is placed. No label or line overlaps another or a symbol, and none leaves the view.
 */
import { calloutArea, findCallout, type CalloutSpot } from './callout.ts';
import { roomFor, roomIn } from './callout-room.ts';
import { LEVEL_READING_GAP, makeRoomForAreas } from './make-room.ts';
import { stepAside } from './step-aside.ts';
import { areaLineEnds, standsOnOneOf } from './area-line-ends.ts';
import { overAnotherCountry } from './over-another-country.ts';
import { BoxGrid, gapToCircle, LineGrid, READING_REACH, SymbolGrid, type SymbolCircle } from './box-grid.ts';
import { contains, coverBox, holds, overlaps, POINT_SIDES, standsOn, textBox, type Box, type Side } from './label-box.ts';
import { TIER_ORDER, type LabelCandidate, type LabelTier, type PlacedLabel, type PlacementInput } from './placement-types.ts';

export type { LabelCandidate, LabelTier, PlacedLabel, PlacementInput } from './placement-types.ts';

/** Pixels kept between a label and anything else, and between a label and the view's edge. */
export const LABEL_PADDING = 2;

/** Pixels a story name on a line keeps from every other story symbol. */
export const CALLOUT_SYMBOL_CLEARANCE = 10;

/** Pixels within which a name set level with a story symbol not its own (a country's, a city's) reads as that symbol's. */
export const NOT_THEIR_NAME_GAP = 12;

/** Pixels beyond its label point an area's name may go, past its own reach, for a spot that reads as no story symbol's. */
export const AREA_CLEAR_REACH = 50;

/** Pixels of a name's edge, its halo, a flow may run through without garbling it. */
export const FLOW_GRAZE = 2;

/** How many labels of one view may look for a callout: in a dense view of thousands, the rest are left out. */
export const CALLOUT_BUDGET = 60;

function byRank(a: LabelCandidate, b: LabelCandidate): number {
  return TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Places the candidates in rank order; those that fit nowhere are left out. */
export function placeLabels({ width, height, obstacles, covered = [], candidates, lines: drawnLines = [], flows = [], countryAt }: PlacementInput): PlacedLabel[] {
  const view: Box = { x0: LABEL_PADDING, y0: LABEL_PADDING, x1: width - LABEL_PADDING, y1: height - LABEL_PADDING };
  const placed: PlacedLabel[] = [];
  const inView = (box: Box) => contains(view, box);
  // What is in the way, filed by where it is (box-grid.ts): the obstacles, the labels placed and their lines; the flows.
  const [inTheWay, lines, flowLines] = [new BoxGrid(width, height), new LineGrid(width, height), new LineGrid(width, height)];
  let covers = new BoxGrid(width, height);
  for (const o of obstacles) inTheWay.insert(o);
  // The story's symbols: a story name set beside its own must stand nearer it than any other, or it
  // reads as the other's ("NATO HQ" beside Maalbeek's circle, its own triangle unnamed above).
  const symbols = new SymbolGrid(width, height);
  // A place fanned out from its group stands on a spoke from its true place (the lines drawn already).
  const trueAt = new Map(drawnLines.map((l) => [`${Math.round(l.x1)},${Math.round(l.y1)}`, { x: l.x0, y: l.y0 }]));
  for (const c of candidates) if ((c.tier === 'story' || c.tier === 'focus') && c.callout && c.callout.radius > 0) symbols.insert({ x: c.x, y: c.y, r: c.callout.radius, trueAt: trueAt.get(`${Math.round(c.x)},${Math.round(c.y)}`) });
  for (const line of drawnLines) lines.insert(line);
  for (const flow of flows) flowLines.insert(flow);
  // A story name set beside its symbol must read as its (box-grid.ts): nearer it than any other, at a corner clearly so.
  const readsAsOwn = (own: SymbolCircle, box: Box, side: Side) => !symbols.nearerThan(own, box, side.includes('-'));
  // A name with no symbol of its own (a country's) on a line reads as a story symbol's set level with
  // it or near it ("ISRAEL" called out under Sinai's square).
  const readsAsASymbols = (box: Box) => symbols.levelWith(box, NOT_THEIR_NAME_GAP) || symbols.near(null, box, READING_REACH);
  // …unless each such symbol stands on one of its places: "IRAQ" may read as Mosul's country, not as Damascus's.
  const readsAsOthers = (box: Box, places: readonly { x: number; y: number }[] = []) => symbols.around(box, READING_REACH).some((s) => gapToCircle(box, s) < READING_REACH && !standsOnOneOf(s, places));
  const overAnother = ({ area }: LabelCandidate, box: Box) => area !== undefined && countryAt !== undefined && overAnotherCountry(area, box, countryAt);
  const place = (label: PlacedLabel) => {
    placed.push(label);
    covers.insert(label.cover);
    if (label.leader) lines.insert(label.leader);
  };
  const clearOfObstacles = (cover: Box) => !inTheWay.overlaps(cover, LABEL_PADDING);
  const free = (cover: Box, fromLabels = LABEL_PADDING) => clearOfObstacles(cover) && !covers.overlaps(cover, fromLabels) && !lines.crosses(cover, LABEL_PADDING);
  // Within a tier, the name with the fewest free sides first (the classic greedy order for point labels).
  const room = new Map(candidates.map((c) => [c, c.callout ? c.sides.filter((side) => {
    const cover = coverBox(c.x, c.y, c, side);
    return inView(cover) && clearOfObstacles(cover);
  }).length : 0]));
  const order = (a: LabelCandidate, b: LabelCandidate) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || (room.get(a) ?? 0) - (room.get(b) ?? 0) || byRank(a, b);
  // Where the names of areas (countries, seas) go, on their label points.
  const areaBoxes = candidates.filter((c) => c.sides.includes('center')).map((c) => [c, coverBox(c.x, c.y, c, 'center')] as const);
  const onOtherArea = (area: LabelCandidate, box: Box, padding = 0) => areaBoxes.some(([c, other]) => c !== area && overlaps(box, other, padding));
  // The full text, else the short one.
  const texts = (c: LabelCandidate) => [c, ...(c.short ? [{ ...c, ...c.short }] : [])];
  // Beside its anchor (the full text, else the short one), else beside its other anchors (the full text).
  function placeBeside(ranked: LabelCandidate): boolean {
    const story = ranked.tier === 'story' || ranked.tier === 'focus';
    const own = ranked.callout && ranked.callout.radius > 0 && (ranked.tier === 'story' || ranked.tier === 'focus') ? { x: ranked.x, y: ranked.y, r: ranked.callout.radius } : null;
    const placeAt = (c: LabelCandidate, x: number, y: number, sides: readonly Side[], fromLabels = LABEL_PADDING): boolean => {
      const beside = own && x === own.x && y === own.y ? own : null;
      const fits = (side: Side, cover: Box) =>
        inView(cover) && free(cover, fromLabels) && standsOn(cover, c) && !overAnother(ranked, cover) && (beside ? readsAsOwn(beside, cover, side) : story || (ranked.tier === 'region' ? !readsAsOthers(cover, ranked.callout?.places) : !symbols.levelWith(cover, NOT_THEIR_NAME_GAP)));
      const given = sides.length > 0 ? sides : POINT_SIDES;
      const side = given.find((s) => fits(s, coverBox(x, y, c, s)));
      if (side === undefined) return false;
      const cover = coverBox(x, y, c, side);
      // A story name a flow runs through ("Paris · 3 attacks", garbled) is set on a plate; a line grazing its halo does not count.
      const crossed = !!own && flows.length > 0 && flowLines.crosses(cover, -FLOW_GRAZE);
      place({ id: c.id, text: c.text, tier: c.tier, side, box: c.dot > 0 ? textBox(x, y, c, side) : cover, cover, ...(crossed && { plate: true }) });
      return true;
    };
    // A story name whose every side is within the padding of another name, though clear of it, still
    // goes beside its symbol, halo against halo (Damascus's and Jerusalem's): better than a line.
    return (
      texts(ranked).some((c) => placeAt(c, c.x, c.y, c.sides)) ||
      (ranked.alsoAt ?? []).some((at) => placeAt(ranked, at.x, at.y, at.sides ?? ranked.sides)) ||
      (story && texts(ranked).some((c) => placeAt(c, c.x, c.y, c.sides, 0)))
    );
  }
  function callOut(ranked: LabelCandidate): void {
    if (!ranked.callout) return;
    // A name with no symbol of its own (a country's) is not called out onto the place where another
    // area's name goes (a neighbour's): "SYRIA" set over Turkey's middle would leave Turkey unnamed.
    // A chosen area's name (the tour stop's "BELGIUM", where its lines lead) comes before its neighbours'.
    const { radius, reach, places = [] } = ranked.callout;
    // Clear of a neighbour's name by the labels' padding where there is room, so both are named; else merely off it.
    const onOther = (box: Box, padding: number) => radius === 0 && ranked.tier !== 'focus' && onOtherArea(ranked, box, padding);
    const callOutAt = (c: LabelCandidate, at: { x: number; y: number }): boolean => {
      // A line starts in the view and never under a panel: a name is not drawn for what lies beyond the
      // view or hidden (a story symbol under a panel is not named at all).
      if (!holds(view, at.x, at.y) || covered.some((o) => holds(o, at.x, at.y))) return false;
      // What lies round it, gathered once for every spot tried (callout-room.ts).
      const within = reach ?? Number.POSITIVE_INFINITY;
      // An area's name goes a step farther for a spot that reads as no story symbol's.
      const farthest = radius === 0 ? Math.max(within, AREA_CLEAR_REACH) : within;
      const room = roomIn(calloutArea(at.x, at.y, c, radius, farthest), LABEL_PADDING, { obstacles: inTheWay, labels: covers, lines });
      // A story name on a line stands off the other story symbols, or it reads as theirs ("Nice" beside Moscow's triangle).
      const own = radius > 0 ? { x: at.x, y: at.y, r: radius } : null;
      const fits = ({ box, leader }: CalloutSpot) => inView(box) && roomFor(room, box, leader, at, LABEL_PADDING, radius > 0) && !(own && symbols.near(own, box, CALLOUT_SYMBOL_CLEARANCE));
      // The first spot clear of the neighbours' names by the padding, and, for an area's name, not
      // reading as a story symbol's ("BELGIUM" called out level with Paris's disc read as Paris's
      // country), up to `AREA_CLEAR_REACH`; else the first such spot within its reach that does; else
      // the first there merely off the neighbours' names, each noted in the same search (each spot's
      // other checks made once, not once a pass).
      let level: CalloutSpot | null = null;
      let offOther: CalloutSpot | null = null;
      const spot = findCallout(at.x, at.y, c, radius, farthest, (tried) => {
        if (!fits(tried) || overAnother(ranked, tried.box)) return false;
        const { leader } = tried;
        const beyond = Math.hypot(leader.x1 - leader.x0, leader.y1 - leader.y0) > c.clearance + within + 0.5;
        if (!onOther(tried.box, LABEL_PADDING)) {
          if (radius > 0 || !readsAsASymbols(tried.box)) return true;
          // Else where it reads only as its own places' country ("IRAQ" by Mosul, not by Damascus).
          if (!beyond && !readsAsOthers(tried.box, places)) level ??= { box: { ...tried.box }, leader: { ...leader } };
          return false;
        }
        if (radius === 0 && !beyond && !offOther && !onOther(tried.box, 0)) offOther = { box: { ...tried.box }, leader: { ...leader } };
        return false;
      }) ?? level ?? offOther;
      if (!spot) return false;
      const { box, leader } = spot;
      const onItsArea = c.callout?.inside !== undefined && standsOn(box, c);
      const plate = radius > 0 && flows.length > 0 && flowLines.crosses(box, -FLOW_GRAZE);
      place({ id: c.id, text: c.text, tier: c.tier, side: 'center', box, cover: box, ...(!onItsArea && { leader }), ...(plate && { plate }) });
      return true;
    };
    // From its anchor (the full text, else the short one); a country's name from its label point or its
    // other points inside it, in the order areaLineEnds gives (area-line-ends.ts).
    const fromAnchor = () => texts(ranked).some((c) => callOutAt(c, c));
    if (radius > 0) return void fromAnchor();
    areaLineEnds(ranked, { width, covered, inTheWay, symbols }).some((at) => (at.x === ranked.x && at.y === ranked.y ? fromAnchor() : callOutAt(ranked, at)));
  }
  // Tier by tier (focus, story, the story's countries, the rest), each name beside its symbol where there
  // is room, then the tier's names that found none called out: a story name, called out, before any country's.
  const waiting: LabelCandidate[] = [];
  let budget = CALLOUT_BUDGET;
  // Made the first time a name must step aside (most views need none).
  let byId: Map<string, LabelCandidate> | undefined;
  // A story name set beside its symbol after all, where the story name in its way steps aside (step-aside.ts).
  const besideAfterAStep = (ranked: LabelCandidate): boolean => {
    if (ranked.tier !== 'story' && ranked.tier !== 'focus') return false;
    byId ??= new Map(candidates.map((c) => [c.id, c]));
    const readsOwn = (box: Box, c: LabelCandidate, side: Side) => !c.callout || c.callout.radius <= 0 || readsAsOwn({ x: c.x, y: c.y, r: c.callout.radius }, box, side);
    const stepped = stepAside(ranked, placed, byId, (box) => inView(box) && clearOfObstacles(box) && !lines.crosses(box, LABEL_PADDING), LABEL_PADDING, readsOwn);
    if (!stepped) return false;
    placed[placed.findIndex((l) => l.id === stepped.moved.id)] = stepped.moved;
    covers = new BoxGrid(width, height);
    for (const label of placed) covers.insert(label.cover);
    place(stepped.label);
    return true;
  };
  const callOutWaiting = () => {
    const now = waiting.splice(0).slice(0, budget);
    budget -= now.length;
    for (const ranked of now) if (!besideAfterAStep(ranked)) callOut(ranked);
  };
  let tier: LabelTier | null = null;
  for (const ranked of [...candidates].sort(order)) {
    if (ranked.tier !== tier) callOutWaiting();
    tier = ranked.tier;
    if (!placeBeside(ranked) && ranked.callout) waiting.push(ranked);
  }
  callOutWaiting();
  // A story country still unnamed may be named where the story's names can step aside (make-room.ts).
  const readsAsASymbolsFar = (box: Box) => symbols.levelWith(box, LEVEL_READING_GAP) || symbols.near(null, box, READING_REACH);
  return makeRoomForAreas(placed, { view, obstacles, candidates, padding: LABEL_PADDING, onOther: (area, box) => onOtherArea(area, box) || overAnother(area, box), lines: drawnLines, readsAsASymbols: readsAsASymbolsFar });
}
