/** The units of the embedded basemap's paths (see basemap-paths.ts), shared by the build and the browser. */

/** Path units per pixel of the world at zoom 0 (256 pixels wide): 1/1,000 px, about 160 m at the equator, finer than the data's own grid (about 400 m). */
export const UNITS_PER_PIXEL = 1000;
/** The world at zoom 0, in path units: 256 pixels. */
export const WORLD_UNITS = 256 * UNITS_PER_PIXEL;
