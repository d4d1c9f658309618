/**
 * Drawing a quiz paper's fragments on a page (stems with their blanks and answer brackets,
 * options, the score table, the answer key's tables) and the sealing strip (密封线) down the
 * left margin.
 */
import {
  PDFOperator,
  popGraphicsState,
  pushGraphicsState,
  setTextRenderingMode,
  TextRenderingMode,
  type PDFOperatorNames,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import { isHan, isWestern } from './layout/chars.ts';
import type { Line } from './layout/lines.ts';
import { style, type Style } from './measure.ts';
import type { Typesetter } from './render.ts';
import { drawTable } from './table.ts';
import { mm, type QuizTemplate } from './templates.ts';
import { fmt, pageHeight, strokeLine } from './content-stream.ts';
import { BLANK_TEXT } from './quiz-assembly.ts';
import type { Content, Inline, QuizComposer } from './quiz-compose.ts';

/**
 * The inside of the answer brackets: invisible ＿ rather than white space, so that extracted text
 * reads （＿＿） and never looks like a column gap.
 */
function drawBracketInside(t: Typesetter, page: PDFPage, x: number, y: number, s: Style, width: number): void {
  const count = Math.max(1, Math.round(width / s.size));
  const each = width / count - t.measure.advance(BLANK_TEXT.codePointAt(0)!, s);
  page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.Invisible));
  t.glyphRun(
    page,
    BLANK_TEXT.repeat(count),
    x,
    y,
    s,
    Array.from({ length: count }, () => each),
    t.colour(s.colour),
  );
  page.pushOperators(popGraphicsState());
}

/** A line of a question stem: text with the line's gaps, blanks drawn as rules, the answer brackets. */
function drawRichLine(
  t: Typesetter,
  page: PDFPage,
  line: Line,
  inline: Map<number, Inline>,
  x: number,
  top: number,
  s: Style,
): void {
  const gaps = (line.justify && line.fill ? line.fill : line.gaps) ?? [];
  const y = pageHeight(page) - (top + t.baseline(s));
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
      strokeLine(
        page,
        { x: left + inset, y: y - s.size * 0.14 },
        { x: left + item.width - inset, y: y - s.size * 0.14 },
        0.6,
        t.colour('text'),
      );
      // Invisible ＿ filling the blank exactly: copy-paste and text extraction show the blank, and no gap.
      const count = Math.max(1, Math.round(item.width / s.size));
      const each = item.width / count - t.measure.advance(BLANK_TEXT.codePointAt(0)!, s);
      page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.Invisible));
      t.glyphRun(
        page,
        BLANK_TEXT.repeat(count),
        left,
        y,
        s,
        Array.from({ length: count }, () => each),
        colour,
      );
      page.pushOperators(popGraphicsState());
    }
    left += item.width + gap;
  }
  flush();
}

/** A text set as one unbroken line. */
const one = (text: string): Line[] => [{ text, width: 0, justify: false }];

/** 得分栏: 题号, 分值 and an empty row for the grader, ruled all round. */
function drawScores(
  t: Typesetter,
  c: QuizComposer,
  page: PDFPage,
  content: Extract<Content, { type: 'scores' }>,
  top: number,
  left: number,
): void {
  const measure = t.measure;
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
    strokeLine(page, { x, y: pageHeight(page) - top }, { x, y: pageHeight(page) - bottom }, 0.6, t.colour('text'));
    x += w;
  }
}

/** Rows [from, to) of a question: its stem's lines, then its rows of options. */
function drawQuestion(
  t: Typesetter,
  c: QuizComposer,
  page: PDFPage,
  content: Extract<Content, { type: 'question' }>,
  from: number,
  to: number,
  top: number,
  left: number,
): void {
  const measure = t.measure;
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
      drawRichLine(
        t,
        page,
        line,
        content.stem.inline,
        left + content.hang + (alone ? c.width - content.hang - line.width : 0),
        y,
        s,
      );
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
}

export function drawFragment(
  t: Typesetter,
  c: QuizComposer,
  page: PDFPage,
  content: Content,
  from: number,
  to: number,
  top: number,
  left: number,
  continued: boolean,
): void {
  const measure = t.measure;
  switch (content.type) {
    case 'text':
      t.drawLines(
        page,
        content.lines.slice(from, to),
        left + content.indent,
        top,
        c.width - content.indent,
        content.style,
        content.align,
      );
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
        const y = pageHeight(page) - (top + t.baseline(s) + s.size * 0.18);
        strokeLine(page, { x: x + w, y }, { x: x + each - s.size * 1.2, y }, 0.6, t.colour('text'));
      });
      return;
    }
    case 'scores':
      drawScores(t, c, page, content, top, left);
      return;
    case 'question':
      drawQuestion(t, c, page, content, from, to, top, left);
      return;
    case 'table':
      drawTable(t, page, content, from, to, top, left, c.width, continued);
      return;
  }
}
/**
 * 密封线: a dashed line down the left margin with 密封线内不要答题 along it, and on the first page
 * the candidate's fields outside it, all turned to read upwards as on a sealed paper.
 */
export function drawSealingLine(t: Typesetter, page: PDFPage, template: QuizTemplate, first: boolean): void {
  const m = template.page.margin;
  const s: Style = { ...style(template.type.small), colour: 'muted' };
  const x = mm(m.left) * 0.62;
  const top = pageHeight(page) - mm(m.top);
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
      bbox: [0, 0, mm(m.left), pageHeight(page)],
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
      ops.push(
        `q\n0.6 w\n${rgb(t.colour('text'))} RG\n${fmt(cx + f.size * 0.5)} ${fmt(from)} m ${fmt(cx + f.size * 0.5)} ${fmt(from + each * 0.6)} l S\nQ`,
      );
    });
    page.pushOperators(PDFOperator.of(ops.join('\n') as PDFOperatorNames));
  });
}
