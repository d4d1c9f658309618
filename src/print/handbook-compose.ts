/**
 * The handbook's composer: headings, paragraphs, bullets, numbered clauses with their strength
 * word, and tables whose columns are as wide as their content asks, turned into flow blocks
 * (layout/flow.ts) at the template's measure and styles.
 */
import { isArticle, isArticleItem } from '../model/numbering.ts';
import type { SourceRef } from '../model/types.ts';
import type { Clause } from '../model/types/documents.ts';
import { strengthWord } from '../model/wording.ts';
import type { FlowBlock } from './layout/flow.ts';
import type { Line } from './layout/lines.ts';
import { type Measure, style, type Style } from './measure.ts';
import { mm, pageSize, type HandbookTemplate } from './templates.ts';
import { columnWidths, longestUnit, tableHeights, type Cell, type Table, type TableRow } from './table.ts';
import type { ChartContent } from './chart.ts';

export type Content =
  | {
      type: 'heading';
      level: 1 | 2 | 3;
      /** As printed: the number, NUMBER_GAP and the name. */
      title: string;
      /** The chapter's number (4, 10, 第十一章), which the contents set in a column of its own. */
      number?: string;
      lines: Line[];
      style: Style;
      toc: boolean;
    }
  | { type: 'para'; lines: Line[]; style: Style; indent: number; align: 'justify' | 'left' | 'center' }
  | { type: 'clause'; number: string; strength?: string; lines: Line[]; style: Style; hang?: number }
  | Table
  | {
      type: 'toc';
      level: number;
      number?: string;
      /** From the content's left edge: where the number (or an unnumbered title) and a numbered title start. */
      indent: number;
      titleX: number;
      lines: Line[];
      style: Style;
      target: number;
    }
  | ChartContent;

export type Block = FlowBlock<Content>;

/** Between a heading's number and its name. */
export const NUMBER_GAP = '　';

/** Space after each paragraph of a table cell, in ems. */
const PARA_GAP = 0.3;

/** Everything needed to turn model content into blocks at the template's measure. */
export class Composer {
  readonly blocks: Block[] = [];
  readonly width: number;
  /** Height of the text block. */
  readonly pageHeight: number;
  readonly s: Record<keyof HandbookTemplate['type'], Style>;
  clauseHang = 0;
  clauseNumberWidth = 0;

