/**
 * Forms and guides as flow blocks: paragraphs, headings, tables (with a repeated header,
 * section rows across all columns and, for forms, ruled columns) and lines to fill in. The
 * guide, booklet and score-sheet PDFs compose with it, paginate with layout/flow.ts and draw
 * with drawBlock; the handbook keeps its own composer (it has clause numbering and charts).
 * Tables are measured and drawn by table.ts, as in every other composer.
 */
import type { PDFPage } from 'pdf-lib';
import type { SourceRef } from '../model/types.ts';
import type { FlowBlock } from './layout/flow.ts';
import type { Line } from './layout/lines.ts';
import type { Measure, Style } from './measure.ts';
import type { Typesetter } from './render.ts';
import { cellHeight, drawTable, tableHeights, type Cell, type Table, type TableRow } from './table.ts';

/** Text with where it was written, for a missing-glyph error that names the file and line. */
export interface Src {
  text: string;
  source?: SourceRef | undefined;
  what?: string;
}
const src = (x: string | Src): Src => (typeof x === 'string' ? { text: x } : x);

export type Content =
  | {
      type: 'para';
      lines: Line[];
      style: Style;
      indent: number;
      align: 'justify' | 'left' | 'center' | 'right';
      colour?: 'accent' | 'muted';
    }
  | { type: 'heading'; lines: Line[]; style: Style; bar: boolean; toc?: string }
  | Table
  | { type: 'fields'; style: Style; items: { label: string; value?: string; width: number }[] }
  | { type: 'boxes'; style: Style; items: Line[][]; heights: number[]; box: number }
  | { type: 'toc'; style: Style; lines: Line[]; number: string };

export type Block = FlowBlock<Content>;

/** Space after each paragraph of a table cell, in ems. */
const PARA_GAP = 0.25;

export interface TableInput {
  /** Column widths as fractions of the measure. */
  columns: number[];
  header: string[];
  /** `lead`: a section heading over the row (see TableRow in table.ts). */
  rows: { cells: (string | Src | (string | Src)[])[]; lead?: string | Src | undefined }[];
  style: Style;
  headerStyle: Style;
  /** Style of section headings. */
  leadStyle?: Style;
  align?: ('left' | 'center' | 'right')[];
  /** Styles of the first columns, when they differ from `style` (a column of labels). */
  columnStyles?: Style[];
  /** Vertical rules between columns (forms to fill in). */
  grid?: boolean;
}

export class Composer {
  readonly blocks: Block[] = [];
  private breakNext = false;

  constructor(
    readonly measure: Measure,
    readonly width: number,
  ) {}

  lh(s: Style): number {
    return this.measure.lineHeight(s);
  }

  /** `ragged`: set flush left, never justified (table cells): the breaker then only avoids a lonely last line. */
  lines(x: string | Src, s: Style, width: number, ragged = false): Line[] {
    const { text, source, what } = src(x);
    return this.measure.lines(text, s, width, source, what ?? 'a guide', undefined, undefined, ragged);
  }

  private push(block: Block): void {
    if (this.breakNext) {
      block.pageBreakBefore = true;
      this.breakNext = false;
    }
    this.blocks.push(block);
  }

  /** The next block starts a page. */
  pageBreak(): void {
    if (this.blocks.length > 0) this.breakNext = true;
  }

  heading(x: string | Src, s: Style, options: { bar?: boolean; space?: number; toc?: string } = {}): void {
    const bar = options.bar ?? false;
    const lines = this.lines(x, s, this.width - (bar ? s.size * 0.6 : 0));
    this.push({
      rows: lines.map(() => this.lh(s)),
      spaceBefore: options.space ?? s.size * 0.8,
      spaceAfter: s.size * 0.3,
      keepWithNext: true,
      keepTogether: true,
      content: { type: 'heading', lines, style: s, bar, ...(options.toc !== undefined ? { toc: options.toc } : {}) },
    });
  }

  para(
    x: string | Src,
    s: Style,
    options: {
      indent?: number;
      align?: 'justify' | 'left' | 'center' | 'right';
      space?: number;
      colour?: 'accent' | 'muted';
      keepWithNext?: boolean;
    } = {},
  ): void {
    const indent = options.indent ?? 0;
    const lines = this.lines(x, s, this.width - indent);
    this.push({
      rows: lines.map(() => this.lh(s)),
      spaceBefore: options.space ?? s.size * 0.35,
      orphans: 2,
      widows: 2,
      ...(options.keepWithNext ? { keepWithNext: true } : {}),
      content: {
        type: 'para',
        lines,
        style: s,
        indent,
        align: options.align ?? 'justify',
        ...(options.colour ? { colour: options.colour } : {}),
      },
    });
  }

