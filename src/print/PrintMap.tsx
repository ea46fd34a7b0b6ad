/**
 * A printed map in one SVG, made from the story's data: its main panel and, where places crowd, an enlarged
 * inset.
 */
import { useId, useMemo } from 'react';
import { FLOW_KINDS } from '../story/kinds.ts';
import { FLOW_STYLES, INK } from '../ui/symbols.ts';
import type { Box } from './number-layout.ts';
import type { PrintMapLayout } from './print-map-layout.ts';
import { PrintPanelContent } from './PrintPanelContent.tsx';
import { useCountries } from './use-countries.ts';

const NOTHING: readonly Box[] = [];

/**
 * The printed map: the main map (PrintPanelContent) and, where places crowd, the boxed area enlarged
 * in an inset set in the map's emptiest corner, as a newspaper's locator map does. Drawn from the
 * data, not from the screen map, so that it is the same at any window size.
 */
export function PrintMap({ layout, label = 'Printed map: the places and flows, numbered as in the list below' }: { layout: PrintMapLayout; label?: string }) {
  const countries = useCountries();
  const id = useId();
  const marker = (kind: string) => `${id}-${kind}`;
  const { inset } = layout;
  const avoid = useMemo(() => (inset ? [inset.box, inset.area] : NOTHING), [inset]);
  return (
    <svg className="print-map" viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={label}>
      <defs>
        {FLOW_KINDS.map((kind) => (
          <marker key={kind} id={marker(kind)} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
            <path d="M0,0L10,5L0,10z" fill={FLOW_STYLES[kind].color} />
          </marker>
        ))}
      </defs>
      <PrintPanelContent panel={layout} countries={countries} avoid={avoid} marker={marker} />
      {inset && (
        <>
          <rect className="print-inset-area" x={inset.area.x} y={inset.area.y} width={inset.area.width} height={inset.area.height} fill="none" stroke={INK} strokeWidth={1.5} />
          <rect x={inset.box.x - 2} y={inset.box.y - 2} width={inset.box.width + 4} height={inset.box.height + 4} fill="#fff" />
          <svg className="print-inset" x={inset.box.x} y={inset.box.y} width={inset.box.width} height={inset.box.height} viewBox={`0 0 ${inset.panel.width} ${inset.panel.height}`}>
            <PrintPanelContent panel={inset.panel} countries={countries} avoid={NOTHING} marker={marker} />
          </svg>
          <rect className="print-inset-frame" x={inset.box.x} y={inset.box.y} width={inset.box.width} height={inset.box.height} fill="none" stroke={INK} strokeWidth={1.5} />
        </>
      )}
    </svg>
  );
}
