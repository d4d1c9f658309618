/**
 * A quiz paper or answer key as flow blocks (layout/flow.ts): texts, numbered notes, the
 * candidate's fields, the score table, questions with their stems broken around blanks and
 * answer brackets and their options set side by side when they fit, and tables.
 */
import type { SourceRef } from '../model/types.ts';
import type { BankQuestion } from '../quiz/index.ts';
import type { FlowBlock } from './layout/flow.ts';
import { breakLinesScored, FLAWED, type BreakOptions, type Line } from './layout/lines.ts';
import { type Measure, style, tidySpaces, type Style } from './measure.ts';
import type { LoadedFont } from './fonts.ts';
import { tableHeights, type Cell, type Table, type TableRow } from './table.ts';
import { mm, pageSize, type QuizTemplate } from './templates.ts';
import { gbQuotes } from '../model/wording.ts';
import { BLANK_TEXT, BRACKET, BRACKET_INSIDE, optionLetter, trueFalseStem } from './quiz-assembly.ts';

/** Something drawn inside a line of text: a blank to write on, or the answer brackets. */
export interface Inline {
  kind: 'blank' | 'text';
  width: number;
  /** For 'text': drawn as is, never split (the answer brackets with the characters before them). */
  text?: string;
}

/** Text with inline objects, each stood for by one private-use character so that it never splits. */
export interface Rich {
  lines: Line[];
  inline: Map<number, Inline>;
}

export type Content =
  | { type: 'text'; lines: Line[]; style: Style; align: 'left' | 'center' | 'justify'; indent: number }
  | { type: 'numbered'; number: string; hang: number; lines: Line[]; style: Style }
  | { type: 'fields'; labels: string[]; style: Style }
  | { type: 'scores'; headers: string[]; points: string[]; widths: number[]; rowHeight: number }
  | { type: 'heading'; lines: Line[]; style: Style }
  | {
      type: 'question';
      number: string;
      hang: number;
      stem: Rich;
      style: Style;
      optionStyle: Style;
      options: OptionRow[];
    }
  | Table;

/** One row of options: several short options side by side, or one option wrapped under its letter. */
export interface OptionRow {
  cells: { label: string; lines: Line[]; x: number; width: number }[];
  height: number;
}

export type Block = FlowBlock<Content>;
export type Styles = Record<keyof QuizTemplate['type'], Style>;

/**
 * Stems broken, by face and template (as Measure keeps lines), then by measure, style and text: a
 * scope's versions and key, and its roles' papers, set the same questions. The inline objects of
 * a stem are numbered from the same code point in every paper, so the same stem is the same key.
 */
const stemsBroken = new WeakMap<
  LoadedFont,
  WeakMap<QuizTemplate, Map<string, { lines: Line[]; cost: number; ems: number }>>
>();
const STEMS_KEPT = 4096;

/** Private use code points of plane 15 stand for a stem's inline objects; content never reaches them unchecked. */
const FIRST_INLINE = 0xf0000;

export class QuizComposer {
  readonly blocks: Block[] = [];
  readonly width: number;
  readonly s: Styles;
  constructor(
    readonly template: QuizTemplate,
    readonly measure: Measure,
  ) {
    const [w] = pageSize(template);
    this.width = w - mm(template.page.margin.left) - mm(template.page.margin.right);
    this.s = Object.fromEntries(Object.entries(template.type).map(([k, v]) => [k, style(v)])) as Styles;
  }

  lh(s: Style): number {
    return this.measure.lineHeight(s);
  }

  lines(text: string, s: Style, width: number, source: SourceRef | undefined, what: string): Line[] {
    return this.measure.lines(gbQuotes(text), s, width, source, what);
  }

  text(
    text: string,
    s: Style,
    options: {
      align?: 'left' | 'center' | 'justify';
      space?: number;
      after?: number;
      keepWithNext?: boolean;
      indent?: number;
    } = {},
    source?: SourceRef,
    what = 'the quiz paper',
  ): void {
    const indent = options.indent ?? 0;
    const lines = this.lines(text, s, this.width - indent, source, what);
    this.blocks.push({
      rows: lines.map(() => this.lh(s)),
      spaceBefore: options.space ?? 0,
      spaceAfter: options.after ?? 0,
      keepTogether: true,
      ...(options.keepWithNext ? { keepWithNext: true } : {}),
      content: { type: 'text', lines, style: s, align: options.align ?? 'justify', indent },
    });
  }

  numbered(number: string, text: string, s: Style, space: number): void {
    const hang = this.measure.width('00．', s);
    const lines = this.lines(text, s, this.width - hang, undefined, `${this.template.file} instructions`);
    this.blocks.push({
      rows: lines.map(() => this.lh(s)),
      spaceBefore: space,
      keepTogether: true,
      content: { type: 'numbered', number, hang, lines, style: s },
    });
  }

