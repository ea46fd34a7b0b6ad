import { useMemo, useState } from 'react';
import type L from 'leaflet';
import { CircleMarker, Polyline, useMap, useMapEvents } from 'react-leaflet';
import type { StoryFeature } from '../story/schema.ts';
import { symbolSize } from '../ui/symbols.ts';
import { toLatLng } from './coords.ts';
import type { FeatureLayerProps } from './feature-layer.ts';
import { FeaturePath } from './FeaturePath.tsx';
import { layoutPlaces, type PlaceToLay } from './place-layout.ts';
import { PlaceMarker } from './PlaceMarker.tsx';

const LEADER_STYLE: L.PathOptions = { color: '#1a1a1a', weight: 1.5, opacity: 0.85, interactive: false };
const ANCHOR_STYLE: L.PathOptions = { color: '#ffffff', weight: 1.5, fillColor: '#1a1a1a', fillOpacity: 1, interactive: false };

/**
 * Every place of the story. Symbols that would hide each other at the current zoom are moved apart,
 * each with a leader line to its true position, so that every place stays visible and clickable.
 */
export function PlaceMarkers({ features, selectedId, relatedIds, numbers, onActivate, elements, limit = features.length }: FeatureLayerProps) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  // Kept the same across renders: handlers taken off and put back in a commit miss a zoom the camera makes at once in it (reduced motion).
  useMapEvents(useMemo(() => ({ zoomend: () => setZoom(map.getZoom()) }), [map]));

  const points = useMemo(
    () =>
      features.flatMap((feature): (PlaceToLay & { feature: StoryFeature })[] =>
        feature.geometry.type === 'Point'
          ? [{ id: feature.id, feature, position: toLatLng(feature.geometry.coordinates), size: symbolSize(feature.properties.layer, feature.properties.deaths?.record) }]
          : [],
      ),
    [features],
  );
  // Laid out all together, so that a place drawn early does not move when the others come.
  const layout = useMemo(() => layoutPlaces(map, points, zoom), [map, points, zoom]);
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
      {points.map(({ id, position }) => {
        const laid = layout.get(id);
        return laid?.moved && drawn.has(id) ? (
          <Polyline key={`leader-${id}`} positions={[position, laid.drawn]} pathOptions={LEADER_STYLE} />
        ) : null;
      })}
      {points.map(({ id, position }) =>
        layout.get(id)?.moved && drawn.has(id) ? <CircleMarker key={`anchor-${id}`} center={position} radius={3.5} pathOptions={ANCHOR_STYLE} /> : null,
      )}
      {points.map(({ id, feature, position, size }) => {
        const layer = feature.properties.layer;
        if (layer === 'flows' || !drawn.has(id)) return null;
        return (
          <PlaceMarker
            key={id}
            id={id}
            properties={feature.properties}
            layer={layer}
            size={size}
            number={numbers.get(id)}
            related={relatedIds.includes(id)}
            position={layout.get(id)?.drawn ?? position}
            selected={id === selectedId}
            onActivate={onActivate}
            elements={elements}
          />
        );
      })}
    </>
  );
}