  private cell(items: (string | Src)[], s: Style, width: number, pad: number, align: Cell['align']): Cell {
    return { paras: items.map((i) => ({ lines: this.lines(i, s, width - pad * 2, true), style: s })), align };
  }

  table(t: TableInput): void {
    const pad = t.style.size * 0.45;
    const widths = t.columns.map((f) => f * this.width);
    const align = (i: number): Cell['align'] => t.align?.[i] ?? 'left';
    // A table without header row (header: []) is a list of labelled values.
    const header = t.header.map((h, i) =>
      this.cell([h], t.headerStyle, widths[i]!, pad, align(i) === 'right' ? 'center' : align(i)),
    );
    const rows: TableRow[] = t.rows.map((r) => {
      const cells = r.cells.map((c, i) =>
        this.cell(Array.isArray(c) ? c : [c], t.columnStyles?.[i] ?? t.style, widths[i]!, pad, align(i)),
      );
      if (r.lead === undefined) return { cells };
      const cell = this.cell([r.lead], t.leadStyle ?? t.headerStyle, this.width, pad, 'left');
      return { cells, lead: { cell, height: cellHeight(this.measure, cell, pad, PARA_GAP) } };
    });
    const { headerHeight, rowHeights } = tableHeights(this.measure, header, rows, pad, PARA_GAP);
    this.push({
      rows: rowHeights,
      ...(headerHeight > 0 ? { header: headerHeight } : {}),
      spaceBefore: t.style.size * 0.6,
      spaceAfter: t.style.size * 0.2,
      orphans: 1,
      widows: Math.min(2, rowHeights.length),
      content: {
        type: 'table',
        widths,
        header,
        rows,
        headerHeight,
        rowHeights,
        pad,
        paraGap: PARA_GAP,
        grid: t.grid ?? false,
        kind: 'form',
      },
    });
  }

  /** Labels with a line to write on (经办人：＿＿＿), side by side; a value, when given, is printed on the line. */
  fields(items: { label: string; value?: string | undefined; share: number }[], s: Style, space = s.size * 0.6): void {
    for (const i of items) this.measure.check(`${i.label}${i.value ?? ''}`, s.weight, undefined, 'a form field');
    this.push({
      rows: [this.lh(s) * 1.3],
      spaceBefore: space,
      content: {
        type: 'fields',
        style: s,
        items: items.map((i) => ({
          label: i.label,
          ...(i.value ? { value: i.value } : {}),
          width: i.share * this.width,
        })),
      },
    });
  }

  /** A list to tick by hand: a square before each entry. */
  boxes(items: (string | Src)[], s: Style, space = s.size * 0.4): void {
    const box = s.size * 0.95;
    const gap = s.size * 0.6;
    const lines = items.map((i) => this.lines(i, s, this.width - box - gap));
    const heights = lines.map((l) => l.length * this.lh(s) + s.size * 0.25);
    this.push({ rows: heights, spaceBefore: space, content: { type: 'boxes', style: s, items: lines, heights, box } });
  }

  /** A contents line: the title, a dotted leader and the page number (set later, once known). */
  tocEntry(x: string | Src, s: Style): Extract<Content, { type: 'toc' }> {
    const numberWidth = this.measure.width('0000', s);
    const content = {
      type: 'toc' as const,
      style: s,
      lines: this.lines(x, s, this.width - numberWidth - s.size),
      number: '',
    };
    this.push({ rows: content.lines.map(() => this.lh(s)), keepTogether: true, content });
    return content;
  }

  /** Total height of the blocks laid out without page breaks (forms that must fit one area). */
  height(): number {
    let h = 0;
    this.blocks.forEach((b, i) => {
      h +=
        (i > 0 ? (b.spaceBefore ?? 0) : 0) +
        (b.header ?? 0) +
        b.rows.reduce((a, r) => a + r, 0) +
        (i < this.blocks.length - 1 ? (b.spaceAfter ?? 0) : 0);
    });
    return h;
  }
}