  heading(text: string, note: string | undefined): void {
    const s = this.s.section;
    const lines = this.lines(text, s, this.width, undefined, 'a section heading');
    this.blocks.push({
      rows: lines.map(() => this.lh(s)),
      spaceBefore: s.size * 1.1,
      spaceAfter: s.size * 0.2,
      keepWithNext: true,
      keepTogether: true,
      content: { type: 'heading', lines, style: s },
    });
    if (note) this.text(note, this.s.note, { keepWithNext: true, after: this.s.note.size * 0.3 });
  }

  /** Text with blanks (____) drawn as lines of `blankWidths[i]` and, for choice questions, the answer brackets. */
  /**
   * `insideEms`: widths the inside of the answer brackets may take, preferred first; another is
   * used when the preferred one leaves a loose line or one character alone on the last line.
   */
  rich(
    rawText: string,
    s: Style,
    width: number,
    blankWidths: number[],
    bracket: 'first-blank' | 'end' | 'none',
    source: SourceRef | undefined,
    what: string,
    insideEms: number[] = [2],
  ): Rich {
    const inline = new Map<number, Inline>();
    let nextInline = FIRST_INLINE;
    const put = (item: Inline): string => {
      const cp = nextInline++;
      inline.set(cp, item);
      return String.fromCodePoint(cp);
    };
    // Check the text as written first: a character the font lacks fails here, naming the source.
    this.measure.check(rawText.replace(/_{2,}/g, ''), s.weight, source, what);
    // The brackets are text (so that their spacing follows the marks beside them); their inside is an inline blank.
    const insides: Inline[] = [];
    const brackets = (): string => {
      const item: Inline = { kind: 'text', text: BRACKET_INSIDE, width: (insideEms[0] ?? 2) * s.size };
      insides.push(item);
      return `（${put(item)}）`;
    };
    // Empty brackets written in a stem (a gap to name in a quoted commitment) are drawn like the answer brackets.
    let text = gbQuotes(tidySpaces(rawText.trim())).replace(/（[ \u3000]+）/g, brackets);
    let blankIndex = 0;
    let bracketPlaced = false;
    text = text.replace(/_{2,}/g, () => {
      if (bracket === 'first-blank' && !bracketPlaced) {
        bracketPlaced = true;
        return brackets();
      }
      const w = blankWidths[blankIndex++] ?? s.size * 4;
      return put({ kind: 'blank', width: w });
    });
    // The breaker never leaves one character alone on the last line (layout/lines.ts): the brackets
    // go down with two characters, or alone (then drawn at the right margin).
    if ((bracket === 'end' || bracket === 'first-blank') && !bracketPlaced) text += brackets();
    const plain = [...text]
      .map((ch) => inline.get(ch.codePointAt(0) ?? 0)?.text ?? (inline.has(ch.codePointAt(0) ?? 0) ? '' : ch))
      .join('');
    this.measure.check(plain, s.weight, source, what);
    this.measure.check(BRACKET + BLANK_TEXT, s.weight, undefined, 'the quiz paper');
    const options: BreakOptions = {
      width,
      advance: (cp) => inline.get(cp)?.width ?? this.measure.advance(cp, s),
      em: () => s.size,
      rules: this.template.typography,
    };
    // A paper is composed again once its page count is known: the same stems, broken the same way.
    let byTemplate = stemsBroken.get(this.measure.faces.regular);
    if (!byTemplate) stemsBroken.set(this.measure.faces.regular, (byTemplate = new WeakMap()));
    let known = byTemplate.get(this.template);
    if (!known) byTemplate.set(this.template, (known = new Map()));
    const key = `${width}\u0000${s.size}\u0000${s.weight}\u0000${insideEms.join(',')}\u0000${[...inline.values()].map((i) => i.width).join(',')}\u0000${text}`;
    let best = known.get(key);
    if (!best) {
      for (const ems of insides.length > 0 ? insideEms : [0]) {
        for (const item of insides) item.width = ems * s.size;
        const set = breakLinesScored(text, options);
        if (!best || set.cost < best.cost) best = { ...set, ems };
        if (set.cost < FLAWED) break;
      }
      if (known.size >= STEMS_KEPT) known.clear();
      known.set(key, best!);
    }
    for (const item of insides) item.width = best!.ems * s.size;
    return { lines: best!.lines, inline };
  }

