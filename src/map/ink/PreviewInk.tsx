/** The ink's counterpart to InkMarks for the presenter window's SVG pictures, rather than the Leaflet map. */
import { visibleMarks, type InkState } from '../../ui/ink.ts';
import { arrowheadPoints } from './ink-units.ts';
import { projectToUnits } from '../basemap/path-units.ts';

/**
 * What is drawn on the class's map, on a still picture of it (`StopPreview`): strokes, arrows with
 * their heads, and pointers, in the picture's path units; `size` is the picture's width in them.
 */
export function PreviewInk({ ink, size }: { ink: InkState; size: number }) {
  return (
    <>
      {visibleMarks(ink).map(({ tool, points }, i) => {
        const units = points.map(projectToUnits);
        const line = <polyline className="preview-ink" points={units.map((p) => p.join(',')).join(' ')} vectorEffect="non-scaling-stroke" />;
        if (tool === 'pen') return <g key={i}>{line}</g>;
        const [tail, head] = units;
        const tip = tail && head ? arrowheadPoints(tail, head, size / 16) : [];
        return (
          <g key={i} className="preview-arrow">
            {line}
            <polygon className="preview-arrowhead" points={tip.map((p) => p.join(',')).join(' ')} vectorEffect="non-scaling-stroke" />
          </g>
        );
      })}
      {Object.entries(ink.pointers).map(([hand, at]) => {
        const [x, y] = projectToUnits(at);
        return <circle key={hand} className="preview-pointer" cx={x} cy={y} r={size / 40} vectorEffect="non-scaling-stroke" />;
      })}
    </>
  );
}
