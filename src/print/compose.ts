/**
 * Forms and guides as flow blocks: paragraphs, headings, tables (with a repeated header,
 * section rows across all columns and, for forms, ruled columns) and lines to fill in. The
 * guide, booklet and score-sheet PDFs compose with it, paginate with layout/flow.ts and draw
 * with drawBlock; the handbook keeps its own composer (it has clause numbering and charts).
 */
import type { PDFPage } from 'pdf-lib';
import type { SourceRef } from '../model/types.ts';
import type { FlowBlock } from './layout/flow.ts';
import type { Line } from './layout/lines.ts';
import type { Measure, Style, Typesetter } from './render.ts';

/** Text with where it was written, for a missing-glyph error that names the file and line. */
export interface Src {
  text: string;
  source?: SourceRef | undefined;
  what?: string;
}
const src = (x: string | Src): Src => (typeof x === 'string' ? { text: x } : x);

export interface Cell {
  paras: { lines: Line[]; style: Style }[];
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

export type Content =
  | { type: 'para'; lines: Line[]; style: Style; indent: number; align: 'justify' | 'left' | 'center' | 'right'; colour?: 'accent' | 'muted' }
  | { type: 'heading'; lines: Line[]; style: Style; bar: boolean; toc?: string }
  | { type: 'table'; widths: number[]; header: Cell[]; rows: TableRow[]; headerHeight: number; rowHeights: number[]; pad: number; grid: boolean }
  | { type: 'fields'; style: Style; items: { label: string; value?: string; width: number }[] }
  | { type: 'boxes'; style: Style; items: Line[][]; heights: number[]; box: number }
  | { type: 'toc'; style: Style; lines: Line[]; number: string };

export type Block = FlowBlock<Content>;

export interface TableInput {
  /** Column widths as fractions of the measure. */
  columns: number[];
  header: string[];
  /** `lead`: a section heading over the row (see TableRow). */
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

  para(x: string | Src, s: Style, options: { indent?: number; align?: 'justify' | 'left' | 'center' | 'right'; space?: number; colour?: 'accent' | 'muted'; keepWithNext?: boolean } = {}): void {
    const indent = options.indent ?? 0;
    const lines = this.lines(x, s, this.width - indent);
    this.push({
      rows: lines.map(() => this.lh(s)),
      spaceBefore: options.space ?? s.size * 0.35,
      orphans: 2,
      widows: 2,
      ...(options.keepWithNext ? { keepWithNext: true } : {}),
      content: { type: 'para', lines, style: s, indent, align: options.align ?? 'justify', ...(options.colour ? { colour: options.colour } : {}) },
    });
  }

  private cell(items: (string | Src)[], s: Style, width: number, pad: number, align: Cell['align']): Cell {
    return { paras: items.map((i) => ({ lines: this.lines(i, s, width - pad * 2, true), style: s })), align };
  }

  private cellHeight(c: Cell, pad: number): number {
    const n = c.paras.reduce((a, p) => a + p.lines.length * this.lh(p.style), 0);
    return Math.max(n, c.paras[0] ? this.lh(c.paras[0].style) : 0) + Math.max(0, c.paras.length - 1) * (c.paras[0]?.style.size ?? 0) * 0.25 + pad * 2;
  }

  table(t: TableInput): void {
    const pad = t.style.size * 0.45;
    const widths = t.columns.map((f) => f * this.width);
    const align = (i: number): Cell['align'] => t.align?.[i] ?? 'left';
    // A table without header row (header: []) is a list of labelled values.
    const header = t.header.map((h, i) => this.cell([h], t.headerStyle, widths[i]!, pad, align(i) === 'right' ? 'center' : align(i)));
    const rows: TableRow[] = t.rows.map((r) => {
      const cells = r.cells.map((c, i) => this.cell(Array.isArray(c) ? c : [c], t.columnStyles?.[i] ?? t.style, widths[i]!, pad, align(i)));
      if (r.lead === undefined) return { cells };
      const cell = this.cell([r.lead], t.leadStyle ?? t.headerStyle, this.width, pad, 'left');
      return { cells, lead: { cell, height: this.cellHeight(cell, pad) } };
    });
    const headerHeight = header.length === 0 ? 0 : Math.max(...header.map((c) => this.cellHeight(c, pad)));
    const rowHeights = rows.map((r) => (r.lead?.height ?? 0) + Math.max(...r.cells.map((c) => this.cellHeight(c, pad))));
    this.push({
      rows: rowHeights,
      ...(headerHeight > 0 ? { header: headerHeight } : {}),
      spaceBefore: t.style.size * 0.6,
      spaceAfter: t.style.size * 0.2,
      orphans: 1,
      widows: Math.min(2, rowHeights.length),
      content: { type: 'table', widths, header, rows, headerHeight, rowHeights, pad, grid: t.grid ?? false },
    });
  }

