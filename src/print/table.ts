/**
 * Tables, for every composer of the print engine (forms and guides in compose.ts, the handbook,
 * the quiz answer keys, the revision tables): cells of short paragraphs, their heights, column
 * widths from content, and the drawing of rows [from, to) under a header that repeats on every
 * page. The composers break the cells' text (each names its own source for a missing glyph);
 * this file measures and draws.
 */
import type { PDFPage } from 'pdf-lib';
import { breakOpportunities, type Line } from './layout/lines.ts';
import type { Measure, Style } from './measure.ts';
import { strokeLine } from './content-stream.ts';
import type { Typesetter } from './render.ts';

/** One paragraph of a cell; `styleAt` when some characters change style (the changed words of a revision). */
export interface CellParagraph {
  lines: Line[];
  style: Style;
  styleAt?: ((index: number) => Style) | undefined;
}

export interface Cell {
  paras: CellParagraph[];
  align: 'left' | 'center' | 'right';
}

export interface TableRow {
  cells: Cell[];
  /**
   * A section heading across every column, tinted, drawn above this row's cells and kept with
   * them, so a heading never ends a page alone.
   */
  lead?: { cell: Cell; height: number };
}

export interface Table {
  type: 'table';
  widths: number[];
  /** No cells: a table without a header row (a list of labelled values). */
  header: Cell[];
  rows: TableRow[];
  headerHeight: number;
  rowHeights: number[];
  /** Padding inside every cell, in points. */
  pad: number;
  /** Space after each paragraph of a cell, in ems of the paragraph's style. */
  paraGap: number;
  /** Vertical rules between columns (forms to fill in). */
  grid: boolean;
  /**
   * `booklet` (handbook, answer keys, revision tables): the header repeated on a continuation
   * page is marked as a pagination artifact and the top rule is drawn with it. `form` (compose.ts):
   * the header is never marked and the top rule is drawn after the rows. The two orders are
   * kept because the PDFs made with them must stay byte for byte the same.
   */
  kind: 'booklet' | 'form';
}

/** Height of a cell: its paragraphs (at least one line when it has one), the gaps between them and the padding. */
export function cellHeight(measure: Measure, cell: Cell, pad: number, paraGap: number): number {
  const first = cell.paras[0];
  const text = cell.paras.reduce((a, p) => a + p.lines.length * measure.lineHeight(p.style), 0);
  return (
    Math.max(text, first ? measure.lineHeight(first.style) : 0) +
    Math.max(0, cell.paras.length - 1) * (first?.style.size ?? 0) * paraGap +
    pad * 2
  );
}

/** Row heights and the header's: each the tallest of its cells (a lead row adds its own height). */
export function tableHeights(
  measure: Measure,
  header: Cell[],
  rows: TableRow[],
  pad: number,
  paraGap: number,
): { headerHeight: number; rowHeights: number[] } {
  const height = (c: Cell): number => cellHeight(measure, c, pad, paraGap);
  return {
    headerHeight: header.length === 0 ? 0 : Math.max(...header.map(height)),
    rowHeights: rows.map((r) => (r.lead?.height ?? 0) + Math.max(...r.cells.map(height))),
  };
}

/** Widest piece of the text between two break opportunities: narrower than that, a column would break inside a word or number. */
export function longestUnit(text: string, width: (piece: string) => number): number {
  const { allowed } = breakOpportunities(text);
  const cuts = [0, ...[...allowed].sort((a, b) => a - b), text.length];
  let widest = 0;
  for (let i = 0; i + 1 < cuts.length; i++) widest = Math.max(widest, width(text.slice(cuts[i], cuts[i + 1]).trim()));
  return widest;
}

/**
 * Column widths from their content (as browsers lay out auto tables): every column gets at least
 * its minimum, and the rest of the measure goes to the columns in proportion to how much more
 * they want; when everything fits on one line each, the spare width is shared in proportion to
 * the natural widths.
 */
