/**
 * Changes Leaflet's tooltip events so that a click on a feature leaves its open tooltip as it is, rather than
 * closing and opening it again.
 */
import type { LeafletEvent, LeafletMouseEvent, Layer, Tooltip } from 'leaflet';
import { tooltipOpener, tooltipSource } from '../leaflet/privates.ts';

/** A layer that has a tooltip of its own, and an element (a marker's, a path's). */
interface TooltipSource extends Layer {
  getElement?: () => Element | undefined;
}

/**
 * Leaflet closes every open tooltip on any click on the map (its `preclick`), then opens the clicked
 * feature's own again (its `click`): a removal, an insertion and a forced layout, all inside the
 * click that opens a passage. With this, a click or hover on the tooltip's own feature leaves an open
 * tooltip as it is, and opens a closed one as before; a click anywhere else still closes it. Call
 * it once the tooltip is bound and before it first opens. Returns the undoing.
 */
export function keepTooltipOnOwnClick(tooltip: Tooltip): () => void {
  const source = tooltipSource<TooltipSource>(tooltip);
  const leafletEvents = tooltip.getEvents;
  if (!source || !leafletEvents || tooltip.isOpen()) return () => undefined;
  const leafletOpen = tooltipOpener(source);

  function closeUnlessOwn(event: LeafletEvent) {
    const target = (event as LeafletMouseEvent).originalEvent?.target;
    const element = source?.getElement?.();
    if (element && target instanceof Node && element.contains(target)) return;
    tooltip.close();
  }
  function openIfClosed(event: LeafletEvent) {
    if (!tooltip.isOpen() && source) leafletOpen.call(source, event as LeafletMouseEvent);
  }

  tooltip.getEvents = function eventsKeepingOwnClick() {
    return { ...leafletEvents.call(tooltip), preclick: closeUnlessOwn };
  };
  // Leaflet opens the tooltip on both; on one already open (from keyboard focus, say) it would place
  // it again, reading its size: a forced layout for nothing.
  source.off('mouseover click', leafletOpen, source);
  source.on('mouseover click', openIfClosed);
  return function restoreLeafletClicks() {
    source.off('mouseover click', openIfClosed);
    source.on('mouseover click', leafletOpen, source);
    if (tooltip.isOpen()) tooltip.close();
    delete (tooltip as Partial<Tooltip>).getEvents;
  };
}
