/**
 * Quiz papers for the unified written test (统一笔试): versions A, B, … with the same
 * questions, each version with its own question order within a section and its own option
 * order, and a separate answer key listing every version's answers with the clause each
 * question cites. Questions come from the generated bank (src/quiz), so papers stay in step
 * with the standards; the same seed gives byte-identical PDFs.
 */
import { PDFOperator, popGraphicsState, pushGraphicsState, setTextRenderingMode, TextRenderingMode, type PDFOperatorNames, type PDFPage, type RGB } from 'pdf-lib';
import type { Model, SourceRef } from '../model/types.ts';
import { choosePaperQuestions, DEFAULT_SEED, generateBank, shuffleOptions, type BankQuestion } from '../quiz/index.ts';
import { rngFor } from '../quiz/random.ts';
import { scopeView } from '../model/view.ts';
import type { FontCache } from './fonts.ts';
import { paginate, type FlowBlock } from './layout/flow.ts';
import { isHan, isWestern } from './layout/chars.ts';
import { breakLinesScored, FLAWED, type BreakOptions, type Line } from './layout/lines.ts';
import { versionLetters, type QuizPaperScope } from './plan.ts';
import { Measure, style, tidySpaces, type Style } from './measure.ts';
import { Typesetter } from './render.ts';
import { drawTable, tableHeights, type Cell, type Table, type TableRow } from './table.ts';
import { mm, pageSize, type QuizQuestionType, type QuizTemplate } from './templates.ts';

export const SECTION_TITLES: Record<QuizQuestionType, string> = {
  single: '单项选择题',
  multiple: '多项选择题',
  truefalse: '判断题',
  blank: '填空题',
};

const SECTION_NOTES: Record<QuizQuestionType, string> = {
  single: '每题只有一个正确选项，请将其字母填入题中括号内。',
  multiple: '每题有两个或两个以上正确选项，请将其字母填入题中括号内；少选、多选、错选均不得分。',
  truefalse: '认为正确的在括号内画“✓”，错误的画“×”。',
  blank: '请在横线上填写正确答案。',
};

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** Answer marks for true/false questions, as written on the paper: a tick (U+2713), not the root sign √. */
export const TRUE_MARK = '✓';
export const FALSE_MARK = '×';
/** Where a choice answer is written: the brackets are text, the inside an inline blank. */
const BRACKET = '（　　）';
const BRACKET_INSIDE = '　　';
/** Invisible text under a drawn blank, so copied or extracted text shows where the blank is. */
const BLANK_TEXT = '＿';

/**
 * Quotation marks as GB/T 15834 wants them in horizontal text: “ ” outside, ‘ ’ inside, whatever
 * the question bank wrote (「」 and 『』, shared with the site).
 */
export function gbQuotes(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '「' || ch === '『' || ch === '“' || ch === '‘') {
      out += depth % 2 === 0 ? '“' : '‘';
      depth++;
    } else if ((ch === '」' || ch === '』' || ch === '”' || ch === '’') && depth > 0) {
      depth--;
      out += depth % 2 === 0 ? '”' : '’';
    } else out += ch;
  }
  return out;
}

/** The section heading already says 判断题: a stem's own 判断正误： prefix goes. */
export function trueFalseStem(stem: string): string {
  return stem.replace(/^\s*判断(?:正误|对错)?[：:]\s*/u, '');
}

/** 1.5 → "1.5", 2 → "2" */
const num = (n: number): string => String(Math.round(n * 100) / 100);

export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

export interface QuizSectionPick {
  type: QuizQuestionType;
  points: number;
  note: string;
  /** Chinese section number: 一, 二, … (sections the bank cannot fill are left out). */
  numeral: string;
  questions: BankQuestion[];
}

export interface QuizVersion {
  letter: string;
  /** Per section, the questions in this version's order with options shuffled for it. */
  sections: BankQuestion[][];
}

export interface QuizAssembly {
  seed: string;
  sections: QuizSectionPick[];
  versions: QuizVersion[];
  total: number;
}

/**
 * Which questions the papers of a scope ask (the same for every version), and each version's
 * order. Exported for tests and for anyone who wants the papers as data.
 */
