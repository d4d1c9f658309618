/**
 * Pages for a print shop: the trimmed page stays where it was drawn (so nothing else changes), the
 * media box grows around it by the bleed and, with crop marks, by room for the marks; TrimBox
 * and BleedBox say where to cut. Crop marks are hairlines in registration black, starting 3 mm
 * outside the trim (and never inside the bleed) so that they never show on the cut sheet.
 */
import { PDFName, popGraphicsState, pushGraphicsState, setLineWidth, setStrokingCmykColor, lineTo, moveTo, stroke, type PDFPage } from 'pdf-lib';
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

/** Crop marks at the four corners of the trimmed page (drawn after setTrim, or with the trim size known). */
export function drawTrimMarks(page: PDFPage, bleed: number, trim?: { x: number; y: number; width: number; height: number }): void {
  const box = trim ?? trimBox(page);
  const offset = Math.max(bleed, MARK_OFFSET);
  const ops = [pushGraphicsState(), setLineWidth(0.25), setStrokingCmykColor(1, 1, 1, 1)];
  const xs = [box.x, box.x + box.width];
  const ys = [box.y, box.y + box.height];
  for (const x of xs) {
    for (const y of ys) {
      const sx = x === box.x ? -1 : 1;
      const sy = y === box.y ? -1 : 1;
      ops.push(moveTo(x + sx * offset, y), lineTo(x + sx * (offset + MARK_LENGTH), y), stroke());
      ops.push(moveTo(x, y + sy * offset), lineTo(x, y + sy * (offset + MARK_LENGTH)), stroke());
    }
  }
  ops.push(popGraphicsState());
  page.pushOperators(...ops);
}

function trimBox(page: PDFPage): { x: number; y: number; width: number; height: number } {
  const t = page.getTrimBox();
  return { x: t.x, y: t.y, width: t.width, height: t.height };
}
