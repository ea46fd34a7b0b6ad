/**
 * Where the places of a group are drawn when the camera can go no closer (camera-limits.ts) and they
 * still overlap: fanned out on a circle round their centre, each on a short line from its true place,
 * as Leaflet.markercluster's "spiderfy" does. So every place keeps a button of its own and a name,
 * and the line says where it truly is. Pure: offsets in pixels.
 */

/** The most places fanned out; a larger group stays a group. */
export const SPIDER_MOST = 8;

/** Pixels between neighbouring symbols on the circle, beyond their size. */
const SPIDER_GAP = 10;

/** The offsets from the group's centre, in pixels, of `count` symbols of `size` pixels: a circle, the first at the upper right. */
export function spiderOffsets(count: number, size: number): { dx: number; dy: number }[] {
  if (count <= 1) return [{ dx: 0, dy: 0 }].slice(0, count);
  // A circle whose arc between two neighbours holds a symbol and the gap, and which clears the centre.
  const radius = Math.max(size, ((size + SPIDER_GAP) * count) / (2 * Math.PI));
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 4 + (2 * Math.PI * i) / count;
    return { dx: Math.round(radius * Math.cos(angle) * 10) / 10, dy: Math.round(radius * Math.sin(angle) * 10) / 10 };
  });
}