  /** Labels with a line to write on (经办人：＿＿＿), side by side; a value, when given, is printed on the line. */
  fields(items: { label: string; value?: string | undefined; share: number }[], s: Style, space = s.size * 0.6): void {
    for (const i of items) this.measure.check(`${i.label}${i.value ?? ''}`, s.weight, undefined, 'a form field');
    this.push({
      rows: [this.lh(s) * 1.3],
      spaceBefore: space,
      content: { type: 'fields', style: s, items: items.map((i) => ({ label: i.label, ...(i.value ? { value: i.value } : {}), width: i.share * this.width })) },
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
    const content = { type: 'toc' as const, style: s, lines: this.lines(x, s, this.width - numberWidth - s.size), number: '' };
    this.push({ rows: content.lines.map(() => this.lh(s)), keepTogether: true, content });
    return content;
  }

  /** Total height of the blocks laid out without page breaks (forms that must fit one area). */
  height(): number {
    let h = 0;
    this.blocks.forEach((b, i) => {
      h += (i > 0 ? (b.spaceBefore ?? 0) : 0) + (b.header ?? 0) + b.rows.reduce((a, r) => a + r, 0) + (i < this.blocks.length - 1 ? (b.spaceAfter ?? 0) : 0);
    });
    return h;
  }
}

/** Draws rows [from, to) of a block with its top at `top` (from the page top). */
export function drawBlock(t: Typesetter, page: PDFPage, content: Content, from: number, to: number, top: number, left: number, width: number): void {
  const m = t.measure;
  switch (content.type) {
    case 'heading': {
      const indent = content.bar ? content.style.size * 0.6 : 0;
      if (content.bar && from === 0) t.box(page, left, top + content.style.size * 0.25, content.style.size * 0.22, content.lines.length * m.lineHeight(content.style) - content.style.size * 0.5, t.colour('accent'));
      t.drawLines(page, content.lines.slice(from, to), left + indent, top, width - indent, content.style, 'left');
      return;
    }
    case 'para':
      t.drawLines(page, content.lines.slice(from, to), left + content.indent, top, width - content.indent, content.style, content.align, content.colour ? t.colour(content.colour) : undefined);
      return;
    case 'fields': {
      const s = content.style;
      const lh = m.lineHeight(s);
      let x = left;
      for (const item of content.items) {
        const labelWidth = m.width(item.label, s);
        t.drawLines(page, [{ text: item.label, width: labelWidth, justify: false }], x, top, labelWidth, s, 'left');
        const lineFrom = x + labelWidth + s.size * 0.2;
        const lineTo = x + item.width - s.size * 1.2;
        if (item.value) t.drawLines(page, [{ text: item.value, width: 0, justify: false }], lineFrom + s.size * 0.3, top, lineTo - lineFrom, s, 'left');
        t.rule(page, lineFrom, top + lh * 0.95, Math.max(s.size, lineTo - lineFrom), t.colour('text'), 0.5);
        x += item.width;
      }
      return;
    }
    case 'boxes': {
      const s = content.style;
      const lh = m.lineHeight(s);
      let y = top;
      for (let i = from; i < to; i++) {
        const by = y + (lh - content.box) / 2;
        page.drawRectangle({ x: left + s.size * 0.05, y: page.getHeight() - by - content.box, width: content.box, height: content.box, borderColor: t.colour('text'), borderWidth: 0.7 });
        t.drawLines(page, content.items[i]!, left + content.box + s.size * 0.6, y, width - content.box - s.size * 0.6, s, 'left');
        y += content.heights[i]!;
      }
      return;
    }
    case 'table':
      drawTable(t, page, content, from, to, top, left, width);
      return;
    case 'toc': {
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
        page.drawLine({ start: { x: dotsFrom, y }, end: { x: dotsTo, y }, thickness: 0.6, color: t.colour('rule'), dashArray: [0.6, 2.4], lineCap: 1 });
      }
      t.drawLines(page, [{ text: content.number, width: 0, justify: false }], left, lastTop, width, s, 'right');
      return;
    }
  }
}

function drawCell(t: Typesetter, page: PDFPage, cell: Cell, x: number, top: number, width: number): void {
  let y = top;
  for (const p of cell.paras) y += t.drawLines(page, p.lines, x, y, width, p.style, cell.align) + p.style.size * 0.25;
}

function drawTable(t: Typesetter, page: PDFPage, c: Extract<Content, { type: 'table' }>, from: number, to: number, top: number, left: number, width: number): void {
  const rule = t.colour('rule');
  const spans: [number, number][] = [];
  const drawRow = (row: TableRow, y: number, height: number, header: boolean): void => {
    if (header) t.box(page, left, y, width, height, t.colour('tint'));
    if (row.lead) {
      t.box(page, left, y, width, row.lead.height, t.colour('tint'));
      drawCell(t, page, row.lead.cell, left + c.pad, y + c.pad, width - c.pad * 2);
      spans.push([y, y + row.lead.height]);
      t.rule(page, left, y + row.lead.height, width, rule, 0.4);
      y += row.lead.height;
      height -= row.lead.height;
    }
    let x = left;
    row.cells.forEach((cell, i) => {
      drawCell(t, page, cell, x + c.pad, y + c.pad, c.widths[i]! - c.pad * 2);
      x += c.widths[i]!;
    });
    t.rule(page, left, y + height, width, rule, header ? 0.8 : 0.4);
  };
  if (c.headerHeight > 0) drawRow({ cells: c.header }, top, c.headerHeight, true);
  let y = top + c.headerHeight;
  for (let r = from; r < to; r++) {
    drawRow(c.rows[r]!, y, c.rowHeights[r]!, false);
    y += c.rowHeights[r]!;
  }
  t.rule(page, left, top, width, rule, 0.8);
  if (!c.grid) return;
  // Column rules, interrupted by section rows that run across.
  const H = page.getHeight();
  const vertical = (x: number, a: number, b: number): void => {
    if (b - a > 0.1) page.drawLine({ start: { x, y: H - a }, end: { x, y: H - b }, thickness: 0.4, color: rule });
  };
  const edges = [left, ...c.widths.map((_, i) => left + c.widths.slice(0, i + 1).reduce((a, w) => a + w, 0))];
  edges.forEach((x, i) => {
    const outer = i === 0 || i === edges.length - 1;
    let from = top;
    for (const [a, b] of outer ? [] : spans) {
      vertical(x, from, a);
      from = b;
    }
    vertical(x, from, y);
  });
}
