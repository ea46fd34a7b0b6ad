import { memo, useMemo } from 'react';
import L from 'leaflet';
import { Marker } from 'react-leaflet';
import type { FlowKind, Position, StoryFeature } from '../story/schema.ts';
import { FLOW_STYLES, UNCERTAIN_FLOW } from '../ui/symbols.ts';
import { arcPositions } from './arcs.ts';
import { toLatLng } from './coords.ts';
import type { FeatureElements } from './feature-element.ts';
import type { FeatureLayerProps } from './feature-layer.ts';
import { FeaturePath } from './FeaturePath.tsx';
import { PLACE_FLAT_ON_ADD } from './flat-position.ts';

/**
 * How much each kind of flow bends (see `arcPositions`): returns bend right, over Turkey and the
 * Balkans, and journeys left, so that flows between the same regions do not lie on top of each other.
 */
export const FLOW_BENDS: Record<FlowKind, number> = { travel: 0.16, funding: -0.2, recruitment: 0.16, return: -0.1 };

/** How much more each further flow of the same kind bends, so that parallel flows fan out. */
const FAN_OUT = 0.35;

/**
 * The lines of a flow as drawn: a two-point line becomes an arc, a longer one is drawn as given.
 * `rank` is the flow's place among flows of its kind: each further one bends more.
 */
export function drawnLines(feature: StoryFeature, rank = 0): Position[][] {
  const bend = FLOW_BENDS[feature.properties.flow ?? 'travel'] * (1 + FAN_OUT * rank);
  const { geometry } = feature;
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.type === 'MultiLineString' ? geometry.coordinates : [];
  return lines.map((line) => {
    const [from, to] = line;
    return line.length === 2 && from && to ? arcPositions(from, to, { bend }) : line;
  });
}

/** The printed number of a flow, beside the end of its first line (shown only when printing). */
function numberIcon(number: number): L.DivIcon {
  const label = document.createElement('div');
  label.dataset.number = String(number);
  return L.divIcon({ html: label, className: 'arrowhead-anchor', iconSize: [0, 0] });
}

/**
 * One flow: its curved line(s), each with an arrowhead at the destination (see arrowheads.ts).
 * Memoised: the map's first drawing adds flows a few at a time, and those drawn stay as they are.
 */
const FlowLine = memo(function FlowLine({ feature, rank, selected, related, number, onActivate, elements }: {
  feature: StoryFeature;
  rank: number;
  selected: boolean;
  related: boolean;
  number: number | undefined;
  onActivate: (id: string) => void;
  elements: FeatureElements;
}) {
  const { flow = 'travel', uncertain = false } = feature.properties;
  const lines = useMemo(() => drawnLines(feature, rank), [feature, rank]);
  const positions = useMemo(() => lines.map((line) => line.map(toLatLng)), [lines]);
  const style = useMemo<L.PathOptions>(() => {
    const base = FLOW_STYLES[flow];
    return uncertain
      ? { color: base.color, weight: base.weight - 0.5, dashArray: UNCERTAIN_FLOW.dashArray, opacity: UNCERTAIN_FLOW.opacity, lineCap: 'round' }
      : { color: base.color, weight: base.weight, dashArray: base.dashArray, opacity: 0.95, lineCap: 'round' };
  }, [flow, uncertain]);
  const numberLabel = useMemo(() => {
    const end = lines[0]?.[lines[0].length - 1];
    return number !== undefined && end ? { at: toLatLng(end), icon: numberIcon(number) } : null;
  }, [lines, number]);
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
      />
      {numberLabel && (
        // In the shadow pane, under the place symbols: a number never covers a place.
        <Marker position={numberLabel.at} icon={numberLabel.icon} interactive={false} keyboard={false} pane="shadowPane" eventHandlers={PLACE_FLAT_ON_ADD} />
      )}
    </>
  );
});

/** Every flow of the story. */
export function FlowLines({ features, selectedId, relatedIds, numbers, onActivate, elements, limit = features.length }: FeatureLayerProps) {
  const ranks = useMemo(() => {
    const seen = new Map<string, number>();
    return features.map((feature) => {
      const kind = feature.properties.flow ?? 'travel';
      const rank = seen.get(kind) ?? 0;
      seen.set(kind, rank + 1);
      return rank;
    });
  }, [features]);
  return features.slice(0, limit).map((feature, i) => (
    <FlowLine key={feature.id} feature={feature} rank={ranks[i] ?? 0} selected={feature.id === selectedId} related={relatedIds.includes(feature.id)} number={numbers.get(feature.id)} onActivate={onActivate} elements={elements} />
  ));
}