/** A row of labelled fields to fill in, each with its line. */
function drawFields(
  t: Typesetter,
  page: PDFPage,
  content: Extract<Content, { type: 'fields' }>,
  top: number,
  left: number,
): void {
  const m = t.measure;
  const s = content.style;
  const lh = m.lineHeight(s);
  let x = left;
  for (const item of content.items) {
    const labelWidth = m.width(item.label, s);
    t.drawLines(page, [{ text: item.label, width: labelWidth, justify: false }], x, top, labelWidth, s, 'left');
    const lineFrom = x + labelWidth + s.size * 0.2;
    const lineTo = x + item.width - s.size * 1.2;
    if (item.value)
      t.drawLines(
        page,
        [{ text: item.value, width: 0, justify: false }],
        lineFrom + s.size * 0.3,
        top,
        lineTo - lineFrom,
        s,
        'left',
      );
    t.rule(page, lineFrom, top + lh * 0.95, Math.max(s.size, lineTo - lineFrom), t.colour('text'), 0.5);
    x += item.width;
  }
}

/** Rows [from, to) of a checklist: a box to tick before each item. */
function drawBoxes(
  t: Typesetter,
  page: PDFPage,
  content: Extract<Content, { type: 'boxes' }>,
  from: number,
  to: number,
  top: number,
  left: number,
  width: number,
): void {
  const m = t.measure;
  const s = content.style;
  const lh = m.lineHeight(s);
  let y = top;
  for (let i = from; i < to; i++) {
    const by = y + (lh - content.box) / 2;
    page.drawRectangle({
      x: left + s.size * 0.05,
      y: page.getHeight() - by - content.box,
      width: content.box,
      height: content.box,
      borderColor: t.colour('text'),
      borderWidth: 0.7,
    });
    t.drawLines(
      page,
      content.items[i]!,
      left + content.box + s.size * 0.6,
      y,
      width - content.box - s.size * 0.6,
      s,
      'left',
    );
    y += content.heights[i]!;
  }
}

/** A contents entry: its title, a dotted leader and the page number on its last line. */
function drawTocEntry(
  t: Typesetter,
  page: PDFPage,
  content: Extract<Content, { type: 'toc' }>,
  top: number,
  left: number,
  width: number,
): void {
  const m = t.measure;
  const s = content.style;
  const lh = m.lineHeight(s);
  t.drawLines(page, content.lines, left, top, width, s, 'left');
  const last = content.lines[content.lines.length - 1]!;
  const lastTop = top + (content.lines.length - 1) * lh;
  m.check(content.number, s.weight, undefined, 'a page number');
  const dotsFrom = left + last.width + s.size * 0.5;
  const dotsTo = left + width - m.width(content.number, s) - s.size * 0.5;
  if (dotsTo > dotsFrom) {
    const y = page.getHeight() - lastTop - t.baseline(s) + s.size * 0.05;
    page.drawLine({
      start: { x: dotsFrom, y },
      end: { x: dotsTo, y },
      thickness: 0.6,
      color: t.colour('rule'),
      dashArray: [0.6, 2.4],
      lineCap: 1,
    });
  }
  t.drawLines(page, [{ text: content.number, width: 0, justify: false }], left, lastTop, width, s, 'right');
}

/** Draws rows [from, to) of a block with its top at `top` (from the page top). */
export function drawBlock(
  t: Typesetter,
  page: PDFPage,
  content: Content,
  from: number,
  to: number,
  top: number,
  left: number,
  width: number,
): void {
  const m = t.measure;
  switch (content.type) {
    case 'heading': {
      const indent = content.bar ? content.style.size * 0.6 : 0;
      if (content.bar && from === 0)
        t.box(
          page,
          left,
          top + content.style.size * 0.25,
          content.style.size * 0.22,
          content.lines.length * m.lineHeight(content.style) - content.style.size * 0.5,
          t.colour('accent'),
        );
      t.drawLines(page, content.lines.slice(from, to), left + indent, top, width - indent, content.style, 'left');
      return;
    }
    case 'para':
      t.drawLines(
        page,
        content.lines.slice(from, to),
        left + content.indent,
        top,
        width - content.indent,
        content.style,
        content.align,
        content.colour ? t.colour(content.colour) : undefined,
      );
      return;
    case 'fields':
      drawFields(t, page, content, top, left);
      return;
    case 'boxes':
      drawBoxes(t, page, content, from, to, top, left, width);
      return;
    case 'table':
      // Forms and guides never mark a repeated header (see Table.kind).
      drawTable(t, page, content, from, to, top, left, width, false);
      return;
    case 'toc':
      drawTocEntry(t, page, content, top, left, width);
      return;
  }
}