export function assembleQuiz(model: Model, scope: QuizPaperScope, template: QuizTemplate): QuizAssembly {
  const seed = template.seed ?? DEFAULT_SEED;
  const bank = generateBank(model, { seed, ...(scope.unitId !== undefined ? { unitId: scope.unitId } : {}) });
  // The group's paper asks what applies in every unit; a unit's, what applies there (to the role).
  const quizScope = { unitId: scope.unitId ?? 'all', ...(scope.roleId !== undefined ? { roleId: scope.roleId } : {}) };
  const chosen = choosePaperQuestions(bank, model.organisation.exam, quizScope, seed);
  const sections: QuizSectionPick[] = chosen.sections.map((section, i) => ({
    type: section.type,
    points: section.points,
    note: template.notes[section.type] ?? SECTION_NOTES[section.type],
    numeral: NUMERALS[i] ?? String(i + 1),
    questions: section.questions,
  }));
  const versions: QuizVersion[] = [];
  for (const letter of versionLetters(template.versions)) {
    const ordered = sections.map((section) => {
      const ids = (qs: BankQuestion[]): string => qs.map((q) => q.id).join(',');
      const taken = new Set(versions.map((v) => ids(v.sections[sections.indexOf(section)]!)));
      // Another version's order again would defeat the point of versions: draw again (deterministically).
      let order = section.questions;
      for (let attempt = 0; attempt < 20; attempt++) {
        order = rngFor(seed, 'paper-order', scope.id, letter, section.type, attempt).shuffle(section.questions);
        if (section.questions.length < 2 || !taken.has(ids(order))) break;
      }
      return order.map((q) => shuffleOptions(q, `${seed}:${scope.id}:${letter}`));
    });
    versions.push({ letter, sections: ordered });
  }
  const total = sections.reduce((a, s) => a + s.points * s.questions.length, 0);
  return { seed, sections, versions, total };
}

/** The accepted answers of a blank question, one string per blank: 谁受理（或：…）. */
export function blankAnswerText(q: Extract<BankQuestion, { type: 'blank' }>): string[] {
  return q.answer.map((accepted) => (accepted.length > 1 ? `${accepted[0]}（或：${accepted.slice(1).join('／')}）` : accepted[0] ?? ''));
}

/** The answer as the key prints it: C, ABD, √, or the words for each blank. */
export function answerText(q: BankQuestion): string {
  switch (q.type) {
    case 'single':
      return optionLetter(q.answer);
    case 'multiple':
      return q.answer.map(optionLetter).join('');
    case 'truefalse':
      return q.answer ? TRUE_MARK : FALSE_MARK;
    case 'blank': {
      const parts = blankAnswerText(q);
      return parts.length === 1 ? parts[0]! : parts.map((p, i) => `${String.fromCodePoint(0x2460 + i)}${p}`).join('　');
    }
  }
}

/**
 * Where a question comes from, as a grader looks it up: the document code and clause number
 * for clauses, otherwise the set or process and the item.
 */
export function citeLabels(model: Model): (ids: readonly string[]) => string {
  const clauses = new Map<string, string>();
  // The organisation's documents, then clauses units add to them (numbered where the unit puts them).
  for (const d of [...model.documents, ...model.units.flatMap((u) => u.documents)]) {
    const walk = (cs: typeof d.clauses): void => {
      for (const c of cs) {
        if (!clauses.has(c.id)) clauses.set(c.id, `${d.code ?? `《${d.title}》`} ${c.number}`);
        walk(c.children);
      }
    };
    walk(d.clauses);
  }
  const titleOf = (id: string | undefined): string | undefined => {
    if (id === undefined) return undefined;
    const e = model.index[id];
    return e ? e.label : undefined;
  };
  const one = (id: string): string => {
    const clause = clauses.get(id);
    if (clause) return clause;
    const e = model.index[id];
    if (!e) return id;
    switch (e.kind) {
      case 'phrase':
      case 'forbidden':
      case 'conduct':
        return `${titleOf(e.container) ?? ''}（${e.kind === 'forbidden' ? '服务忌语' : e.kind === 'conduct' ? '仪容举止' : '规范用语'}）`;
      case 'situation':
        return `${e.label}（规范用语）`;
      case 'node':
        return `${titleOf(e.container) ?? e.label}`;
      case 'commitment':
        return `服务承诺：${e.label}`;
      default:
        return e.label;
    }
  };
  return (ids) => [...new Set(ids.map(one))].join('；');
}

