/**
 * The presenter window's picture of the current stop, which the teacher points and draws on; the class's map
 * shows the same.
 */
import { useMemo, useState } from 'react';
import type { InkAction, InkTool } from '../../ui/ink.ts';
import { useInkInput, type InkSurface } from '../../ui/use-ink-input.ts';
import { unitsToLonLat } from './ink-units.ts';
import { StopPreview, type StopPreviewProps } from './StopPreview.tsx';

const BADGE: Record<InkTool, string> = { pen: 'Pen on · D or Esc stops', arrow: 'Arrow on · A or Esc stops' };

/** A still picture as a surface to draw on: a pointer event's place is read back through the picture's own transform. */
function pictureSurface(svg: SVGSVGElement | null): InkSurface {
  return {
    element: svg,
    lonLatOf(event: PointerEvent) {
      const matrix = svg?.getScreenCTM();
      if (!matrix) return [0, 0];
      const { x, y } = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
      return unitsToLonLat([x, y]);
    },
  };
}

/**
 * The current stop's picture in the presenter window, to point and draw on with the same keys as the
 * class's map (L, D, A, C): what is drawn here is handed to `onDraw`, which mirrors it on the class's map.
 */
export function DrawablePreview({ onDraw, ...preview }: StopPreviewProps & { onDraw: (action: InkAction) => void }) {
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const surface = useMemo(() => pictureSurface(svg), [svg]);
  const { tool, said } = useInkInput(surface, onDraw);
  return (
    <div className="drawable-preview">
      <StopPreview {...preview} surfaceRef={setSvg} />
      {tool && <p className="ink-badge">{BADGE[tool]}</p>}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}
