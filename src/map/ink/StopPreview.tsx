/**
 * The presenter window's pictures of the current and the next stop's map, drawn in plain SVG without Leaflet.
 */
import { memo, useEffect, useMemo, useState, type Ref } from 'react';
import type { Position } from 'geojson';
import { loadCountries } from 'virtual:countries-50m';
import type { StoryFeature, TourStop } from '../../story/schema.ts';
import type { InkState } from '../../ui/ink.ts';
import { projectToUnits } from '../basemap/path-units.ts';
import { UNITS_PER_PIXEL } from '../basemap/basemap-units.ts';
import { PreviewInk } from './PreviewInk.tsx';

/** The preview's shape, as the audience's map is usually wider than tall: 16 by 10. */
const ASPECT = 16 / 10;
/** The width, in screen pixels, that a centre-and-zoom camera is taken to show. */
const VIEW_PIXELS = 1280;

/** The box a camera shows, in basemap path units: x, y, width, height, widened to the preview's shape. */
export function cameraBox(camera: TourStop['camera']): [number, number, number, number] {
  let [x0, y0, x1, y1]: number[] = [];
  if ('bbox' in camera) {
    const [west = 0, south = 0, east = 0, north = 0] = camera.bbox;
    [x0, y0] = projectToUnits([west, north]);
    [x1, y1] = projectToUnits([east, south]);
  } else {
    const [cx, cy] = projectToUnits(camera.center);
    const half = (VIEW_PIXELS * UNITS_PER_PIXEL) / 2 ** camera.zoom / 2;
    [x0, y0, x1, y1] = [cx - half, cy - half / ASPECT, cx + half, cy + half / ASPECT];
  }
  const [left = 0, top = 0, right = 0, bottom = 0] = [x0, y0, x1, y1];
  const width = Math.max(right - left, (bottom - top) * ASPECT);
  const height = width / ASPECT;
  return [(left + right - width) / 2, (top + bottom - height) / 2, width, height];
}

function points(line: readonly Position[]): string {
  return line.map((p) => projectToUnits(p).join(',')).join(' ');
}

/** One feature, drawn plainly: a dot for a place, a line for a flow, an outline for an area. */
function PreviewFeature({ feature, radius }: { feature: StoryFeature; radius: number }) {
  const { geometry } = feature;
  switch (geometry.type) {
    case 'Point': {
      const [x, y] = projectToUnits(geometry.coordinates);
      return <circle className="preview-place" cx={x} cy={y} r={radius} vectorEffect="non-scaling-stroke" />;
    }
    case 'LineString':
      return <polyline className="preview-flow" points={points(geometry.coordinates)} vectorEffect="non-scaling-stroke" />;
    case 'MultiLineString':
      return geometry.coordinates.map((line, i) => <polyline key={i} className="preview-flow" points={points(line)} vectorEffect="non-scaling-stroke" />);
    case 'Polygon':
      return <polygon className="preview-place" points={points(geometry.coordinates[0] ?? [])} vectorEffect="non-scaling-stroke" />;
  }
}

/** The embedded basemap's countries, drawn once and reused for every stop. */
const Countries = memo(function Countries({ paths }: { paths: readonly string[] }) {
  return paths.map((d, i) => <path key={i} className="preview-land" d={d} vectorEffect="non-scaling-stroke" />);
});

/** What a preview shows: a stop, its features, and what is drawn on the class's map. */
export interface StopPreviewProps {
  stop: TourStop;
  features: readonly StoryFeature[];
  ink?: InkState | undefined;
  /** The picture's element, for drawing on it (`unitsToLonLat` turns its units back into places). */
  surfaceRef?: Ref<SVGSVGElement> | undefined;
}

/**
 * A still picture of a tour stop's map: the embedded basemap's countries in the stop's camera box,
 * the stop's features on them, and what has been drawn on the live map (`ink`). Hidden from screen
 * readers (the stop's title, and what is drawn, are said in words beside it).
 */
export function StopPreview({ stop, features, ink, surfaceRef }: StopPreviewProps) {
  const [countries, setCountries] = useState<string[]>([]);
  useEffect(function loadTheBasemap() {
    let cancelled = false;
    loadCountries().then(
      (paths) => cancelled || setCountries(paths),
      () => undefined, // Without the basemap, the places still show on the sea.
    );
    return function cancel() {
      cancelled = true;
    };
  }, []);
  const box = cameraBox(stop.camera);
  const shown = useMemo(() => features.filter((f) => stop.features.includes(f.id)), [features, stop.features]);
  return (
    <svg ref={surfaceRef} className="stop-preview" viewBox={box.join(' ')} preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
      <Countries paths={countries} />
      {shown.map((feature) => (
        <PreviewFeature key={feature.id} feature={feature} radius={box[2] / 60} />
      ))}
      {ink && <PreviewInk ink={ink} size={box[2]} />}
    </svg>
  );
}