/* ------------------------------------------------------------------ layout */

/** Something drawn inside a line of text: a blank to write on, or the answer brackets. */
interface Inline {
  kind: 'blank' | 'text';
  width: number;
  /** For 'text': drawn as is, never split (the answer brackets with the characters before them). */
  text?: string;
}

/** Text with inline objects, each stood for by one private-use character so that it never splits. */
interface Rich {
  lines: Line[];
  inline: Map<number, Inline>;
}

type Content =
  | { type: 'text'; lines: Line[]; style: Style; align: 'left' | 'center' | 'justify'; indent: number }
  | { type: 'numbered'; number: string; hang: number; lines: Line[]; style: Style }
  | { type: 'fields'; labels: string[]; style: Style }
  | { type: 'scores'; headers: string[]; points: string[]; widths: number[]; rowHeight: number }
  | { type: 'heading'; lines: Line[]; style: Style }
  | { type: 'question'; number: string; hang: number; stem: Rich; style: Style; optionStyle: Style; options: OptionRow[] }
  | Table;

/** One row of options: several short options side by side, or one option wrapped under its letter. */
interface OptionRow {
  cells: { label: string; lines: Line[]; x: number; width: number }[];
  height: number;
}

type Block = FlowBlock<Content>;
type Styles = Record<keyof QuizTemplate['type'], Style>;

/** Stems broken, per Measure (one per build of a scope's papers), by measure, style and text. */
const stemsBroken = new WeakMap<Measure, Map<string, { lines: Line[]; cost: number; ems: number }>>();

class QuizComposer {
  readonly blocks: Block[] = [];
  readonly width: number;
  readonly s: Styles;
  /** Inline objects are stood for by code points of plane 15's private use area, which content never reaches unchecked. */
  private nextInline = 0xf0000;

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

  text(text: string, s: Style, options: { align?: 'left' | 'center' | 'justify'; space?: number; after?: number; keepWithNext?: boolean; indent?: number } = {}, source?: SourceRef, what = 'the quiz paper'): void {
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
    this.blocks.push({ rows: lines.map(() => this.lh(s)), spaceBefore: space, keepTogether: true, content: { type: 'numbered', number, hang, lines, style: s } });
  }

  heading(text: string, note: string | undefined): void {
    const s = this.s.section;
    const lines = this.lines(text, s, this.width, undefined, 'a section heading');
    this.blocks.push({ rows: lines.map(() => this.lh(s)), spaceBefore: s.size * 1.1, spaceAfter: s.size * 0.2, keepWithNext: true, keepTogether: true, content: { type: 'heading', lines, style: s } });
    if (note) this.text(note, this.s.note, { keepWithNext: true, after: this.s.note.size * 0.3 });
  }

  /** Text with blanks (____) drawn as lines of `blankWidths[i]` and, for choice questions, the answer brackets. */
  /**
   * `insideEms`: widths the inside of the answer brackets may take, preferred first; another is
   * used when the preferred one leaves a loose line or one character alone on the last line.
   */
  rich(rawText: string, s: Style, width: number, blankWidths: number[], bracket: 'first-blank' | 'end' | 'none', source: SourceRef | undefined, what: string, insideEms: number[] = [2]): Rich {
    const inline = new Map<number, Inline>();
    const put = (item: Inline): string => {
      const cp = this.nextInline++;
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
    const plain = [...text].map((ch) => inline.get(ch.codePointAt(0) ?? 0)?.text ?? (inline.has(ch.codePointAt(0) ?? 0) ? '' : ch)).join('');
    this.measure.check(plain, s.weight, source, what);
    this.measure.check(BRACKET + BLANK_TEXT, s.weight, undefined, 'the quiz paper');
    const options: BreakOptions = { width, advance: (cp) => inline.get(cp)?.width ?? this.measure.advance(cp, s), em: () => s.size, rules: this.template.typography };
    // A paper is composed again once its page count is known: the same stems, broken the same way.
    let known = stemsBroken.get(this.measure);
    if (!known) stemsBroken.set(this.measure, (known = new Map()));
    const key = `${width}\u0000${s.size}\u0000${s.weight}\u0000${insideEms.join(',')}\u0000${[...inline.values()].map((i) => i.width).join(',')}\u0000${text}`;
    let best = known.get(key);
    if (!best) {
      for (const ems of insides.length > 0 ? insideEms : [0]) {
        for (const item of insides) item.width = ems * s.size;
        const set = breakLinesScored(text, options);
        if (!best || set.cost < best.cost) best = { ...set, ems };
        if (set.cost < FLAWED) break;
      }
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
      stem = this.rich(q.type === 'truefalse' ? trueFalseStem(q.stem) : q.stem, s, stemWidth, [], q.type === 'truefalse' ? 'end' : 'first-blank', q.source, what, insideEms);
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
          const lines = this.lines(o, so, perRow === 1 ? stemWidth - labelWidth : colWidth, q.source, `an option of ${what}`);
          return { label: `${optionLetter(i + j)}．`, lines, x: j * colWidth, width: perRow === 1 ? stemWidth - labelWidth : colWidth - labelWidth };
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
      paras: paras.map((p) => ({ lines: this.measure.lines(gbQuotes(p.text), p.style, w - pad * 2, undefined, 'the answer key', undefined, undefined, true), style: p.style })),
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
      content: { type: 'table', widths, header: headerCells, rows: bodyRows, headerHeight, rowHeights, pad, paraGap: 0, grid: false, kind: 'booklet' },
    });
  }
}

