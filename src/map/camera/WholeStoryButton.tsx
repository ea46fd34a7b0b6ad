/**
 * "Whole story": a button under the zoom buttons (a small house) that brings back the first view (the story's places
 * framed clear of the key), as a map's home button does: after a group opened at street level, or a
 * place far away, the reader has one step back to the whole story instead of many zoom-outs.
 */
import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { FramePlace } from './framing.ts';
import { useCamera } from './use-camera.ts';
import { requestWholeStory } from './FirstView.tsx';
import type { FirstRegion } from '../first-bounds.ts';
import { useLatest } from '../../ui/use-latest.ts';

/** A small house, drawn in SVG: hidden from screen readers, which hear the button's name. */
function houseIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const path = document.createElementNS(ns, 'path');
  for (const [name, value] of [['aria-hidden', 'true'], ['focusable', 'false'], ['width', '16'], ['height', '16'], ['viewBox', '0 0 16 16']]) svg.setAttribute(name ?? '', value ?? '');
  for (const [name, value] of [['d', 'M2 8 8 2.5 14 8M4 7v6.5h3V10h2v3.5h3V7'], ['fill', 'none'], ['stroke', 'currentColor'], ['stroke-width', '1.8'], ['stroke-linejoin', 'round']]) path.setAttribute(name ?? '', value ?? '');
  svg.append(path);
  return svg;
}

export function WholeStoryButton({ region, places, reducedMotion }: { region: FirstRegion; places: readonly FramePlace[]; reducedMotion: boolean }) {
  const map = useMap();
  const camera = useCamera();
  // The button is made once: made again (a tour's start changes `places`), it went over the zoom buttons.
  const latest = useLatest({ camera, region, places, reducedMotion });
  useEffect(
    function addWholeStoryButton() {
      const control = new L.Control({ position: 'bottomright' });
      control.onAdd = () => {
        const bar = L.DomUtil.create('div', 'leaflet-bar whole-story');
        const button = L.DomUtil.create('button', 'whole-story-button', bar);
        button.type = 'button';
        button.title = 'Whole story: back to the first view';
        // A house, as a map's home button draws it; its name is the button's own (the icon is hidden).
        button.setAttribute('aria-label', 'Whole story');
        button.append(houseIcon());
        L.DomEvent.disableClickPropagation(bar);
        L.DomEvent.on(button, 'click', () => {
          const { camera: now, region: bounds, places: story, reducedMotion: still } = latest.current;
          requestWholeStory(now, map, bounds, story, still);
        });
        return bar;
      };
      control.addTo(map);
      return function removeWholeStoryButton() {
        control.remove();
      };
    },
    [map, latest],
  );
  return null;
}
