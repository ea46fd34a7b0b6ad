/**
 * How one label is drawn on the label canvas (label-canvas.ts): its text over a halo, its dot, the
 * line of a called-out name, and the spoke of a fanned-out place from its true position.
 */
import { labelFont, labelText, type LabelStyle } from '../../labels/label-style.ts';
import type { Box } from '../../labels/label-box.ts';
import type { Leader } from '../../labels/callout.ts';

/** One label to draw: its text box, its style and size, and the anchor of its dot if it has one. */
export interface LabelToDraw {
  text: string;
  box: Box;
  style: LabelStyle;
  size: number;
  dot: { x: number; y: number } | null;
  /** The tier it was placed in, written out for tests. */
  tier: string;
  /** A called-out label's line from its symbol. */
  leader?: Leader | undefined;
  /**
   * How the lines of a label of several lines line up: towards its symbol (left-aligned to its right,
   * right-aligned to its left, centred above or below it). Left if unset.
   */
  align?: CanvasTextAlign | undefined;
  /** A story name a flow runs through: set on a plate of its halo's colour, which hides the flow. */
  plate?: boolean | undefined;
  /** A story name: the ids of the places its symbol stands for, written out for tests. */
  ids?: readonly string[] | undefined;
}

/** The font and spacing last set on the canvas: it parses a font at each setting, even the same one. */
export interface Pen {
  font: string;
  spacing: string;
}

/** A callout's line: dark on a white casing, so that it reads on land and sea alike. */
export function drawLeader(ctx: CanvasRenderingContext2D, { x0, y0, x1, y1 }: Leader): void {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.lineCap = 'round';
  ctx.lineWidth = 3.5;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = '#1a1a1a';
  ctx.stroke();
}

/** A fanned-out place's line from its true position, marked by a dot there. */
export function drawSpoke(ctx: CanvasRenderingContext2D, spoke: Leader): void {
  drawLeader(ctx, spoke);
  ctx.beginPath();
  ctx.arc(spoke.x0, spoke.y0, 3.5, 0, 2 * Math.PI);
  ctx.fillStyle = '#1a1a1a';
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
}

/** The opacity of a plate: the flow under it all but hidden, the map still faintly there. */
const PLATE_OPACITY = 0.85;

export function drawLabel(ctx: CanvasRenderingContext2D, pen: Pen, { text, box, style, size, dot, align = 'left', plate = false }: LabelToDraw): void {
  if (plate) {
    ctx.beginPath();
    ctx.roundRect(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0, 3);
    ctx.globalAlpha = PLATE_OPACITY;
    ctx.fillStyle = style.halo;
    ctx.fill();
    ctx.globalAlpha = 1;
  }
  if (dot && style.dot > 0) {
    ctx.beginPath();
    ctx.arc(dot.x, dot.y, style.dot, 0, 2 * Math.PI);
    ctx.fillStyle = style.colour;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = style.halo;
    ctx.stroke();
  }
  const [font, spacing] = [labelFont(style, size), `${style.letterSpacing}px`];
  if (pen.font !== font) ctx.font = pen.font = font;
  if (pen.spacing !== spacing) ctx.letterSpacing = pen.spacing = spacing;
  // A label of several lines (a group naming the tour stop's places) is set line under line.
  const lines = labelText(style, text).split('\n');
  const line = (box.y1 - box.y0 - 2 * style.haloWidth) / lines.length;
  const x = align === 'center' ? (box.x0 + box.x1) / 2 : align === 'right' ? box.x1 - style.haloWidth : box.x0 + style.haloWidth;
  ctx.textAlign = align;
  lines.forEach((shown, i) => {
    const y = box.y0 + style.haloWidth + line * (i + 0.5);
    if (style.haloWidth > 0) {
      ctx.lineWidth = style.haloWidth * 2;
      ctx.strokeStyle = style.halo;
      ctx.strokeText(shown, x, y);
    }
    ctx.fillStyle = style.colour;
    ctx.fillText(shown, x, y);
  });
}
