/**
 * The poster's horizontal bands (pieces) at one scale: the head repeated on every sheet, the
 * intro, a row per commitment (in full or compact: title and target only), the contacts with the
 * QR code, and the 落款; each piece knows its height, how much it may stretch and how it is drawn.
 */
import type { PDFPage } from 'pdf-lib';
import type { Model, ResolvedUnit } from '../model/types.ts';
import type { Commitment } from '../model/types/commitments.ts';
import { unitView } from '../model/view.ts';
import { formatDate } from '../model/wording.ts';
import { FLAWED, type Line } from './layout/lines.ts';
import { type Measure, style, type Style } from './measure.ts';
import type { Typesetter } from './render.ts';
import { mm, posterMinimums, type PosterTemplate } from './templates.ts';
import { pageBox } from './page-box.ts';
import { contactsPiece, qrBlock, signaturePiece } from './poster-foot.ts';

/** A horizontal band of the poster: its height, how much more it may take, and how to draw it. */
export interface Piece {
  height: number;
  /** Stretchable: extra height it may take when the sheet has room. */
  stretch: number;
  /** Shrinkable: height it gives up when the sheet is short (a gap that draws nothing). */
  shrink?: number;
  draw: (t: Typesetter, page: PDFPage, top: number, extra: number) => void;
}

/** Where a piece goes: repeated at the top of every sheet, the commitments, or once at the bottom of the last. */
export interface Plan {
  head: Piece[];
  /** The intro goes on the first sheet only. */
  intro: Piece[];
  rows: Piece[];
  foot: Piece[];
}

export type Mode = 'full' | 'compact';
export type TypeKey = keyof PosterTemplate['type'];

/** Each style at `scale`, never below what its reading distance allows. */
export function styles(template: PosterTemplate, scale: number): Record<TypeKey, Style> {
  const out = {} as Record<TypeKey, Style>;
  for (const [key, spec] of Object.entries(template.type) as [TypeKey, PosterTemplate['type'][TypeKey]][])
    out[key] = { ...style(spec), size: Math.max(styleFloor(template, key), spec.size * scale) };
  return out;
}

/**
 * The least size of a style: the reading minimum (posterMinimums), and for a style the design sets
 * larger than the commitments' text (the title, the unit's name, the hotline numbers) more, by the
 * square root of that ratio: shrunk to the body's minimum, a poster's title and its hotline numbers
 * were no larger than the text (a sheet of ten long commitments at 20 pt had a 20 pt 服务承诺 and
 * 20 pt phone numbers). Such a poster now keeps its headings and gives up the texts first.
 */
export function styleFloor(template: PosterTemplate, key: TypeKey): number {
  const min = posterMinimums(template);
  if (key === 'target') return min.target;
  const ratio = template.type[key].size / template.type.commitment.size;
  return ratio > 1 ? Math.round(min.body * Math.sqrt(ratio) * 10) / 10 : min.body;
}

export function planPoster(
  model: Model,
  unit: ResolvedUnit,
  template: PosterTemplate,
  measure: Measure,
  scale: number,
  mode: Mode,
): Plan {
  const box = pageBox(template);
  const { pageWidth, margin: m } = box;
  const left = m.left;
  const width = box.width;
  const S = styles(template, scale);
  const gap = S.commitment.size;
  const plan: Plan = { head: [], intro: [], rows: [], foot: [] };
  const bleed = mm(template.bleed);
  const qr = qrBlock(model, unit, template, S, measure, scale, mode);
  let afterCommitments = false;

  for (const block of template.blocks) {
    const target = afterCommitments ? plan.foot : plan.head;
    if (block === 'title') {
      const s = S.title;
      const lines = measure.lines(template.title, s, width, undefined, 'the poster title');
      const pad = s.size * 0.45;
      const height = lines.length * measure.lineHeight(s) + pad * 2;
      target.push({
        height: height + gap,
        stretch: 0,
        draw: (t, page, top) => {
          // The band runs to the page edges (into the bleed) above and beside the title.
          t.box(page, -bleed, -bleed, pageWidth + 2 * bleed, top + height + bleed, t.colour('accent'));
          t.drawLines(page, lines, left, top + pad, width, s, 'center');
        },
      });
    } else if (block === 'unit' || (block === 'intro' && template.intro)) {
      const s = block === 'unit' ? S.unit : S.intro;
      const text = block === 'unit' ? unit.name : (template.intro ?? '');
      const lines = measure.lines(text, s, width, unit.source, block === 'unit' ? 'the unit name' : 'the poster intro');
      const height = lines.length * measure.lineHeight(s);
      (block === 'intro' && !afterCommitments ? plan.intro : target).push({
        height: height + gap * 0.6,
        stretch: gap,
        draw: (t, page, top) => void t.drawLines(page, lines, left, top, width, s, 'center'),
      });
    } else if (block === 'commitments') {
      afterCommitments = true;
      const commitments = unitView(model, unit.id).publicCommitments;
      plan.rows.push(
        ...(mode === 'full'
          ? fullRows(commitments, S, measure, left, width)
          : compactRows(commitments, S, measure, left, width)),
      );
    } else if (block === 'contacts') {
      target.push(contactsPiece(unit, S, measure, left, width, template.blocks.includes('signature') ? undefined : qr));
    } else if (block === 'effective') {
      const s = S.small;
      const text = `${unit.issuer}　自${formatDate(unit.effective)}起施行`;
      const lines = measure.lines(text, s, width, unit.issuerSource, 'the effective-date line');
      target.push({
        height: lines.length * measure.lineHeight(s),
        stretch: 0,
        draw: (t, page, top) => void t.drawLines(page, lines, left, top, width, s, 'center'),
      });
    } else if (block === 'signature') {
      target.push(signaturePiece(unit, template, S, measure, left, width, qr));
    }
  }
  // The foot keeps a gap from the last commitment, as the commitments keep from each other: a
  // sheet filled to the foot set its last line against the hotline panel. The gap gives way
  // before the texts do (a poster that fits in full only without it stays in full).
  if (plan.rows.length > 0 && plan.foot.length > 0)
    plan.foot.unshift({ height: gap, stretch: 0, shrink: gap, draw: () => {} });
  return plan;
}

