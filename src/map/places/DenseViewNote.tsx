/** The map's note on places drawn without buttons, and the words it says. */
import { useEffect, useState } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';

/** What the note says when `count` places of the view are drawn without buttons. */
export function denseViewText(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'place' : 'places'} here ${count === 1 ? 'is' : 'are'} drawn without a button: zoom in to reach ${count === 1 ? 'it' : 'them'} with Tab, or find ${count === 1 ? 'it' : 'them'} in the Places list.`;
}

/**
 * A note in the map's corner while a dense view draws places without buttons (symbol-budget.ts): a
 * keyboard or screen reader user learns that the Tab order holds only some of what is drawn, and how
 * to reach the rest. Written as text, on the map, and not live: it changes with every move.
 */
export function DenseViewNote({ count }: { count: number }) {
  const map = useMap();
  const [note] = useState(() => {
    const element = document.createElement('p');
    element.className = 'dense-view-note';
    return element;
  });
  useEffect(
    function addNote() {
      const control = new L.Control({ position: 'bottomleft' });
      control.onAdd = () => note;
      control.addTo(map);
      return function removeNote() {
        control.remove();
      };
    },
    [map, note],
  );
  useEffect(
    function sayHowMany() {
      note.textContent = denseViewText(count);
    },
    [note, count],
  );
  return null;
}