/* ----------------------------------------------------------------- drawing */

/**
 * The inside of the answer brackets: invisible ＿ rather than white space, so that extracted text
 * reads （＿＿） and never looks like a column gap.
 */
function drawBracketInside(t: Typesetter, page: PDFPage, x: number, y: number, s: Style, width: number): void {
  const count = Math.max(1, Math.round(width / s.size));
  const each = width / count - t.measure.advance(BLANK_TEXT.codePointAt(0)!, s);
  page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.Invisible));
  t.glyphRun(page, BLANK_TEXT.repeat(count), x, y, s, Array.from({ length: count }, () => each), t.colour(s.colour));
  page.pushOperators(popGraphicsState());
}

/** A line of a question stem: text with the line's gaps, blanks drawn as rules, the answer brackets. */
function drawRichLine(t: Typesetter, page: PDFPage, line: Line, inline: Map<number, Inline>, x: number, top: number, s: Style): void {
  const gaps = (line.justify && line.fill ? line.fill : line.gaps) ?? [];
  const y = page.getHeight() - (top + t.baseline(s));
  const colour = t.colour(s.colour);
  let left = x + (line.lead ?? 0);
  let run = '';
  let runGaps: number[] = [];
  const flush = (): void => {
    if (run === '') return;
    left = t.glyphRun(page, run, left, y, s, runGaps, colour) + (runGaps[runGaps.length - 1] ?? 0);
    run = '';
    runGaps = [];
  };
  let k = 0;
  for (const ch of line.text) {
    const gap = gaps[k++] ?? 0;
    const item = inline.get(ch.codePointAt(0) ?? 0);
    if (!item) {
      run += ch;
      runGaps.push(gap);
      continue;
    }
    flush();
    if (item.kind === 'text') drawBracketInside(t, page, left, y, s, item.width);
    else {
      const inset = s.size * 0.15;
      page.drawLine({ start: { x: left + inset, y: y - s.size * 0.14 }, end: { x: left + item.width - inset, y: y - s.size * 0.14 }, thickness: 0.6, color: t.colour('text') });
      // Invisible ＿ filling the blank exactly: copy-paste and text extraction show the blank, and no gap.
      const count = Math.max(1, Math.round(item.width / s.size));
      const each = item.width / count - t.measure.advance(BLANK_TEXT.codePointAt(0)!, s);
      page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.Invisible));
      t.glyphRun(page, BLANK_TEXT.repeat(count), left, y, s, Array.from({ length: count }, () => each), colour);
      page.pushOperators(popGraphicsState());
    }
    left += item.width + gap;
  }
  flush();
}

