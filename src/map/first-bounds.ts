/**
 * The region of the map's first view, as `[[south, west], [north, east]]`: from Manchester to Tehran
 * and from Libya to Moscow. The first view frames the story's places inside it; those beyond (America,
 * Asia, Australia) are listed at its edge, and come after those inside in the map's Tab order.
 */
export const FIRST_BOUNDS: [[number, number], [number, number]] = [
  [30, -3.5],
  [56.5, 52.5],
];

/** Whether a `[longitude, latitude]` position lies inside the first view's region. */
export function inFirstBounds([lng = 0, lat = 0]: readonly number[]): boolean {
  const [[south, west], [north, east]] = FIRST_BOUNDS;
  return lat >= south && lat <= north && lng >= west && lng <= east;
}
