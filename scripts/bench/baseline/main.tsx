/**
 * The benchmark's baseline: a bare React + react-leaflet page, the least an app of this stack can be.
 * One map with one marker that opens a popup; no data, no basemap, no story. Built and measured by
 * scripts/bench/bench.ts in the same run as the app, so every figure can be read as a ratio.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import L from 'leaflet';
import { MapContainer, Marker, Popup } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';

const icon = L.divIcon({ className: 'baseline-marker', html: '<span>●</span>', iconSize: [24, 24] });

function Baseline() {
  return (
    <main style={{ height: '100vh' }}>
      <h1 style={{ position: 'absolute', zIndex: 1000, margin: 8, font: '16px sans-serif' }}>Baseline map</h1>
      <MapContainer center={[48.8631, 2.3708]} zoom={4} style={{ height: '100%' }}>
        <Marker position={[48.8631, 2.3708]} icon={icon} title="Bataclan theatre, Paris" keyboard>
          <Popup>
            <blockquote className="baseline-passage">In November 2015 the group’s militants simultaneously attacked the Bataclan Theater in Paris.</blockquote>
          </Popup>
        </Marker>
      </MapContainer>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <Baseline />
  </StrictMode>,
);