function drawFragment(t: Typesetter, c: QuizComposer, page: PDFPage, content: Content, from: number, to: number, top: number, left: number, continued: boolean): void {
  const measure = t.measure;
  const one = (text: string): Line[] => [{ text, width: 0, justify: false }];
  switch (content.type) {
    case 'text':
      t.drawLines(page, content.lines.slice(from, to), left + content.indent, top, c.width - content.indent, content.style, content.align);
      return;
    case 'heading':
      t.drawLines(page, content.lines.slice(from, to), left, top, c.width, content.style, 'left');
      return;
    case 'numbered':
      if (from === 0) t.drawLines(page, one(content.number), left, top, content.hang, content.style, 'left');
      t.drawLines(page, content.lines.slice(from, to), left + content.hang, top, c.width - content.hang, content.style);
      return;
    case 'fields': {
      const s = content.style;
      const each = c.width / content.labels.length;
      content.labels.forEach((label, i) => {
        const x = left + i * each;
        const w = measure.width(`${label}：`, s);
        t.drawLines(page, one(`${label}：`), x, top, w, s, 'left');
        const y = page.getHeight() - (top + t.baseline(s) + s.size * 0.18);
        page.drawLine({ start: { x: x + w, y }, end: { x: x + each - s.size * 1.2, y }, thickness: 0.6, color: t.colour('text') });
      });
      return;
    }
    case 'scores': {
      const s = c.s.table;
      const sh = c.s.tableHeader;
      const h = content.rowHeight;
      const rows = [content.headers, content.points, content.headers.map(() => '')];
      const labels = ['题号', '分值', '得分'];
      const labelWidth = c.width - content.widths.reduce((a, b) => a + b, 0);
      t.box(page, left, top, c.width, h, t.colour('tint'));
      rows.forEach((row, r) => {
        const y = top + r * h;
        const rh = r === 2 ? h * 1.6 : h;
        const ty = y + (rh - measure.lineHeight(s)) / 2;
        t.drawLines(page, one(labels[r]!), left, ty, labelWidth, sh, 'center');
        let x = left + labelWidth;
        row.forEach((cell, i) => {
          if (cell) t.drawLines(page, one(cell), x, ty, content.widths[i]!, r === 0 ? sh : s, 'center');
          x += content.widths[i]!;
        });
        t.rule(page, left, y + rh, c.width, t.colour('text'), 0.6);
      });
      const bottom = top + 3.6 * h;
      t.rule(page, left, top, c.width, t.colour('text'), 0.6);
      let x = left;
      for (const w of [labelWidth, ...content.widths, 0]) {
        page.drawLine({ start: { x, y: page.getHeight() - top }, end: { x, y: page.getHeight() - bottom }, thickness: 0.6, color: t.colour('text') });
        x += w;
      }
      return;
    }
    case 'question': {
      const s = content.style;
      const lh = measure.lineHeight(s);
      const stemRows = content.stem.lines.length;
      let y = top;
      for (let r = from; r < to; r++) {
        if (r < stemRows) {
          if (r === 0) t.drawLines(page, one(content.number), left, y, content.hang, s, 'left');
          const line = content.stem.lines[r]!;
          // Answer brackets that went down alone stand at the right margin, where a grader looks for them.
          const alone = r > 0 && r === stemRows - 1 && ![...line.text].some((ch) => isHan(ch) || isWestern(ch));
          drawRichLine(t, page, line, content.stem.inline, left + content.hang + (alone ? c.width - content.hang - line.width : 0), y, s);
          y += lh;
          continue;
        }
        const row = content.options[r - stemRows]!;
        const so = content.optionStyle;
        const labelWidth = measure.width('A．', so);
        for (const cell of row.cells) {
          const x = left + content.hang + cell.x;
          t.drawLines(page, one(cell.label), x, y, labelWidth, so, 'left');
          t.drawLines(page, cell.lines, x + labelWidth, y, cell.width, so, row.cells.length === 1 ? 'justify' : 'left');
        }
        y += row.height;
      }
      return;
    }
    case 'table':
      drawTable(t, page, content, from, to, top, left, c.width, continued);
      return;
  }
}

/* ---------------------------------------------------------------- documents */

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

function questionCount(a: QuizAssembly): number {
  return a.sections.reduce((n, s) => n + s.questions.length, 0);
}

