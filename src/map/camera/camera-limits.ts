/** How close the camera goes, and below which zoom a site is named by its city. */
import type { Precision } from '../../story/kinds.ts';

/**
 * How close the camera goes. The embedded basemap is drawn for a country or a region, not a street:
 * past zoom 10 a site would stand on a plain beige area with no city named around it. So no camera
 * move (a selection, a sentence, a group, a tour stop) frames closer than this; the reader may still
 * zoom in further by hand.
 */
export const CAMERA_MAX_ZOOM = 10;

/**
 * The closest the camera brings a place it must move for, by how precisely the place is placed: a
 * site is worth a city's view, a city its region's, a country's place (the call with Duterte) the
 * country's. Closer would show an empty beige area round a point that means a whole city.
 */
export const PRECISION_MAX_ZOOM: Readonly<Record<Precision, number>> = { site: CAMERA_MAX_ZOOM, district: CAMERA_MAX_ZOOM, city: 7, region: 6, country: 5 };

/** Below this zoom a site (a theatre, a station) is named by its city: it cannot be told from it. */
export const CITY_NAMES_BELOW_ZOOM = 8;