  question(number: number, q: BankQuestion): void {
    const s = this.s.question;
    const so = this.s.option;
    const label = `${number}．`;
    const hang = Math.max(this.measure.width('00．', s), this.measure.width(label, s));
    const stemWidth = this.width - hang;
    const what = `question ${q.id}`;
    let stem: Rich;
    if (q.type === 'blank') {
      // A blank a little longer than the longest accepted answer, within sensible bounds.
      const em = s.size;
      const widths = q.answer.map((accepted) => {
        const chars = Math.max(...accepted.map((a) => this.measure.width(a, s) / em));
        return Math.min(Math.max(Math.ceil(chars) + 2, 5), 14) * em;
      });
      stem = this.rich(q.stem, s, stemWidth, widths, 'none', q.source, what);
    } else {
      // Room for one letter or mark (single choice, true/false) or several (multiple choice); a little more or less when the line needs it.
      const insideEms = q.type === 'multiple' ? [3, 2.5, 3.5, 4] : [2, 1.5, 2.5, 3];
      stem = this.rich(
        q.type === 'truefalse' ? trueFalseStem(q.stem) : q.stem,
        s,
        stemWidth,
        [],
        q.type === 'truefalse' ? 'end' : 'first-blank',
        q.source,
        what,
        insideEms,
      );
    }
    const options: OptionRow[] = [];
    if (q.type === 'single' || q.type === 'multiple') {
      const labelWidth = this.measure.width('A．', so);
      const gap = so.size * 1.5;
      const natural = q.options.map((o, i) => this.measure.width(`${optionLetter(i)}．${tidySpaces(o)}`, so));
      const widest = Math.max(...natural);
      // Four short options on one line; five or six in rows of three; otherwise two columns, else one per line.
      const candidates = q.options.length === 4 ? [4, 2] : q.options.length > 4 ? [3, 2] : [q.options.length, 2];
      const perRow = candidates.find((n) => n <= q.options.length && widest + gap <= stemWidth / n) ?? 1;
      const colWidth = stemWidth / perRow;
      const lh = this.lh(so);
      for (let i = 0; i < q.options.length; i += perRow) {
        const cells = q.options.slice(i, i + perRow).map((o, j) => {
          const lines = this.lines(
            o,
            so,
            perRow === 1 ? stemWidth - labelWidth : colWidth,
            q.source,
            `an option of ${what}`,
          );
          return {
            label: `${optionLetter(i + j)}．`,
            lines,
            x: j * colWidth,
            width: perRow === 1 ? stemWidth - labelWidth : colWidth - labelWidth,
          };
        });
        options.push({ cells, height: Math.max(...cells.map((c) => c.lines.length)) * lh });
      }
    }
    this.blocks.push({
      rows: [...stem.lines.map(() => this.lh(s)), ...options.map((o) => o.height)],
      spaceBefore: s.size * 0.55,
      // A question and its options stay on one page unless the question alone is longer than a page.
      keepTogether: true,
      content: { type: 'question', number: label, hang, stem, style: s, optionStyle: so, options },
    });
  }

  /** A table whose rows never split; the header repeats on every page. `centred`: how many leading columns are centred. */
  table(fractions: number[], header: string[], rows: { text: string; style: Style }[][][], centred = 1): void {
    const pad = this.s.table.size * 0.45;
    const widths = fractions.map((f) => f * this.width);
    // The first `centred` columns (numbers, short answers) are centred, their headers too.
    const cell = (paras: { text: string; style: Style }[], w: number, i: number): Cell => ({
      paras: paras.map((p) => ({
        lines: this.measure.lines(
          gbQuotes(p.text),
          p.style,
          w - pad * 2,
          undefined,
          'the answer key',
          undefined,
          undefined,
          true,
        ),
        style: p.style,
      })),
      align: i < centred ? 'center' : 'left',
    });
    const headerCells = header.map((h, i) => cell([{ text: h, style: this.s.tableHeader }], widths[i]!, i));
    const bodyRows: TableRow[] = rows.map((r) => ({ cells: r.map((paras, i) => cell(paras, widths[i]!, i)) }));
    // Answer-key cells set their paragraphs with no gap between them.
    const { headerHeight, rowHeights } = tableHeights(this.measure, headerCells, bodyRows, pad, 0);
    this.blocks.push({
      rows: rowHeights,
      header: headerHeight,
      spaceBefore: this.s.table.size * 0.6,
      orphans: Math.min(2, rowHeights.length),
      widows: Math.min(2, rowHeights.length),
      content: {
        type: 'table',
        widths,
        header: headerCells,
        rows: bodyRows,
        headerHeight,
        rowHeights,
        pad,
        paraGap: 0,
        grid: false,
        kind: 'booklet',
      },
    });
  }
}
