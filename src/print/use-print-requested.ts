/** Tells the handouts when printing has been asked for, so that the printed maps are made only then. */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page has been asked to print (or is shown as print media): the printed map is drawn and
 * laid out only then, never on the way to the first paint. Stays true once set. On `beforeprint` the
 * map is drawn at once (flushSync), before the browser lays the pages out.
 */
export function usePrintRequested(): boolean {
  const [requested, setRequested] = useState(false);
  useEffect(function listenForPrinting() {
    if (requested) return undefined;
    const media = window.matchMedia('print');
    const onBeforePrint = () => flushSync(() => setRequested(true));
    const onMediaChange = () => media.matches && setRequested(true);
    if (media.matches) setRequested(true);
    window.addEventListener('beforeprint', onBeforePrint);
    media.addEventListener('change', onMediaChange);
    return function stopListening() {
      window.removeEventListener('beforeprint', onBeforePrint);
      media.removeEventListener('change', onMediaChange);
    };
  }, [requested]);
  return requested;
}
