/**
 * Arrowheads at the ends of flow lines, as SVG markers (`marker-end`) of the line itself: drawn by the
 * browser with the line, turned along it, with no element of their own. As separate images, each one
 * was an element to lay out and a transform to composite (with 500 flows, 150 ms pan frames), or an
 * SVG document to build per angle.
 */
import type L from 'leaflet';

const SVG = 'http://www.w3.org/2000/svg';

/** The id of the marker of a flow colour (`#8c1c13` -> `arrowhead-8c1c13`). */
function markerId(color: string): string {
  return `arrowhead-${color.replace(/[^0-9a-z]/gi, '')}`;
}

/**
 * The marker `id` inside `svg`, made on first use from the marker's attributes and its head's (a
 * polygon): flows' heads and ink arrows' heads differ only in those.
 */
export function ensureSvgMarker(svg: SVGSVGElement, id: string, attributes: Record<string, string>, head: Record<string, string>): string {
  if (svg.querySelector(`#${id}`)) return id;
  const defs = svg.querySelector(':scope > defs') ?? svg.insertBefore(document.createElementNS(SVG, 'defs'), svg.firstChild);
  const marker = document.createElementNS(SVG, 'marker');
  for (const [name, value] of Object.entries({ ...attributes, id })) marker.setAttribute(name, value);
  const polygon = document.createElementNS(SVG, 'polygon');
  for (const [name, value] of Object.entries(head)) polygon.setAttribute(name, value);
  marker.append(polygon);
  defs.append(marker);
  return id;
}

/**
 * The marker of `color` inside `svg`, made on first use: a head 20 px long in the line's colour with a
 * white edge, its tip 6 px short of the line's end, the same size whatever the line's width.
 */
function ensureMarker(svg: SVGSVGElement, color: string): string {
  return ensureSvgMarker(
    svg,
    markerId(color),
    { viewBox: '-30 -30 60 60', markerWidth: '60', markerHeight: '60', refX: '0', refY: '0', orient: 'auto', markerUnits: 'userSpaceOnUse' },
    { points: '-26,-8 -6,0 -26,8 -21,0', fill: color, stroke: '#ffffff', 'stroke-width': '1.5', 'stroke-linejoin': 'round' },
  );
}

/** Gives a line drawn by Leaflet's SVG renderer an arrowhead of `color` at its end. */
export function addArrowhead(line: L.Path, color: string): void {
  const path = line.getElement();
  if (!(path instanceof SVGPathElement) || !path.ownerSVGElement) return;
  path.setAttribute('marker-end', `url(#${ensureMarker(path.ownerSVGElement, color)})`);
}
