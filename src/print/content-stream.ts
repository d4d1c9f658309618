/**
 * Content-stream operators written directly, where pdf-lib's drawing calls would be slow or
 * build objects a long document keeps alive: numbers as content streams write them, joining a
 * page's operators into one, colours from hex, rounded rectangles and filled paths.
 */
import {
  appendBezierCurve,
  closePath,
  fill,
  fillAndStroke,
  lineTo,
  moveTo,
  numberToString,
  PDFName,
  PDFOperator,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  rotateRadians,
  scale,
  setDashPattern,
  setFillingColor,
  setLineWidth,
  setStrokingColor,
  translate,
  type PDFOperatorNames,
  type RGB,
} from 'pdf-lib';

/** A number as content streams write it: at most three decimals, no trailing zeros. */
export function fmt(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
}

const MEDIA_BOX = PDFName.of('MediaBox');
/** Each page's height with the media box it was read from (setTrim gives a page a new one). */
const heights = new WeakMap<PDFPage, { box: unknown; height: number }>();

/**
 * `page.getHeight()`, kept per page: every line drawn asks, and pdf-lib reads the inherited
 * MediaBox and makes a rectangle each time (a tenth of the drawing time of a handbook's lines).
 */
export function pageHeight(page: PDFPage): number {
  const box = page.node.get(MEDIA_BOX);
  const known = heights.get(page);
  if (known !== undefined && box !== undefined && known.box === box) return known.height;
  const height = page.getHeight();
  heights.set(page, { box, height });
  return height;
}

interface OperatorList {
  operators: PDFOperator[];
}
/** How many operators at the head of each content stream are already joined. */
const joinedOperators = new WeakMap<OperatorList, number>();
const JOIN_AT = 128;

/**
 * Replace the operators drawn on a page since the last call by one operator holding their
 * content-stream text: the same bytes at save, but a long document no longer keeps millions of
 * operator and number objects alive until then (the garbage collector's old space was a
 * sixth of a big handbook's time).
 */
export function joinOperators(page: PDFPage, atLeast = JOIN_AT): void {
  // Only after drawing: getContentStream() would give a blank page a content stream.
  const stream = (page as unknown as { getContentStream(): OperatorList }).getContentStream();
  const operators = stream.operators;
  const joined = joinedOperators.get(stream) ?? 0;
  if (operators.length - joined < atLeast) return;
  // Content streams end every operator with a newline; inside the joined text they are separators.
  const text = operators.slice(joined).map(String).join('\n');
  operators.length = joined;
  operators.push(PDFOperator.of(text as PDFOperatorNames));
  joinedOperators.set(stream, operators.length);
}

/**
 * What `page.drawLine({ start, end, thickness, color })` writes (no dash, cap or opacity), the
 * same bytes as one operator: pdf-lib builds a dozen operator and number objects per line, and
 * tables and rules draw thousands.
 */
export function strokeLine(
  page: PDFPage,
  start: { x: number; y: number },
  end: { x: number; y: number },
  thickness: number,
  colour: RGB,
): void {
  const n = numberToString;
  const from = `${n(start.x)} ${n(start.y)} m`;
  page.pushOperators(
    PDFOperator.of(
      `q\n${n(colour.red)} ${n(colour.green)} ${n(colour.blue)} RG\n${n(thickness)} w\n[] 0 d\n${from}\n${from}\n${n(end.x)} ${n(end.y)} l\nS\nQ` as PDFOperatorNames,
    ),
  );
}

/** What `page.drawRectangle({ x, y, width, height, color })` writes (filled, no border), as one operator (see strokeLine). */
export function fillRectangle(page: PDFPage, x: number, y: number, width: number, height: number, colour: RGB): void {
  const n = numberToString;
  page.pushOperators(
    PDFOperator.of(
      `q\n${n(colour.red)} ${n(colour.green)} ${n(colour.blue)} rg\n0 w\n[] 0 d\n1 0 0 1 ${n(x)} ${n(y)} cm\n1 0 0 1 0 0 cm\n1 0 0 1 0 0 cm\n0 0 m\n0 ${n(height)} l\n${n(width)} ${n(height)} l\n${n(width)} 0 l\nh\nf\nQ` as PDFOperatorNames,
    ),
  );
}

export function hexColour(hex: string): RGB {
  const n = Number.parseInt(hex.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

/**
 * The path of the SVG `M r 0 L w-r 0 C … Z` (y down from the top-left corner) of a rectangle
 * with corners of radius r, as the operators pdf-lib's SVG path parser makes of it.
 */
export function roundedRectangle(width: number, height: number, r: number): PDFOperator[] {
  const k = 0.5523 * r;
  return [
    moveTo(r, 0),
    lineTo(width - r, 0),
    appendBezierCurve(width - r + k, 0, width, r - k, width, r),
    lineTo(width, height - r),
    appendBezierCurve(width, height - r + k, width - r + k, height, width - r, height),
    lineTo(r, height),
    appendBezierCurve(r - k, height, 0, height - r + k, 0, height - r),
    lineTo(0, r),
    appendBezierCurve(0, r - k, r - k, 0, r, 0),
    closePath(),
  ];
}

/**
 * What `page.drawSvgPath(svg, { x, y, color, borderColor, borderWidth })` writes, for a path
 * given as operators (y down from (x, y)): no SVG string to build and parse for every box.
 */
export function drawPath(
  page: PDFPage,
  x: number,
  y: number,
  path: PDFOperator[],
  colour: RGB,
  border?: { colour: RGB; width: number },
): void {
  page.pushOperators(
    pushGraphicsState(),
    translate(x, y),
    rotateRadians(0),
    scale(1, -1),
    setFillingColor(colour),
    ...(border ? [setStrokingColor(border.colour), ...(border.width ? [setLineWidth(border.width)] : [])] : []),
    setDashPattern([], 0),
    ...path,
    border?.width ? fillAndStroke() : fill(),
    popGraphicsState(),
  );
}
