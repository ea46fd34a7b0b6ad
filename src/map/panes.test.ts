import type L from 'leaflet';
import { describe, expect, it } from 'vitest';
import { mapPane, paneProps, PANES } from './panes.ts';

/** Leaflet 1.9's own panes' z-indexes (its CSS). */
const LEAFLET = { tile: 200, overlay: 400, shadow: 500, marker: 600, tooltip: 650 };

describe('the map panes', () => {
  it('stack as the story map needs: countries under the tiles, names over lines and under symbols, ink under tooltips', () => {
    expect(PANES.basemap.zIndex).toBeLessThan(LEAFLET.tile);
    expect(PANES.drawnFlows.zIndex).toBeLessThan(LEAFLET.overlay);
    expect(PANES.labels.zIndex).toBeGreaterThan(LEAFLET.overlay);
    expect(PANES.drawnSymbols.zIndex).toBeGreaterThan(PANES.labels.zIndex);
    expect(PANES.drawnSymbols.zIndex).toBeLessThan(LEAFLET.marker);
    expect(PANES.ink.zIndex).toBeGreaterThan(LEAFLET.marker);
    expect(PANES.ink.zIndex).toBeLessThan(LEAFLET.tooltip);
  });

  it('are made once each, as declared, and given to react-leaflet the same way', () => {
    const made = new Map<string, { style: Record<string, string> }>();
    const map = {
      getPane: (name: string) => made.get(name),
      createPane: (name: string) => {
        const pane = { style: {} };
        made.set(name, pane);
        return pane;
      },
    } as unknown as L.Map;
    const labels = mapPane(map, PANES.labels);
    expect(labels.style).toEqual({ zIndex: '450', pointerEvents: 'none' });
    expect(mapPane(map, PANES.labels)).toBe(labels);
    expect(mapPane(map, PANES.basemap).style).toEqual({ zIndex: '150' });
    expect(paneProps(PANES.ink)).toEqual({ name: 'ink', style: { zIndex: 640, pointerEvents: 'none' } });
  });
});