/** One row per commitment: number disc, bold title run in before the text, the target large on the right. */
function fullRows(
  commitments: Commitment[],
  S: Record<TypeKey, Style>,
  measure: Measure,
  left: number,
  width: number,
): Piece[] {
  const gap = S.commitment.size;
  const disc = S.number.size * 1.8;
  const targets = commitments.map((c) => c.target?.wording ?? '');
  for (const [i, c] of commitments.entries())
    if (c.target) measure.check(targets[i]!, S.target.weight, c.source, `commitment ${c.id}'s target`);
  const targetWidth = Math.min(width * 0.38, Math.max(0, ...targets.map((d) => measure.width(d, S.target))));
  const textLeft = left + disc + gap * 0.8;
  const textWidth = width - disc - gap * 0.8 - (targetWidth > 0 ? targetWidth + gap : 0);
  const rowGap = gap * 0.5;
  // A target wider than its column (不少于1次/季度 beside short ones) is broken, ragged, within
  // the column: drawn as one line it ran left over the commitment's text.
  const targetLines = commitments.map((c, i): Line[] => {
    if (!c.target) return [];
    const line = measure.line(targets[i]!, S.target);
    if (line.width <= targetWidth) return [line];
    return measure.lines(
      targets[i]!,
      S.target,
      targetWidth,
      c.source,
      `commitment ${c.id}'s target`,
      undefined,
      undefined,
      true,
    );
  });
  return commitments.map((c, i) => {
    // The title runs in, bold, before the text: one line less per commitment.
    const runIn = c.title ? `${c.title}　` : '';
    const styleAt = (index: number): Style => (index < runIn.length ? S.commitmentTitle : S.commitment);
    const { lines: textLines, width: setWidth } = narrowestFlawless(textWidth, S.commitment.size, (w) =>
      measure.linesScored(runIn + c.text, S.commitment, w, c.source, `commitment ${c.id}`, styleAt),
    );
    const textHeight = textLines.length * measure.lineHeight(S.commitment);
    const targetHeight = targetLines[i]!.length * measure.lineHeight(S.target);
    const height = Math.max(disc, textHeight, targetHeight);
    const sides = (i === 0 ? 0 : 1) + (i === commitments.length - 1 ? 0 : 1);
    return {
      height: height + rowGap * sides,
      stretch: rowGap * 1.5 * sides,
      draw: (t, page, top, extra) => {
        const each = sides > 0 ? extra / sides : 0;
        const rowTop = top + (i === 0 ? 0 : rowGap + each);
        if (i > 0) t.rule(page, left, top, width, t.colour('rule'), 0.8);
        drawDisc(t, page, S.number, left, rowTop + height / 2, disc, i + 1);
        t.drawLines(
          page,
          textLines,
          textLeft,
          rowTop + Math.max(0, (height - textHeight) / 2),
          setWidth,
          S.commitment,
          'justify',
          undefined,
          styleAt,
        );
        if (c.target) {
          const ttop = rowTop + (height - targetHeight) / 2;
          t.drawLines(page, targetLines[i]!, left + width - targetWidth, ttop, targetWidth, S.target, 'right');
        }
      },
    };
  });
}

/**
 * Titles and targets only, in as many columns as fit (up to three): each commitment a cell with
 * its number, title, and target below it. A commitment without a target keeps its text below its
 * title instead: a title alone (一次说清 and an empty space) promises nothing a reader can hold
 * the unit to.
 */
