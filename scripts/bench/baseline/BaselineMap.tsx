/** The map of every feature, fitted around them all, and the passage of the one opened. */
import { latLngBounds } from 'leaflet';
import { useCallback, useState } from 'react';
import { MapContainer } from 'react-leaflet';
import features, { type BenchFeature } from 'virtual:bench-story';
import { cornersOf, shapeOf } from '../story-geometry.ts';
import { FeatureShape } from './FeatureShape.tsx';
import { PassagePanel } from './PassagePanel.tsx';

const SHAPED = features.flatMap((feature) => {
  const shape = shapeOf(feature.geometry);
  return shape ? [{ feature, shape }] : [];
});
const BOUNDS = latLngBounds(cornersOf(SHAPED.map(({ shape }) => shape))).pad(0.05);

export function BaselineMap() {
  const [open, setOpen] = useState<BenchFeature | null>(null);
  const close = useCallback(function closePassage() {
    setOpen(null);
  }, []);
  return (
    <main>
      <h1>The story’s places</h1>
      <MapContainer bounds={BOUNDS} className="baseline-map">
        {SHAPED.map(({ feature, shape }) => (
          <FeatureShape key={feature.id} feature={feature} shape={shape} onOpen={setOpen} />
        ))}
      </MapContainer>
      {open && <PassagePanel feature={open} onClose={close} />}
    </main>
  );
}