function composePaper(model: Model, scope: QuizPaperScope, template: QuizTemplate, measure: Measure, a: QuizAssembly, v: QuizVersion, pages: number): QuizComposer {
  const c = new QuizComposer(template, measure);
  const s = c.s;
  c.text(scope.label, s.unit, { align: 'center' }, undefined, 'the unit name');
  c.text(`${template.title}试卷（${v.letter}卷）`, s.title, { align: 'center', space: s.unit.size * 0.3, after: s.title.size * 0.6 });
  // With a sealing line the candidate's fields are in the sealed strip; the score stays on top.
  const fields = template.sealingLine ? template.fields.filter((f) => f === '得分') : template.fields;
  if (fields.length > 0) c.blocks.push({ rows: [c.lh(s.field) * 1.5], keepTogether: true, content: { type: 'fields', labels: fields, style: s.field } });
  // 得分栏: a grader writes each section's score and the total.
  const headers = [...a.sections.map((x) => x.numeral), '总分'];
  const cols = headers.length;
  const labelShare = 0.16;
  const widths = headers.map(() => (c.width * (1 - labelShare)) / cols);
  const rowHeight = c.lh(s.table) * 1.25;
  c.blocks.push({
    rows: [rowHeight * 3.6],
    spaceBefore: s.field.size * 0.6,
    spaceAfter: s.field.size * 0.4,
    keepTogether: true,
    content: { type: 'scores', headers, points: [...a.sections.map((x) => num(x.points * x.questions.length)), num(a.total)], widths, rowHeight },
  });
  if (template.instructions.length > 0) {
    c.text('考生须知', { ...s.instructions, weight: 'bold' }, { align: 'left', space: s.instructions.size * 0.6, keepWithNext: true });
    const values = { pages: String(pages), total: num(a.total), minutes: String(model.organisation.exam.minutes), questions: String(questionCount(a)), version: `${v.letter}卷` };
    template.instructions.forEach((line, i) => c.numbered(`${i + 1}．`, fill(line, values), s.instructions, s.instructions.size * 0.15));
  }
  a.sections.forEach((section, si) => {
    const n = section.questions.length;
    c.heading(`${section.numeral}、${SECTION_TITLES[section.type]}（共${n}题，每题${num(section.points)}分，计${num(n * section.points)}分）`, section.note);
    v.sections[si]!.forEach((q, i) => c.question(i + 1, q));
  });
  return c;
}

function composeKey(model: Model, scope: QuizPaperScope, template: QuizTemplate, measure: Measure, a: QuizAssembly): QuizComposer {
  const c = new QuizComposer(template, measure);
  const s = c.s;
  const cite = citeLabels(model);
  const letters = a.versions.map((v) => `${v.letter}卷`);
  c.text(scope.label, s.unit, { align: 'center' }, undefined, 'the unit name');
  c.text(`${template.title}参考答案及评分标准`, s.title, { align: 'center', space: s.unit.size * 0.3, after: s.title.size * 0.5 });
  c.text(
    `本答案适用于${letters.join('、')}。各卷题目相同，题序和选项顺序不同，请按试卷版本核对。满分${num(a.total)}分。组卷种子：${a.seed}（种子和内容不变，试卷与答案不变）。`,
    s.note,
    { space: 0 },
  );
  const share = 0.9 / a.versions.length;
  a.sections.forEach((section, si) => {
    const n = section.questions.length;
    c.heading(`${section.numeral}、${SECTION_TITLES[section.type]}（每题${num(section.points)}分，共${num(n * section.points)}分）`, undefined);
    c.table(
      [0.1, ...a.versions.map(() => share)],
      ['题号', ...letters],
      section.questions.map((_, i) => [[{ text: String(i + 1), style: s.table }], ...a.versions.map((v) => [{ text: answerText(v.sections[si]![i]!), style: s.table }])]),
      section.type === 'blank' ? 1 : 1 + a.versions.length,
    );
  });
  c.heading('评分说明', undefined);
  const rules: string[] = [];
  for (const section of a.sections) {
    const p = num(section.points);
    if (section.type === 'single') rules.push(`单项选择题每题${p}分，选对得分，选错或不选不得分。`);
    if (section.type === 'multiple') rules.push(`多项选择题每题${p}分，须选出全部正确选项方可得分，少选、多选、错选均不得分。`);
    if (section.type === 'truefalse') rules.push(`判断题每题${p}分，“${TRUE_MARK}”表示正确，“${FALSE_MARK}”表示错误。`);
    if (section.type === 'blank') rules.push(`填空题每题${p}分，有多个空的按空平均计分；括号内“或”后所列答案同样给分，错别字不给分。`);
  }
  rules.forEach((r, i) => c.numbered(`${i + 1}．`, r, s.instructions, s.instructions.size * 0.15));
  // Where each question comes from, once per question, with its number in every version.
  c.heading('题目出处', '讲评时按出处查阅条款原文；各卷题号分列。');
  const first = a.versions[0]!;
  const versionShare = Math.min(0.1, 0.4 / a.versions.length);
  a.sections.forEach((section, si) => {
    c.text(`${section.numeral}、${SECTION_TITLES[section.type]}`, { ...s.table, weight: 'bold' }, { align: 'left', space: s.table.size * 0.8, keepWithNext: true });
    c.table(
      [...a.versions.map(() => versionShare), 1 - versionShare * a.versions.length],
      [...letters, '依据'],
      first.sections[si]!.map((q) => [
        ...a.versions.map((v) => [{ text: String(v.sections[si]!.findIndex((x) => x.id === q.id) + 1), style: s.table }]),
        [{ text: cite(q.sources), style: s.table }],
      ]),
      a.versions.length,
    );
  });
  return c;
}

