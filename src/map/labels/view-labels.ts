/**
 * The labels of one view, placed: the story's names beside their symbols (story-labels.ts), the
 * basemap's names (basemap-candidates.ts), none under what covers the map, and the spokes of the
 * places fanned out from their groups; what the label layer (label-canvas.ts) then draws.
 */
import type L from 'leaflet';
import { leaderAlign, lineAlign, type Box } from '../../labels/label-box.ts';
import type { Leader } from '../../labels/callout.ts';
import { LARGE_MAP_AREA_SIZE, LARGE_MAP_WIDTH, type LabelStyle } from '../../labels/label-style.ts';
import { placeLabels, type LabelCandidate } from '../../labels/placement.ts';
import { withFocusLeaders } from '../../labels/focus-leaders.ts';
import type { PreparedLabel } from '../../labels/prepare-basemap-labels.ts';
import { countryAt, type LandGrid } from '../../labels/land-grid.ts';
import type { LabelToDraw } from './label-canvas.ts';
import type { DrawnSymbol } from '../places/use-place-symbols.ts';
import { nearView, storyLabels } from './story-labels.ts';
import { basemapCandidates } from './basemap-candidates.ts';
import { emphasiseArea, enlargeForTheRoom } from './focus-areas.ts';
import { MAP_CONTROLS } from '../coverings-context.ts';
import { flowSegments, type FlowPaths } from './flow-segments.ts';

/** The radius of the dot at a fanned-out place's true position (label-canvas.ts draws it), with its outline. */
const SPOKE_DOT = 4.5;

/** What a view's labels are made from. */
export interface ViewLabelsInput {
  symbols: readonly DrawnSymbol[];
  /** The selection and the tour stop's places: their labels come first, larger. */
  focusIds: ReadonlySet<string>;
  presenting: boolean;
  /** The areas the chosen lines lead to, in lower case: their names are set as the chosen places' (focus-areas.ts). */
  focusAreas: ReadonlySet<string>;
  /** The flows' lines as drawn: a story name one runs through is set on a plate. */
  flows: FlowPaths;
  /** The basemap's names, once loaded and prepared; null until then. */
  basemap: readonly PreparedLabel[] | null;
  /** Which country lies where (labels/land-grid.ts), loaded with the basemap's names; null until then. */
  land: LandGrid | null;
  /** What lies over the map (panels, the key): no label is placed under it. */
  coverings: () => (HTMLElement | null)[];
  measure: (text: string, style: LabelStyle, size: number) => number;
}

/** The boxes of what lies over the map, in its container's pixels. */
export function coveredBoxes(map: L.Map, coverings: () => (HTMLElement | null)[]): Box[] {
  // A passage or tour panel, the key, the map's own zoom buttons and credit line, the off-view marks
  // and the list of places beyond the view.
  const mapBox = map.getContainer().getBoundingClientRect();
  const controls = map.getContainer().querySelectorAll<HTMLElement>(`${MAP_CONTROLS}, .off-view-mark`);
  const covered: Box[] = [];
  for (const element of [...coverings(), ...controls]) {
    const box = element && !element.hidden ? element.getBoundingClientRect() : null;
    if (box && box.width > 0) covered.push({ x0: box.left - mapBox.left, y0: box.top - mapBox.top, x1: box.right - mapBox.left, y1: box.bottom - mapBox.top });
  }
  return covered;
}

/**
 * The labels to draw in the map's present view, and the spokes of its fanned-out places. `covered`:
 * what lies over the map, if read already (in the frame, where reading it forces no layout of its own).
 */
export function viewLabels(map: L.Map, { symbols, focusIds, focusAreas, presenting, flows, basemap, land, coverings, measure }: ViewLabelsInput, covered: readonly Box[] = coveredBoxes(map, coverings)): { labels: LabelToDraw[]; spokes: Leader[] } {
  const size = map.getSize();
  // What lies over the map would hide a label: none goes there, and a symbol under it is not named.
  const story = storyLabels(symbols, { map, focusIds, presenting, covered, measure });
  const obstacles = [...story.obstacles, ...covered];
  const candidates: LabelCandidate[] = story.labels.map((l) => l.candidate);
  const drawnAs = new Map<string, Omit<LabelToDraw, 'box' | 'text'>>(story.labels.map((l) => [l.candidate.id, l.drawAs]));
  // A basemap name that the story already sets beside its own symbol ("Libya", "Mosul") is not said twice.
  const said = new Set([...symbols.filter((s) => s.features.length === 1).map((s) => s.label), ...story.cities].map((name) => name.toLowerCase()));
  const topLeft = map.containerPointToLayerPoint([0, 0]).add(map.getPixelOrigin());
  for (const name of basemapCandidates(basemap ?? [], { zoom: map.getZoom(), topLeft, size, said, chosen: focusAreas })) {
    const emphasised = focusAreas.size > 0 ? emphasiseArea(name, focusAreas, presenting, measure) : name;
    const { candidate, drawAs } = presenting ? enlargeForTheRoom(emphasised, measure) : size.x >= LARGE_MAP_WIDTH ? enlargeForTheRoom(emphasised, measure, LARGE_MAP_AREA_SIZE) : emphasised;
    candidates.push(candidate);
    drawnAs.set(candidate.id, drawAs);
  }
  // A place fanned out from its group stands on a line from its true place, marked by a dot (spider.ts):
  // no name covers either, and no callout's line crosses the spoke (Damascus's crossed Jerusalem's).
  const spokes = symbols.flatMap((symbol) => {
    if (!symbol.trueAt) return [];
    const [from, to] = [map.latLngToContainerPoint(symbol.trueAt), map.latLngToContainerPoint(symbol.position)];
    return nearView(to.x, to.y, size) ? [{ x0: from.x, y0: from.y, x1: to.x, y1: to.y }] : [];
  });
  const dots = spokes.map(({ x0, y0 }) => ({ x0: x0 - SPOKE_DOT, y0: y0 - SPOKE_DOT, x1: x0 + SPOKE_DOT, y1: y0 + SPOKE_DOT }));
  // A focus name set above or below its ringed symbol has a line to it (labels/focus-leaders.ts).
  const placed = withFocusLeaders(placeLabels({ width: size.x, height: size.y, obstacles: [...obstacles, ...dots], covered, candidates, lines: spokes, flows: flowSegments(map, flows, topLeft, size), countryAt: land ? countryInView(map, land) : undefined }), candidates);
  const labels = placed.flatMap((p) => {
    const how = drawnAs.get(p.id);
    return how ? [{ ...how, text: p.text, box: p.box, leader: p.leader, align: p.leader ? leaderAlign(p.box, p.leader) : lineAlign(p.side), plate: p.plate }] : [];
  });
  return { labels, spokes };
}

/**
 * The country under a point of the map's view, in container pixels (labels/land-grid.ts), read to the
 * nearest 2 px (the grid's cells are 6 px or more where countries are named), each such point once a view.
 */
function countryInView(map: L.Map, land: LandGrid): (x: number, y: number) => string | null {
  const read = new Map<number, string | null>();
  return (x, y) => {
    const [qx, qy] = [Math.round(x / 2), Math.round(y / 2)];
    const key = qx * 65536 + qy;
    let country = read.get(key);
    if (country === undefined) {
      const at = map.containerPointToLatLng([qx * 2, qy * 2]);
      country = countryAt(land, at.lng, at.lat);
      read.set(key, country);
    }
    return country;
  };
}
