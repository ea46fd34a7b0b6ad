/** A check of a framing, for the tests of the framing and the camera: which places a camera leaves outside a rectangle. */
import { containerPoint, type Camera, type FramePlace, type FramingView } from './framing.ts';
import type { Rect } from './uncovered-areas.ts';

/** The points (as "id x" or "id y", the axis they miss on) of `places` outside `rect` under `camera`, to half a pixel. */
export function outsideOf(view: FramingView, camera: Camera, places: readonly FramePlace[], rect: Rect): string[] {
  return places.flatMap(({ id, points }) =>
    points.flatMap((point) => {
      const { x, y } = containerPoint(view, camera, point);
      return [
        ...(x < rect.left - 0.5 || x > rect.right + 0.5 ? [`${id} x ${x.toFixed(1)}`] : []),
        ...(y < rect.top - 0.5 || y > rect.bottom + 0.5 ? [`${id} y ${y.toFixed(1)}`] : []),
      ];
    }),
  );
}