/**
 * 密封线: a dashed line down the left margin with 密封线内不要答题 along it, and on the first page
 * the candidate's fields outside it, all turned to read upwards as on a sealed paper.
 */
function drawSealingLine(t: Typesetter, page: PDFPage, template: QuizTemplate, first: boolean): void {
  const m = template.page.margin;
  const s: Style = { ...style(template.type.small), colour: 'muted' };
  const x = mm(m.left) * 0.62;
  const top = page.getHeight() - mm(m.top);
  const bottom = mm(m.bottom);
  const notice = '密　封　线　内　不　要　答　题';
  const noticeWidth = t.measure.width(notice, s);
  const mid = (top + bottom) / 2;
  const rgb = (c: RGB): string => `${fmt(c.red)} ${fmt(c.green)} ${fmt(c.blue)}`;
  // Text turned a quarter left (its baseline runs up the page) and drawn as outlines: the strip is
  // part of the printed form, not text to extract with the questions.
  const turned = (text: string, st: Style, cx: number, centre: number, width: number): string =>
    `q\n0 1 -1 0 ${fmt(cx + st.size * 0.35)} ${fmt(centre - width / 2)} cm\n${rgb(t.colour(st.colour))} rg\n${t.outlinePath(text, st)}\nf\nQ`;
  t.marked(page, 'Artifact', { type: 'Layout' }, () => {
    // The line and its notice are the same on every page: one form, drawn on each.
    t.stamp(page, 'sealing-line', () => ({
      bbox: [0, 0, mm(m.left), page.getHeight()],
      content: [
        `q\n0.6 w\n[3 2] 0 d\n${rgb(t.colour('muted'))} RG`,
        `${fmt(x)} ${fmt(top)} m ${fmt(x)} ${fmt(mid + noticeWidth / 2 + s.size)} l S`,
        `${fmt(x)} ${fmt(mid - noticeWidth / 2 - s.size)} m ${fmt(x)} ${fmt(bottom)} l S\nQ`,
        turned(notice, s, x, mid, noticeWidth),
      ].join('\n'),
    }));
    if (!first) return;
    const f: Style = style(template.type.field);
    const labels = template.fields.filter((l) => l !== '得分');
    const each = (top - bottom) / Math.max(1, labels.length);
    const ops: string[] = [];
    labels.forEach((label, i) => {
      const centre = bottom + each * (i + 0.5) - each * 0.25;
      const text = `${label}：`;
      const w = t.measure.width(text, f);
      const cx = x - f.size * 1.6;
      ops.push(turned(text, f, cx, centre, w));
      // The line to write on runs up from the label.
      const from = centre + w / 2 + f.size * 0.3;
      ops.push(`q\n0.6 w\n${rgb(t.colour('text'))} RG\n${fmt(cx + f.size * 0.5)} ${fmt(from)} m ${fmt(cx + f.size * 0.5)} ${fmt(from + each * 0.6)} l S\nQ`);
    });
    page.pushOperators(PDFOperator.of(ops.join('\n') as PDFOperatorNames));
  });
}

