/**
 * Baseline (b) of the benchmark's scale run: plain Leaflet, no React, drawing every place as
 * `L.circleMarker` and every flow as `L.polyline` on its canvas renderer (`preferCanvas`); a click
 * opens the passage in a panel. When all layers are added, the frame of the canvas's first drawing
 * marks the map `data-drawn`; `window.benchMap` lets the benchmark find a place in view to click.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import '../baseline.css';
import features, { type BenchFeature } from 'virtual:bench-story';
import { cornersOf, shapeOf, type Shape } from '../story-geometry.ts';

function element<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

const panel = element<HTMLElement>('.passage-panel');
const title = element<HTMLElement>('#passage-title');
const passage = element<HTMLElement>('.passage');

function openPassage(feature: BenchFeature) {
  title.textContent = feature.properties.name;
  passage.replaceChildren(
    ...feature.properties.passage.map((quote) => {
      const block = document.createElement('blockquote');
      block.textContent = quote;
      return block;
    }),
  );
  panel.hidden = false;
}

element<HTMLButtonElement>('.passage-close').addEventListener('click', function closePassage() {
  panel.hidden = true;
  title.textContent = '';
});

const STYLE = { color: '#8b1e1e', weight: 3 };

function layerOf(shape: Shape): L.Path {
  if (shape.kind === 'point') return L.circleMarker(shape.at, { ...STYLE, radius: 7 });
  if (shape.kind === 'line') return L.polyline(shape.lines, STYLE);
  return L.polygon(shape.rings, STYLE);
}

const shaped = features.flatMap((feature) => {
  const shape = shapeOf(feature.geometry);
  return shape ? [{ feature, shape }] : [];
});
const map = L.map('map', { preferCanvas: true }).fitBounds(L.latLngBounds(cornersOf(shaped.map(({ shape }) => shape))).pad(0.05));
for (const { feature, shape } of shaped) {
  layerOf(shape)
    .on('click', () => openPassage(feature))
    .addTo(map);
}
// Leaflet asked for its canvas drawing in the next frame when the first layer was added; this runs after it.
requestAnimationFrame(function markDrawn() {
  map.getContainer().setAttribute('data-drawn', '');
});
Object.assign(window, { benchMap: map });