export function columnWidths(columns: { natural: number; min: number }[], total: number): number[] {
  const naturals = columns.map((c) => Math.max(c.natural, c.min));
  const sumNatural = naturals.reduce((a, b) => a + b, 0);
  if (sumNatural <= total) return naturals.map((n) => n + ((total - sumNatural) * n) / sumNatural);
  const mins = columns.map((c) => c.min);
  const sumMin = mins.reduce((a, b) => a + b, 0);
  if (sumMin >= total) return mins.map((m) => (m * total) / sumMin);
  const wants = naturals.map((n, i) => n - mins[i]!);
  const sumWants = wants.reduce((a, b) => a + b, 0);
  return mins.map((m, i) => m + ((total - sumMin) * wants[i]!) / sumWants);
}

function drawCell(
  t: Typesetter,
  page: PDFPage,
  cell: Cell,
  x: number,
  top: number,
  width: number,
  paraGap: number,
): void {
  let y = top;
  for (const p of cell.paras)
    y += t.drawLines(page, p.lines, x, y, width, p.style, cell.align, undefined, p.styleAt) + p.style.size * paraGap;
}

/** Draws rows [from, to) of the table with its top (header included) at `top` from the page top. */
export function drawTable(
  t: Typesetter,
  page: PDFPage,
  c: Table,
  from: number,
  to: number,
  top: number,
  left: number,
  width: number,
  continued: boolean,
): void {
  const rule = t.colour('rule');
  // Where lead rows run across the columns: the grid's column rules stop there.
  const spans: [number, number][] = [];
  const drawRow = (row: TableRow, y: number, height: number, header: boolean): void => {
    if (header) t.box(page, left, y, width, height, t.colour('tint'));
    if (row.lead) {
      t.box(page, left, y, width, row.lead.height, t.colour('tint'));
      drawCell(t, page, row.lead.cell, left + c.pad, y + c.pad, width - c.pad * 2, c.paraGap);
      spans.push([y, y + row.lead.height]);
      t.rule(page, left, y + row.lead.height, width, rule, 0.4);
      y += row.lead.height;
      height -= row.lead.height;
    }
    let x = left;
    row.cells.forEach((cell, i) => {
      drawCell(t, page, cell, x + c.pad, y + c.pad, c.widths[i]! - c.pad * 2, c.paraGap);
      x += c.widths[i]!;
    });
    t.rule(page, left, y + height, width, rule, header ? 0.8 : 0.4);
  };
  if (c.kind === 'booklet') {
    const header = (): void => {
      drawRow({ cells: c.header }, top, c.headerHeight, true);
      t.rule(page, left, top, width, rule, 0.8);
    };
    // The header repeated on a continuation page is a pagination artifact.
    if (continued) t.marked(page, 'Artifact', { type: 'Pagination' }, header);
    else header();
  } else if (c.headerHeight > 0) drawRow({ cells: c.header }, top, c.headerHeight, true);
  let y = top + c.headerHeight;
  for (let r = from; r < to; r++) {
    drawRow(c.rows[r]!, y, c.rowHeights[r]!, false);
    y += c.rowHeights[r]!;
  }
  if (c.kind === 'booklet') return;
  t.rule(page, left, top, width, rule, 0.8);
  if (c.grid) drawGrid(page, c, spans, top, y, left, rule);
}

/** Column rules from `top` to `bottom`, interrupted by the lead rows that run across. */
function drawGrid(
  page: PDFPage,
  c: Table,
  spans: [number, number][],
  top: number,
  bottom: number,
  left: number,
  rule: ReturnType<Typesetter['colour']>,
): void {
  const H = page.getHeight();
  const vertical = (x: number, a: number, b: number): void => {
    if (b - a > 0.1) strokeLine(page, { x, y: H - a }, { x, y: H - b }, 0.4, rule);
  };
  const edges = [left, ...c.widths.map((_, i) => left + c.widths.slice(0, i + 1).reduce((a, w) => a + w, 0))];
  edges.forEach((x, i) => {
    const outer = i === 0 || i === edges.length - 1;
    let from = top;
    for (const [a, b] of outer ? [] : spans) {
      vertical(x, from, a);
      from = b;
    }
    vertical(x, from, bottom);
  });
}
