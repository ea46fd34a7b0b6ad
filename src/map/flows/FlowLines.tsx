/**
 * The story's flows on the map: their lines, drawn as buttons (or on a canvas past the budget), and the menu
 * where lines overlap.
 */
import { memo, useCallback, useMemo } from 'react';
import L from 'leaflet';
import type { FlowKind, Position, StoryFeature } from '../../story/schema.ts';
import { FLOW_STYLES } from '../../ui/symbols.ts';
import { DrawnFlows } from './DrawnFlows.tsx';
import { flowStyle } from './flow-style.ts';
import { shareFlows } from './flow-budget.ts';
import { arcPositions } from './arcs.ts';
import { toLatLng } from '../coords.ts';
import type { FeatureElements } from '../feature-element.ts';
import type { FeatureLayerProps } from '../feature-layer.ts';
import { FeaturePath } from './FeaturePath.tsx';
import { LineChoiceMenu } from './LineChoiceMenu.tsx';
import { separatedBends } from './route-bends.ts';
import { useLinePick } from './use-line-pick.ts';
import { useListTabOrder } from '../tab-order.ts';

/**
 * How much each kind of flow asks to bend (see `arcPositions`): returns bend right, over Turkey and
 * the Balkans, and journeys left; lines of the same route are then drawn apart (`separatedBends`).
 */
export const FLOW_BENDS: Record<FlowKind, number> = { travel: 0.16, funding: -0.2, recruitment: 0.16, return: -0.1 };

/** The lines of a feature as given: a LineString is one line, a MultiLineString several. */
function givenLines({ geometry }: StoryFeature): Position[][] {
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.type === 'MultiLineString' ? geometry.coordinates : [];
}

/**
 * The lines of each flow as drawn, by id: a two-point line becomes an arc bent as its kind asks and
 * apart from the other lines of its route; a longer line is drawn as given.
 */
export function drawnLines(features: readonly StoryFeature[]): Map<string, Position[][]> {
  const lines = features.flatMap((feature) => givenLines(feature).map((line) => ({ feature, line })));
  const arcs = lines.flatMap(({ feature, line }) => {
    const [from, to] = line;
    return line.length === 2 && from && to ? [{ from, to, bend: FLOW_BENDS[feature.properties.flow ?? 'travel'] }] : [];
  });
  const bends = separatedBends(arcs);
  const drawn = new Map<string, Position[][]>(features.map((feature) => [feature.id, []]));
  let arc = 0;
  for (const { feature, line } of lines) {
    const [from, to] = line;
    const positions = line.length === 2 && from && to ? arcPositions(from, to, { bend: bends[arc++] ?? 0 }) : line;
    drawn.get(feature.id)?.push(positions);
  }
  return drawn;
}

/**
 * One flow: its curved line(s), each with an arrowhead at the destination (see arrowheads.ts).
 * Memoised: the map's first drawing adds flows a few at a time, and those drawn stay as they are.
 */
const FlowLine = memo(function FlowLine({ feature, lines, selected, related, onActivate, onPick, elements }: {
  feature: StoryFeature;
  lines: Position[][];
  selected: boolean;
  related: boolean;
  onActivate: (id: string) => void;
  onPick: (id: string, event: L.LeafletMouseEvent) => void;
  elements: FeatureElements;
}) {
  const { flow = 'travel', uncertain = false } = feature.properties;
  const positions = useMemo(() => lines.map((line) => line.map(toLatLng)), [lines]);
  const style = useMemo(() => flowStyle({ flow, uncertain }), [flow, uncertain]);
  return (
    <>
      <FeaturePath
        id={feature.id}
        properties={feature.properties}
        shape="line"
        positions={positions}
        style={style}
        selected={selected}
        related={related}
        onActivate={onActivate}
        elements={elements}
        arrowColor={FLOW_STYLES[flow].color}
        onPick={onPick}
      />
    </>
  );
});

/**
 * Every flow shown (`drawn`: their lines, `drawnLines`), and the choice offered where a click hits several of them. A story of thousands
 * draws its flows beyond FLOW_BUDGET on a canvas (DrawnFlows.tsx): the places list reaches them all.
 */
export function FlowLines({ features, drawn, selectedId, relatedIds, onActivate, elements, limit = features.length }: FeatureLayerProps & { drawn: Map<string, Position[][]> }) {
  const shown = useMemo(() => {
    const ids = new Set(features.slice(0, limit).map((f) => f.id));
    return new Map([...drawn].filter(([id]) => ids.has(id)));
  }, [drawn, features, limit]);
  const { choice, pick, close } = useLinePick(shown, onActivate);
  const choose = useCallback((id: string) => {
    close();
    onActivate(id);
  }, [close, onActivate]);
  const names = useMemo(() => new Map(features.map((f) => [f.id, f.properties.name])), [features]);
  const share = useMemo(() => shareFlows(features.slice(0, limit), selectedId, relatedIds), [features, limit, selectedId, relatedIds]);
  useListTabOrder(features, share.buttons, 'overlayPane');
  return (
    <>
      {share.drawn.length > 0 && <DrawnFlows features={share.drawn} lines={drawn} onPick={pick} />}
      {share.buttons.map((feature) => (
        <FlowLine key={feature.id} feature={feature} lines={drawn.get(feature.id) ?? []} selected={feature.id === selectedId} related={relatedIds.includes(feature.id)} onActivate={onActivate} onPick={pick} elements={elements} />
      ))}
      {choice && <LineChoiceMenu at={choice.at} options={choice.ids.map((id) => ({ id, name: names.get(id) ?? id }))} onChoose={choose} onClose={close} />}
    </>
  );
}