/** A number as content streams write it: at most three decimals. */
function fmt(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
}

async function render(model: Model, template: QuizTemplate, measure: Measure, cache: FontCache, c: QuizComposer, info: { title: string; subject: string; header: string; version: string; date: string; sealed?: boolean }): Promise<Uint8Array> {
  const [pageWidth, pageHeight] = pageSize(template);
  const m = template.page.margin;
  const contentTop = mm(m.top);
  const contentHeight = pageHeight - mm(m.top) - mm(m.bottom);
  const left = mm(m.left);
  const pages = paginate(c.blocks, contentHeight);
  const t = await Typesetter.create(cache, measure, {
    title: info.title,
    author: model.organisation.name,
    subject: info.subject,
    keywords: ['规范化服务', '统一考试', info.version],
    date: info.date,
    language: model.organisation.language,
  });
  await t.prepare();
  const sh = c.s.header;
  pages.forEach((flow, i) => {
    const page = t.doc.addPage([pageWidth, pageHeight]);
    // The sealing strip first: extracted text reads it before the page's questions, like a header.
    if (info.sealed) drawSealingLine(t, page, template, i === 0);
    for (const f of flow.fragments) drawFragment(t, c, page, f.block.content, f.from, f.to, contentTop + f.y, left, f.continued);
    // Running header and footer are pagination artifacts, not content.
    t.marked(page, 'Artifact', { type: 'Pagination' }, () => {
      if (i > 0) {
        const headerTop = mm(m.top) * 0.45;
        const text = info.header;
        measure.check(text, sh.weight, undefined, `the header in ${template.file}`);
        t.drawLines(page, [measure.line(text, sh)], left, headerTop, c.width, sh, 'left');
        t.rule(page, left, headerTop + measure.lineHeight(sh) + 1, c.width, t.colour('rule'), 0.4);
      }
      const footer = fill(template.footer, { version: info.version, page: String(i + 1), pages: String(pages.length) });
      measure.check(footer, sh.weight, undefined, `the footer in ${template.file}`);
      t.drawLines(page, [measure.line(footer, sh)], left, pageHeight - mm(m.bottom) * 0.62, c.width, sh, 'center');
    });
  });
  return t.save();
}

/** Every version's paper and the answer key of one scope. */
export async function buildQuizPapers(model: Model, scope: QuizPaperScope, template: QuizTemplate, cache: FontCache): Promise<{ papers: Uint8Array[]; key: Uint8Array }> {
  const measure = new Measure(cache, template);
  const a = assembleQuiz(model, scope, template);
  const [, pageHeight] = pageSize(template);
  const contentHeight = pageHeight - mm(template.page.margin.top) - mm(template.page.margin.bottom);
  const papers: Uint8Array[] = [];
  const date = scopeView(model, scope.unitId).effective;
  for (const v of a.versions) {
    // The instructions state the page count, which they can change: settle it first.
    let pages = 1;
    let layout = composePaper(model, scope, template, measure, a, v, pages);
    for (let i = 0; i < 3; i++) {
      const n = paginate(layout.blocks, contentHeight).length;
      if (n === pages) break;
      pages = n;
      layout = composePaper(model, scope, template, measure, a, v, pages);
    }
    const version = `${v.letter}卷`;
    papers.push(
      await render(model, template, measure, cache, layout, {
        title: `${scope.label}${template.title}试卷（${version}）`,
        subject: `${scope.label}规范化服务统一考试${version}，共${questionCount(a)}题，满分${num(a.total)}分`,
        header: fill(template.header, { unit: scope.label, title: template.title, version }),
        version,
        date,
        sealed: template.sealingLine,
      }),
    );
  }
  const keyComposer = composeKey(model, scope, template, measure, a);
  const key = await render(model, template, measure, cache, keyComposer, {
    title: `${scope.label}${template.title}参考答案`,
    subject: `${scope.label}规范化服务统一考试参考答案（${a.versions.map((v) => `${v.letter}卷`).join('、')}）`,
    header: fill(template.header, { unit: scope.label, title: template.title, version: '参考答案' }),
    version: '参考答案',
    date,
  });
  return { papers, key };
}

