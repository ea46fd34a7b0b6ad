/**
 * What one panel of a printed map draws in SVG, for the main map and its inset alike: sea, land, names,
 * flows, symbols and number tags.
 */
import { useMemo } from 'react';
import type { FlowKind } from '../story/schema.ts';
import { BASEMAP_COLOURS, FLOW_STYLES, INK, placeSymbolImage, UNCERTAIN_FLOW } from '../ui/symbols.ts';
import { ringsWithin, type CountryRing } from './country-rings.ts';
import type { Box } from './number-layout.ts';
import { TAG_FONT_SIZE } from './number-layout.ts';
import { mercatorY } from '../geometry/mercator.ts';
import { PRINT_SYMBOL_SIZE, type PrintPanel } from './print-panel.ts';
import { PrintLabels } from './PrintLabels.tsx';
import { usePrintLabels } from './use-print-labels.ts';

/** The embedded basemap's world, in its path units (src/map/basemap/basemap-units.ts: 256 px at zoom 0, 1,000 units a pixel). */
const WORLD_UNITS = 256_000;

/**
 * The order the kinds of line are drawn in: the many returning fighters' lines first, under the
 * few others (a funding line's dots were lost under their bundle).
 */
const DRAW_ORDER: Record<FlowKind, number> = { return: 0, recruitment: 1, travel: 2, funding: 3 };

/** A panel's frame in the basemap's path units. */
function frameInUnits({ frame: [west, south, east, north] }: PrintPanel): { x0: number; y0: number; x1: number; y1: number } {
  const [x, y] = [(lon: number) => ((lon + 180) / 360) * WORLD_UNITS, (lat: number) => (0.5 - mercatorY(lat) / 360) * WORLD_UNITS];
  return { x0: x(west), y0: y(north), x1: x(east), y1: y(south) };
}

/** The transform from the basemap's path units to a panel's frame. */
function basemapTransform(panel: PrintPanel): string {
  const { x0, y0, x1 } = frameInUnits(panel);
  const scale = panel.width / (x1 - x0);
  return `matrix(${scale} 0 0 ${scale} ${-x0 * scale} ${-y0 * scale})`;
}

/**
 * What a panel of the printed map draws, bottom to top: the sea and the land, the basemap's names
 * (clear of the symbols, the tags and `avoid`), the flows as arcs with arrowheads (`marker` gives the
 * id of each kind's), the place symbols, and each number in a tag, on a leader line where places crowd.
 */
export function PrintPanelContent({ panel, countries, avoid, marker }: {
  panel: PrintPanel;
  countries: readonly CountryRing[] | null;
  avoid: readonly Box[];
  marker: (kind: string) => string;
}) {
  const labels = usePrintLabels(panel, avoid);
  // The land in the panel's frame only: a small map does not carry the whole world's outlines.
  const land = useMemo(
    () => (
      <g transform={basemapTransform(panel)} fill={BASEMAP_COLOURS.land} stroke={BASEMAP_COLOURS.border} strokeWidth={0.8} vectorEffect="non-scaling-stroke">
        {countries && <path d={ringsWithin(countries, frameInUnits(panel))} vectorEffect="non-scaling-stroke" />}
      </g>
    ),
    [countries, panel],
  );
  const half = PRINT_SYMBOL_SIZE / 2;
  const flowIds = new Set(panel.flows.map(({ feature }) => feature.id));
  return (
    <>
      <rect width={panel.width} height={panel.height} fill="#dbe8f1" />
      {land}
      {labels && <PrintLabels labels={labels} />}
      {[...panel.flows].sort((a, b) => DRAW_ORDER[a.feature.properties.flow ?? 'travel'] - DRAW_ORDER[b.feature.properties.flow ?? 'travel']).map(({ feature, paths }) => {
        const kind = feature.properties.flow ?? 'travel';
        const { color, weight, dashArray } = FLOW_STYLES[kind];
        const uncertain = feature.properties.uncertain === true;
        return paths.map((d, i) => (
          <path
            key={`${feature.id}-${i}`}
            d={d}
            fill="none"
            stroke={color}
            strokeWidth={weight * 0.8}
            strokeDasharray={uncertain ? UNCERTAIN_FLOW.dashArray : dashArray}
            opacity={uncertain ? UNCERTAIN_FLOW.opacity : 1}
            markerEnd={`url(#${marker(kind)})`}
            data-flow-kind={kind}
            data-uncertain={uncertain || undefined}
          />
        ));
      })}
      {panel.places.map(({ feature, at: [x, y] }) =>
        feature.properties.layer === 'flows' ? null : (
          <image key={feature.id} href={placeSymbolImage(feature.properties.layer)} x={x - half} y={y - half} width={PRINT_SYMBOL_SIZE} height={PRINT_SYMBOL_SIZE} />
        ),
      )}
      {panel.numbers.map(({ id, label, box, leader }) => (
        <g key={id} className="print-number">
          {leader && <line x1={leader.from[0]} y1={leader.from[1]} x2={leader.to[0]} y2={leader.to[1]} stroke={INK} strokeWidth={1} />}
          {leader && flowIds.has(id) && <circle cx={leader.from[0]} cy={leader.from[1]} r={2.5} fill={INK} stroke="#fff" strokeWidth={0.8} />}
          <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={2.5} fill="#fff" stroke={INK} strokeWidth={1} />
          <text x={box.x + box.width / 2} y={box.y + box.height / 2} textAnchor="middle" dominantBaseline="central" fontSize={TAG_FONT_SIZE} fontWeight={700} fill={INK}>
            {label}
          </text>
        </g>
      ))}
    </>
  );
}
