/**
 * Baseline (a) of the benchmark: the story's places and flows on a bare React + react-leaflet page,
 * each opening its passage in a panel, by click or by Enter. What a competent developer would first
 * write for this app; built and measured by scripts/bench/bench.ts in the same run as the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'leaflet/dist/leaflet.css';
import '../baseline.css';
import { BaselineMap } from './BaselineMap.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <BaselineMap />
  </StrictMode>,
);