function compactRows(
  commitments: Commitment[],
  S: Record<TypeKey, Style>,
  measure: Measure,
  left: number,
  width: number,
): Piece[] {
  const gap = S.commitment.size;
  const disc = S.number.size * 1.6;
  for (const c of commitments)
    if (c.target) measure.check(c.target.wording, S.target.weight, c.source, `commitment ${c.id}'s target`);
  const labels = commitments.map((c) => c.title ?? c.text);
  const widest = Math.max(
    0,
    ...commitments.map((c, i) =>
      Math.max(measure.width(labels[i]!, S.commitmentTitle), c.target ? measure.width(c.target.wording, S.target) : 0),
    ),
  );
  const columns = [3, 2, 1].find((n) => (width - gap * (n - 1)) / n >= disc + gap * 0.6 + widest) ?? 1;
  const cellWidth = (width - gap * (columns - 1)) / columns;
  const textWidth = cellWidth - disc - gap * 0.6;
  // Title and target read as one item: the title's leading is tighter than in running text.
  const sTitle: Style = { ...S.commitmentTitle, leading: Math.min(S.commitmentTitle.leading, 1.3) };
  const cells = commitments.map((c, i) => {
    const title = measure.lines(labels[i]!, sTitle, textWidth, c.source, `commitment ${c.id}`);
    const titleHeight = title.length * measure.lineHeight(sTitle);
    // Without a title the label already is the text.
    const words =
      !c.target && c.title ? measure.lines(c.text, S.commitment, textWidth, c.source, `commitment ${c.id}`) : [];
    const below = c.target ? measure.lineHeight(S.target) : words.length * measure.lineHeight(S.commitment);
    return { c, title, titleHeight, words, height: titleHeight + below };
  });
  const rows: Piece[] = [];
  const rowGap = gap * 0.5;
  for (let r = 0; r * columns < cells.length; r++) {
    const row = cells.slice(r * columns, (r + 1) * columns);
    const height = Math.max(...row.map((x) => x.height));
    const first = r === 0;
    const last = (r + 1) * columns >= cells.length;
    const sides = (first ? 0 : 1) + (last ? 0 : 1);
    rows.push({
      height: height + rowGap * sides,
      stretch: rowGap * 1.5 * sides,
      draw: (t, page, top, extra) => {
        const rowTop = top + (first ? 0 : rowGap + (sides > 0 ? extra / sides : 0));
        if (!first) t.rule(page, left, top, width, t.colour('rule'), 0.8);
        row.forEach((cell, k) => {
          const x = left + k * (cellWidth + gap);
          const number = r * columns + k + 1;
          drawDisc(t, page, S.number, x, rowTop + measure.lineHeight(sTitle) / 2, disc, number);
          t.drawLines(page, cell.title, x + disc + gap * 0.6, rowTop, textWidth, sTitle, 'left');
          if (cell.c.target)
            t.drawLines(
              page,
              [measure.line(cell.c.target.wording, S.target)],
              x + disc + gap * 0.6,
              rowTop + cell.titleHeight,
              textWidth,
              S.target,
              'left',
            );
          else if (cell.words.length)
            t.drawLines(
              page,
              cell.words,
              x + disc + gap * 0.6,
              rowTop + cell.titleHeight,
              textWidth,
              S.commitment,
              'left',
            );
        });
      },
    });
  }
  return rows;
}

function drawDisc(
  t: Typesetter,
  page: PDFPage,
  s: Style,
  left: number,
  centreTop: number,
  diameter: number,
  n: number,
): void {
  const cy = page.getHeight() - centreTop;
  page.drawCircle({ x: left + diameter / 2, y: cy, size: diameter / 2, color: t.colour('accent') });
  const number = String(n);
  const nw = t.measure.width(number, s);
  const face = t.measure.faces[s.weight];
  t.text(page, number, left + diameter / 2 - nw / 2, cy - ((face.ascent + face.descent) / 2) * s.size * 0.93, s);
}

/**
 * A commitment's text at the column's width, or up to 1.5 em narrower when that leaves one
 * character alone on its last line or a line short (the breaker's FLAWED): the column's right
 * edge gives a little beside the target, as a typesetter would give, rather than 复。 alone under
 * a letter-spaced line. Never more lines than at the full width.
 */
function narrowestFlawless(
  width: number,
  em: number,
  set: (width: number) => { lines: Line[]; cost: number },
): { lines: Line[]; width: number } {
  const full = set(width);
  if (full.cost < FLAWED) return { lines: full.lines, width };
  for (const ems of [0.5, 1, 1.5]) {
    const narrower = set(width - ems * em);
    if (narrower.cost < FLAWED && narrower.lines.length <= full.lines.length)
      return { lines: narrower.lines, width: width - ems * em };
  }
  return { lines: full.lines, width };
}
