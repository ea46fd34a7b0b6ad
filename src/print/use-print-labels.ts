/**
 * The basemap's names on each printed map: loaded and measured once, then placed clear of the map's symbols,
 * tags and inset.
 */
import { useEffect, useMemo, useState } from 'react';
import { POINT_SIDES, type Box, type Side } from '../labels/label-box.ts';
import type { Box as PageBox } from './number-layout.ts';
import type { LabelData } from '../labels/label-data.ts';
import { labelMeasurer } from '../labels/measure.ts';
import { placeLabels, type LabelCandidate, type PlacedLabel } from '../labels/placement.ts';
import { prepareBasemapLabels, type PreparedLabel } from '../labels/prepare-basemap-labels.ts';
import type { LabelStyle } from '../labels/label-style.ts';
import { loadedOnce } from './loaded-once.ts';
import { mercatorY } from '../geometry/mercator.ts';
import { PRINT_SYMBOL_SIZE, type PrintPanel } from './print-panel.ts';

/** A basemap name placed on the printed map, in its units, with its type style. */
export interface PrintLabel extends PlacedLabel {
  style: LabelStyle;
}

/** The basemap names, loaded once for every printed map (imported when asked, like the countries). */
const labelData = loadedOnce(() => import('virtual:basemap-labels').then((module) => module.loadLabelData()));
/** The names measured for placing, once: every printed map places them (a tour handout has thirteen). */
let measured: PreparedLabel[] | null = null;

/** Loads the names ahead, as `preloadCountries` the land: a printed map made at `beforeprint` names its places at once. */
export function preloadPrintLabels(): void {
  labelData.load().catch(() => undefined);
}

const preparedOnce = (data: LabelData) => (measured ??= prepareBasemapLabels(data.labels, worldPixel, labelMeasurer(), 16));

/** A position in world pixels at zoom 0 (256 pixels round the world), as the screen map counts them. */
function worldPixel([lon, lat]: [number, number]): { x: number; y: number } {
  return { x: ((lon + 180) / 360) * 256, y: (0.5 - mercatorY(lat) / 360) * 256 };
}

/** The sides a name may take on paper: its own first, then (a city beside the places' symbols) any other. */
const sidesOf = (side: Side): readonly Side[] => (side === 'center' ? [side] : [side, ...POINT_SIDES.filter((s) => s !== side)]);

/**
 * A city whose dot lies under places' symbols (Paris under the Bataclan's) is marked by them: its
 * name is set beside them, not left out for covering them.
 */
function besideSymbol<C extends LabelCandidate>(candidate: C, places: PrintPanel['places']): C {
  const half = PRINT_SYMBOL_SIZE / 2;
  const near = ({ at: [x, y] }: PrintPanel['places'][number]) => Math.abs(candidate.x - x) <= PRINT_SYMBOL_SIZE && Math.abs(candidate.y - y) <= PRINT_SYMBOL_SIZE;
  const under = places.filter(near).map(({ at }) => at);
  if (under.length === 0 || candidate.dot === 0) return candidate;
  const [xs, ys] = [under.map(([x]) => x), under.map(([, y]) => y)];
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return { ...candidate, x: (x0 + x1) / 2, y: (y0 + y1) / 2, dot: 0, clearance: half + Math.max(x1 - x0, y1 - y0) / 2 + 2 };
}

/**
 * The basemap's names for the printed map, placed as on the screen (labels/placement.ts) at the zoom
 * the panel's frame corresponds to, clear of its symbols and its number tags, and of
 * `avoid` (the inset and its area on the main map); `null` until the names have loaded, and if they
 * cannot (the map then prints without them).
 */
export function usePrintLabels(layout: PrintPanel, avoid: readonly PageBox[]): PrintLabel[] | null {
  const [prepared, setPrepared] = useState<PreparedLabel[] | null>(() => {
    const data = labelData.now();
    return data && preparedOnce(data);
  });
  useEffect(
    function loadNames() {
      if (prepared) return undefined;
      let live = true;
      labelData.load().then(
        (data) => live && setPrepared(preparedOnce(data)),
        () => undefined,
      );
      return function cancel() {
        live = false;
      };
    },
    [prepared],
  );
  return useMemo(() => {
    if (!prepared) return null;
    const [west, , east, north] = layout.frame;
    const scale = layout.width / (((east - west) / 360) * 256);
    const zoom = Math.log2(scale);
    const origin = worldPixel([west, north]);
    const toPanel = ({ x, y }: { x: number; y: number }) => ({ x: (x - origin.x) * scale, y: (y - origin.y) * scale });
    const half = PRINT_SYMBOL_SIZE / 2;
    const obstacles: Box[] = [
      ...layout.places.map(({ at: [x, y] }) => ({ x0: x - half, y0: y - half, x1: x + half, y1: y + half })),
      ...[...layout.numbers.map(({ box }) => box), ...avoid].map((box) => ({ x0: box.x, y0: box.y, x1: box.x + box.width, y1: box.y + box.height })),
    ];
    const styleOf = new Map(prepared.map((p) => [p.id, p.style]));
    const candidates = prepared
      .filter((p) => p.activation.from <= zoom)
      // Its anchors in the panel's units: its label point, and a country's other points inside it.
      .map((p) => ({ ...p, text: p.label.name, tier: 'basemap' as const, rank: p.label.rank, ...toPanel(p), sides: sidesOf(p.activation.side), alsoAt: p.alsoAt.map(toPanel) }))
      .map((candidate) => besideSymbol(candidate, layout.places));
    return placeLabels({ width: layout.width, height: layout.height, obstacles, candidates }).flatMap((placed) => {
      const style = styleOf.get(placed.id);
      return style ? [{ ...placed, style }] : [];
    });
  }, [prepared, layout, avoid]);
}
