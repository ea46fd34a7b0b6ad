/** Draws the names that use-print-labels.ts has placed on a printed map, as SVG text. */
import { LABEL_FONT_FAMILY, labelText } from '../labels/label-style.ts';
import type { PrintLabel } from './use-print-labels.ts';

/** The basemap's names on a panel of the printed map, as on the screen map: halo, weight and spacing by kind. */
export function PrintLabels({ labels }: { labels: readonly PrintLabel[] }) {
  return labels.map(({ id, text, box, style }) => (
    <text
      key={id}
      className="print-label"
      x={box.x0 + style.haloWidth}
      y={(box.y0 + box.y1) / 2}
      dominantBaseline="central"
      fontFamily={LABEL_FONT_FAMILY}
      fontSize={style.size}
      fontWeight={style.weight.replace('italic ', '')}
      fontStyle={style.weight.startsWith('italic') ? 'italic' : undefined}
      letterSpacing={style.letterSpacing}
      fill={style.colour}
      stroke={style.halo}
      strokeWidth={style.haloWidth * 2}
      strokeLinejoin="round"
      paintOrder="stroke"
    >
      {labelText(style, text)}
    </text>
  ));
}