  constructor(
    readonly template: HandbookTemplate,
    readonly measure: Measure,
  ) {
    const [w, h] = pageSize(template);
    this.width = w - mm(template.page.margin.left) - mm(template.page.margin.right);
    this.pageHeight = h - mm(template.page.margin.top) - mm(template.page.margin.bottom);
    const t = template.type;
    const styles = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, style(v)])) as Partial<
      Record<keyof HandbookTemplate['type'], Style>
    >;
    this.s = { ...styles, chart: styles.chart ?? { ...style(t.small), colour: 'text' } } as Record<
      keyof HandbookTemplate['type'],
      Style
    >;
  }

  lh(s: Style): number {
    return this.measure.lineHeight(s);
  }

  heading(level: 1 | 2 | 3, name: string, source: SourceRef | undefined, toc = level < 3, number?: string): void {
    const s = level === 1 ? this.s.h1 : level === 2 ? this.s.h2 : this.s.h3;
    const title = number === undefined ? name : `${number}${NUMBER_GAP}${name}`;
    const lines = this.measure.lines(title, s, this.width, source, 'a heading');
    this.blocks.push({
      rows: lines.map(() => this.lh(s)),
      spaceBefore: level === 1 ? 0 : s.size * (level === 2 ? 1.1 : 0.7),
      spaceAfter: s.size * (level === 1 ? 0.9 : 0.35),
      keepWithNext: true,
      keepTogether: true,
      pageBreakBefore: level === 1,
      content: { type: 'heading', level, title, ...(number === undefined ? {} : { number }), lines, style: s, toc },
    });
  }

  para(
    text: string,
    source: SourceRef | undefined,
    what: string,
    s: Style = this.s.body,
    options: { indent?: number; align?: 'justify' | 'left' | 'center'; space?: number } = {},
  ): void {
    const indent = options.indent ?? 0;
    const lines = this.measure.lines(text, s, this.width - indent, source, what);
    this.blocks.push({
      rows: lines.map(() => this.lh(s)),
      spaceBefore: options.space ?? s.size * 0.4,
      orphans: 2,
      widows: 2,
      content: { type: 'para', lines, style: s, indent, align: options.align ?? 'justify' },
    });
  }

  /** A list item: bullet in the margin, wrapped lines hanging under the text. */
  bullet(text: string, source: SourceRef | undefined, what: string): void {
    const s = this.s.body;
    const hang = s.size * 1.2;
    const lines = this.measure.lines(text, s, this.width - hang, source, what);
    this.blocks.push({
      rows: lines.map(() => this.lh(s)),
      spaceBefore: s.size * 0.3,
      orphans: 2,
      widows: 2,
      content: { type: 'clause', number: '•', lines, style: s, hang },
    });
  }

  /** `origin`: the unit's mark of a clause it (or a unit above it) reworded or added, with the reason given (model/origin.ts). */
  clause(c: Clause, origin?: string): void {
    if (isArticle(c) || isArticleItem(c)) {
      this.article(c, origin);
      return;
    }
    const text = c.text ?? '';
    const lines = this.measure.lines(text, this.s.body, this.width - this.clauseHang, c.source, `clause ${c.number}`);
    this.measure.check(c.label, this.s.clauseNumber.weight, c.source, `clause ${c.label}`);
    const strength = c.strength ? strengthWord(c.strength) : undefined;
    this.blocks.push({
      rows: lines.map(() => this.lh(this.s.body)),
      spaceBefore: this.s.body.size * 0.45,
      orphans: 2,
      widows: 2,
      content: { type: 'clause', number: c.label, ...(strength ? { strength } : {}), lines, style: this.s.body },
    });
    if (origin) this.originLine(origin, c, this.clauseHang);
    if (c.note)
      this.para(`注：${c.note}`, c.source, `the note of clause ${c.number}`, this.s.small, {
        indent: this.clauseHang,
        space: this.s.small.size * 0.3,
      });
  }

  /**
   * An article or one of its items: the label runs into the wording (第十二条　……, （一）……), as
   * regulations are set; an article's lines are flush left, an item's indented two characters.
   */
  private article(c: Clause, origin: string | undefined): void {
    const indent = isArticle(c) ? 0 : this.s.body.size * 2;
    const gap = isArticle(c) ? '　' : '';
    this.para(`${c.label}${gap}${c.text ?? ''}`, c.source, `clause ${c.label}`, this.s.body, {
      indent,
      space: this.s.body.size * 0.45,
    });
    if (origin) this.originLine(origin, c, indent);
    if (c.note) this.para(`注：${c.note}`, c.source, `the note of clause ${c.label}`, this.s.small, { indent });
  }

  /** A clause's origin mark, in small type under its wording, kept on the clause's page. */
  private originLine(origin: string, c: Clause, indent: number): void {
    this.para(origin, c.source, `the origin of clause ${c.label}`, this.s.small, {
      indent,
      space: this.s.small.size * 0.25,
      align: 'left',
    });
    // Never the first line of a page, away from the clause it speaks of.
    const line = this.blocks[this.blocks.length - 1]!;
    const clause = this.blocks[this.blocks.length - 2];
    if (clause) clause.keepWithNext = true;
    line.keepTogether = true;
  }

  /**
   * A table whose cells hold one or more short paragraphs; rows never split, the header repeats.
   * Columns are as wide as their content asks (columnWidths); a column of names (`whole`) is never
   * narrower than its longest name, so that a role such as 服务质量管理办公室 never breaks.
   */
  table(
    columns: { header: string; whole?: boolean }[],
    rows: { text: string; source: SourceRef | undefined; what: string }[][][],
  ): void {
    const pad = this.s.table.size * 0.45;
    const cellLines = (
      items: { text: string; source: SourceRef | undefined; what: string }[],
      s: Style,
      w: number,
    ): Line[][] =>
      items.map((i) => this.measure.lines(i.text, s, w - pad * 2, i.source, i.what, undefined, undefined, true));
    const widths = columnWidths(
      columns.map((col, i) => {
        const texts = rows.flatMap((r) => r[i]!.map((x) => x.text));
        const natural = Math.max(
          this.measure.width(col.header, this.s.tableHeader),
          ...texts.map((t) => this.measure.width(t, this.s.table)),
        );
        const longest = Math.max(
          this.measure.width(col.header, this.s.tableHeader),
          ...texts.map((t) =>
            col.whole
              ? this.measure.width(t, this.s.table)
              : longestUnit(t, (u) => this.measure.width(u, this.s.table)),
          ),
        );
        return { natural: natural + pad * 2, min: Math.max(longest, this.s.table.size * 2) + pad * 2 };
      }),
      this.width,
    );
    const cell = (
      items: { text: string; source: SourceRef | undefined; what: string }[],
      s: Style,
      w: number,
    ): Cell => ({ paras: cellLines(items, s, w).map((lines) => ({ lines, style: s })), align: 'left' });
    const header = columns.map((col, i) =>
      cell([{ text: col.header, source: undefined, what: 'a table header' }], this.s.tableHeader, widths[i]!),
    );
    const body: TableRow[] = rows.map((r) => ({ cells: r.map((items, i) => cell(items, this.s.table, widths[i]!)) }));
    const { headerHeight, rowHeights } = tableHeights(this.measure, header, body, pad, PARA_GAP);
    this.blocks.push({
      rows: rowHeights,
      lines: body.map((r) => r.cells.reduce((a, c) => a + c.paras.reduce((b, p) => b + p.lines.length, 0), 0)),
      header: headerHeight,
      spaceBefore: this.s.body.size * 0.6,
      spaceAfter: this.s.body.size * 0.3,
      orphans: 1,
      widows: Math.min(2, rowHeights.length),
      content: {
        type: 'table',
        widths,
        header,
        rows: body,
        headerHeight,
        rowHeights,
        pad,
        paraGap: PARA_GAP,
        grid: false,
        kind: 'booklet',
      },
    });
  }
}
