import { useId, useMemo } from 'react';
import { FLOW_KINDS } from '../story/kinds.ts';
import { BASEMAP_COLOURS, FLOW_STYLES, INK, placeSymbolImage, UNCERTAIN_FLOW } from '../ui/symbols.ts';
import { mercatorY } from './print-projection.ts';
import { PRINT_SYMBOL_SIZE, type PrintMapLayout } from './print-map-layout.ts';
import { useCountries } from './use-countries.ts';
import { usePrintLabels } from './use-print-labels.ts';
import { LABEL_FONT_FAMILY, labelText } from '../labels/label-style.ts';

/** The embedded basemap's world, in its path units (src/map/basemap-units.ts: 256 px at zoom 0, 1,000 units a pixel). */
const WORLD_UNITS = 256_000;

/** The transform from the basemap's path units to the printed map's frame. */
function basemapTransform({ frame: [west, , east, north], width }: PrintMapLayout): string {
  const scale = width / (((east - west) / 360) * WORLD_UNITS);
  const [x0, y0] = [((west + 180) / 360) * WORLD_UNITS, (0.5 - mercatorY(north) / 360) * WORLD_UNITS];
  return `matrix(${scale} 0 0 ${scale} ${-x0 * scale} ${-y0 * scale})`;
}

/**
 * The printed map: the embedded basemap's land, the flows as arcs with arrowheads, the place symbols,
 * and each one's number in a tag clear of the others (print-map-layout.ts), on a leader line where
 * places crowd. Drawn from the data, not from the screen map, so that it is the same at any window size.
 * The basemap's names (use-print-labels.ts) lie between the land and the flows, clear of the symbols
 * and the number tags.
 */
export function PrintMap({ layout }: { layout: PrintMapLayout }) {
  const countries = useCountries();
  const labels = usePrintLabels(layout);
  const id = useId();
  const land = useMemo(
    () => (
      <g transform={basemapTransform(layout)} fill={BASEMAP_COLOURS.land} stroke={BASEMAP_COLOURS.border} strokeWidth={0.8} vectorEffect="non-scaling-stroke">
        {countries?.map((path, i) => <path key={i} d={path} vectorEffect="non-scaling-stroke" />)}
      </g>
    ),
    [countries, layout],
  );
  const half = PRINT_SYMBOL_SIZE / 2;
  return (
    <svg className="print-map" viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label="Printed map: the places and flows, numbered as in the list below">
      <defs>
        {FLOW_KINDS.map((kind) => (
          <marker key={kind} id={`${id}-${kind}`} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
            <path d="M0,0L10,5L0,10z" fill={FLOW_STYLES[kind].color} />
          </marker>
        ))}
      </defs>
      <rect width={layout.width} height={layout.height} fill="#dbe8f1" />
      {land}
      {labels?.map(({ id: labelId, text, box, style }) => (
        <text
          key={labelId}
          className="print-label"
          x={box.x0 + style.haloWidth}
          y={(box.y0 + box.y1) / 2}
          dominantBaseline="central"
          fontFamily={LABEL_FONT_FAMILY}
          fontSize={style.size}
          fontWeight={style.weight.replace('italic ', '')}
          fontStyle={style.weight.startsWith('italic') ? 'italic' : undefined}
          letterSpacing={style.letterSpacing}
          fill={style.colour}
          stroke={style.halo}
          strokeWidth={style.haloWidth * 2}
          strokeLinejoin="round"
          paintOrder="stroke"
        >
          {labelText(style, text)}
        </text>
      ))}
      {layout.flows.map(({ feature, paths }) => {
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
            markerEnd={`url(#${id}-${kind})`}
          />
        ));
      })}
      {layout.places.map(({ feature, at: [x, y] }) =>
        feature.properties.layer === 'flows' ? null : (
          <image key={feature.id} href={placeSymbolImage(feature.properties.layer)} x={x - half} y={y - half} width={PRINT_SYMBOL_SIZE} height={PRINT_SYMBOL_SIZE} />
        ),
      )}
      {layout.numbers.map(({ id: featureId, label, box, leader }) => (
        <g key={featureId} className="print-number">
          {leader && <line x1={leader.from[0]} y1={leader.from[1]} x2={leader.to[0]} y2={leader.to[1]} stroke={INK} strokeWidth={0.9} />}
          <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={2.5} fill="#fff" stroke={INK} strokeWidth={1} />
          <text x={box.x + box.width / 2} y={box.y + box.height / 2} textAnchor="middle" dominantBaseline="central" fontSize={13} fontWeight={700} fill={INK}>
            {label}
          </text>
        </g>
      ))}
    </svg>
  );
}
