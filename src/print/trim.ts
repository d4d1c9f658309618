/**
 * Pages for a print shop: the trimmed page stays where it was drawn (so nothing else changes), the
 * media box grows around it by the bleed and, with crop marks, by room for the marks; TrimBox
 * and BleedBox say where to cut. Crop marks are hairlines in registration black, starting 3 mm
 * outside the trim (and never inside the bleed) so that they never show on the cut sheet.
 */
import {
  PDFName,
  popGraphicsState,
  pushGraphicsState,
  setLineWidth,
  setStrokingCmykColor,
  lineTo,
  moveTo,
  stroke,
  type PDFPage,
} from 'pdf-lib';
import { mm } from './templates.ts';

const MARK_LENGTH = mm(5);
const MARK_OFFSET = mm(3);

/** Room outside the trim for the bleed and, with marks, the marks themselves. */
export function slug(bleed: number, marks: boolean): number {
  return marks ? Math.max(bleed, MARK_OFFSET) + MARK_LENGTH + mm(2) : bleed;
}

/** Call once the page is drawn: boxes in PDF units, the trimmed page at (0, 0). */
export function setTrim(page: PDFPage, bleed: number, marks: boolean): void {
  if (bleed <= 0 && !marks) return;
  const { width, height } = page.getSize();
  const out = slug(bleed, marks);
  page.setMediaBox(-out, -out, width + 2 * out, height + 2 * out);
  page.node.set(PDFName.of('TrimBox'), page.doc.context.obj([0, 0, width, height]));
  page.node.set(PDFName.of('BleedBox'), page.doc.context.obj([-bleed, -bleed, width + bleed, height + bleed]));
}

/**
 * Crop marks at the corners of a trimmed box (the page's after setTrim): each extends one of the
 * box's edges outwards. `outside` says on which sides there is room for them (all by default);
 * a box among others on a sheet gets marks only towards the sheet's margins.
 */
export function drawTrimMarks(
  page: PDFPage,
  bleed: number,
  trim?: { x: number; y: number; width: number; height: number },
  outside: { left: boolean; right: boolean; top: boolean; bottom: boolean } = {
    left: true,
    right: true,
    top: true,
    bottom: true,
  },
): void {
  const box = trim ?? trimBox(page);
  const offset = Math.max(bleed, MARK_OFFSET);
  const ops = [pushGraphicsState(), setLineWidth(0.25), setStrokingCmykColor(1, 1, 1, 1)];
  for (const [x, sx, side] of [
    [box.x, -1, outside.left],
    [box.x + box.width, 1, outside.right],
  ] as const) {
    for (const [y, sy, end] of [
      [box.y, -1, outside.bottom],
      [box.y + box.height, 1, outside.top],
    ] as const) {
      // Horizontal: the top or bottom edge carried out sideways; vertical: the side edge carried up or down.
      if (side) ops.push(moveTo(x + sx * offset, y), lineTo(x + sx * (offset + MARK_LENGTH), y), stroke());
      if (end) ops.push(moveTo(x, y + sy * offset), lineTo(x, y + sy * (offset + MARK_LENGTH)), stroke());
    }
  }
  ops.push(popGraphicsState());
  page.pushOperators(...ops);
}

function trimBox(page: PDFPage): { x: number; y: number; width: number; height: number } {
  const t = page.getTrimBox();
  return { x: t.x, y: t.y, width: t.width, height: t.height };
}
