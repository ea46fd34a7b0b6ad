/** Turns the areas, and the place symbols worked out for this zoom, into buttons on the map. */
import { useMemo } from 'react';
import type { FeatureLayerProps } from '../feature-layer.ts';
import { toLatLng } from '../coords.ts';
import { FeaturePath } from '../flows/FeaturePath.tsx';
import { PlaceGroupMarker } from './PlaceGroupMarker.tsx';
import { PlaceMarker } from './PlaceMarker.tsx';
import type { DrawnSymbol } from './use-place-symbols.ts';

/**
 * Every place of the story: polygons, and the point places as symbols at their true positions, or as
 * groups where they would overlap at this zoom (see use-place-symbols.ts). Nothing is ever drawn away
 * from its place.
 */
export function PlaceMarkers({ features, symbols, selectedId, relatedIds, onActivate, elements, reducedMotion, limit = features.length }: FeatureLayerProps & {
  symbols: readonly DrawnSymbol[];
  reducedMotion: boolean;
}) {
  const drawn = useMemo(() => new Set(features.slice(0, limit).map((feature) => feature.id)), [features, limit]);
  const polygons = useMemo(
    () =>
      features.flatMap((feature) =>
        feature.geometry.type === 'Polygon' ? [{ feature, positions: feature.geometry.coordinates.map((ring) => ring.map(toLatLng)) }] : [],
      ),
    [features],
  );

  return (
    <>
      {polygons.filter(({ feature }) => drawn.has(feature.id)).map(({ feature, positions }) => (
        <FeaturePath
          key={feature.id}
          id={feature.id}
          properties={feature.properties}
          shape="polygon"
          positions={positions}
          style={{ color: '#1a1a1a', weight: 2, fillOpacity: 0.2 }}
          selected={feature.id === selectedId}
          related={relatedIds.includes(feature.id)}
          onActivate={onActivate}
          elements={elements}
        />
      ))}
      {symbols.map((symbol) => {
        const [first] = symbol.features;
        if (!first || !symbol.features.every((f) => drawn.has(f.id))) return null;
        if (symbol.features.length > 1) {
          return (
            <PlaceGroupMarker
              key={symbol.key}
              symbol={symbol}
              selected={symbol.features.some((f) => f.id === selectedId)}
              related={symbol.features.some((f) => relatedIds.includes(f.id))}
              reducedMotion={reducedMotion}
              elements={elements}
            />
          );
        }
        const layer = first.properties.layer;
        if (layer === 'flows') return null;
        return (
          <PlaceMarker
            key={symbol.key}
            id={first.id}
            properties={first.properties}
            layer={layer}
            size={symbol.size}
            related={relatedIds.includes(first.id)}
            position={symbol.position}
            selected={first.id === selectedId}
            onActivate={onActivate}
            elements={elements}
          />
        );
      })}
    </>
  );
}
