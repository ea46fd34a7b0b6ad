/**
 * How close the camera goes. The embedded basemap is drawn for a country or a region, not a street:
 * past zoom 10 a site would stand on a plain beige area with no city named around it. So no camera
 * move (a selection, a sentence, a group, a tour stop) frames closer than this; the reader may still
 * zoom in further by hand.
 */
export const CAMERA_MAX_ZOOM = 10;

/** Below this zoom a site (a theatre, a station) is named by its city: it cannot be told from it. */
export const CITY_NAMES_BELOW_ZOOM = 8;
