/**
 * The pocket card (人手一卡), 85.6 × 54 mm, two sides: what to say (✓) and never say (✗); the key
 * commitments and the numbers to call, their values in a column. Each side's type is set as
 * large as fits, so the content fills the card. A print shop gets an A4 sheet of ten cards per
 * side (card-sheet-<unit>.pdf): fronts on the first page, backs on the second in mirrored
 * columns so that they back up when printed double-sided, with bleed and crop marks.
 */
import type { PDFPage } from 'pdf-lib';
import {
  LineCapStyle,
  LineJoinStyle,
  lineTo,
  moveTo,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  setLineCap,
  setLineJoin,
  setLineWidth,
  setStrokingColor,
  stroke,
} from 'pdf-lib';
import type { Model, ResolvedUnit } from '../model/types.ts';
import type { FontCache } from './fonts.ts';
import type { Line } from './layout/lines.ts';
import { Measure, style, type Style } from './measure.ts';
import { Typesetter } from './render.ts';
import { mm, pageSize, type CardTemplate } from './templates.ts';
import { pageBox } from './page-box.ts';
import { type Mark, sections } from './card-sections.ts';
import { cardFileName } from './plan.ts';
import { drawTrimMarks } from './trim.ts';

export class CardOverflowError extends Error {}

interface Plan {
  height: number;
  /** Gaps between sections, which take the room left over, each up to `gapMost`. */
  gaps: number;
  gapMost: number;
  draw: (t: Typesetter, page: PDFPage, extraPerGap: number) => void;
}

/** ✓ and ✗ as the site shows them, drawn as strokes (the font has ✓ but no ✗): one weight, one size. */
function drawMark(t: Typesetter, page: PDFPage, mark: Mark, x: number, top: number, s: Style): void {
  if (mark === 'none') return;
  const size = s.size * 0.72;
  const lh = s.size * s.leading;
  const cy = page.getHeight() - (top + lh / 2);
  if (mark === 'dot') {
    page.drawCircle({ x: x + size / 2, y: cy, size: size * 0.16, color: t.colour('muted') });
    return;
  }
  const colour = mark === 'yes' ? t.colour('good') : t.colour('accent');
  const h = size / 2;
  const cx = x + h;
  const path =
    mark === 'yes'
      ? [moveTo(cx - h, cy), lineTo(cx - h * 0.3, cy - h * 0.7), lineTo(cx + h, cy + h * 0.8)]
      : [
          moveTo(cx - h * 0.8, cy + h * 0.8),
          lineTo(cx + h * 0.8, cy - h * 0.8),
          moveTo(cx - h * 0.8, cy - h * 0.8),
          lineTo(cx + h * 0.8, cy + h * 0.8),
        ];
  page.pushOperators(
    pushGraphicsState(),
    setStrokingColor(colour),
    setLineWidth(s.size * 0.11),
    setLineCap(LineCapStyle.Round),
    setLineJoin(LineJoinStyle.Round),
    ...path,
    stroke(),
    popGraphicsState(),
  );
}

/** One section of a card side: its height and how to draw it at a given top (labels with their values in one column). */
function planSection(
  section: ReturnType<typeof sections>[number],
  measure: Measure,
  styles: { sHeading: Style; sBody: Style; sStrong: Style },
  left: number,
  width: number,
): { height: number; draw: (t: Typesetter, page: PDFPage, top: number) => number } {
  const { sHeading, sBody, sStrong } = styles;
  const headingHeight = measure.lineHeight(sHeading);
  measure.check(section.heading, sHeading.weight, undefined, 'a card heading');
  const markWidth = section.mark === 'none' ? 0 : sBody.size * 1.05;
  const textWidth = width - markWidth;
  // Values in one column: right of the widest label when that fits, else flush right.
  const valued = section.entries.filter((e) => e.value !== undefined);
  for (const e of valued) measure.check(e.value!, sStrong.weight, e.source, e.what);
  const widestValue = Math.max(0, ...valued.map((e) => measure.width(e.value!, sStrong)));
  const widestLabel = Math.max(0, ...valued.map((e) => measure.width(e.text, sBody)));
  const gap = sBody.size;
  const valueX = widestLabel + gap + widestValue <= textWidth ? widestLabel + gap : textWidth - widestValue;
  const items = section.entries.map((e) => ({
    e,
    lines: measure.lines(
      e.text,
      sBody,
      e.value !== undefined ? valueX - gap * 0.5 : textWidth,
      e.source,
      e.what,
      undefined,
      undefined,
      e.value !== undefined,
    ) as Line[],
  }));
  const itemsHeight = items.reduce((a, i) => a + i.lines.length * measure.lineHeight(sBody), 0);
  const draw = (t: Typesetter, page: PDFPage, top: number): number => {
    t.drawLines(page, [measure.line(section.heading, sHeading)], left, top, width, sHeading, 'left');
    let y = top + headingHeight;
    for (const item of items) {
      drawMark(t, page, section.mark, left, y, sBody);
      const x = left + markWidth;
      const h = t.drawLines(
        page,
        item.lines,
        x,
        y,
        item.e.value !== undefined ? valueX : textWidth,
        sBody,
        item.e.value !== undefined ? 'left' : 'justify',
      );
      if (item.e.value !== undefined) {
        // The value sits on the label's first line, on the same baseline.
        const vy = y + (measure.lineHeight(sBody) - measure.lineHeight(sStrong)) / 2;
        t.drawLines(page, [measure.line(item.e.value, sStrong)], x + valueX, vy, widestValue, sStrong, 'left');
      }
      y += h;
    }
    return headingHeight + itemsHeight;
  };
  return { height: headingHeight + itemsHeight, draw };
}

function planSide(
  model: Model,
  unit: ResolvedUnit,
  template: CardTemplate,
  measure: Measure,
  blocks: CardTemplate['front'],
  scale: number,
  banner: string,
): Plan {
  const box = pageBox(template);
  const { pageWidth, margin: m } = box;
  const left = m.left;
  const width = box.width;
  const sHeading = style(template.type.heading, scale);
  const sBody = style(template.type.body, scale);
  const sStrong = style(template.type.strong, scale);
  // The banner keeps its size: it names the unit, the content is what grows.
  const sSmall = style(template.type.small);
  const bannerLines = measure.lines(banner, sSmall, width, unit.source, 'the card banner');
  const bannerHeight = measure.lineHeight(sSmall) + mm(1.6);
  const ops: ((t: Typesetter, page: PDFPage, top: number) => number)[] = [];
  ops.push((t, page) => {
    // The banner runs into the bleed (the page box is grown later; negative tops are above the trim).
    t.box(page, -mm(3), -mm(3), pageWidth + mm(6), m.top + bannerHeight - mm(0.8) + mm(3), t.colour('accent'));
    t.drawLines(page, bannerLines.slice(0, 1), left, m.top - mm(0.2), width, sSmall, 'left', t.colour('accentText'));
    return bannerHeight;
  });
  let height = bannerHeight;
  const list = sections(model, unit, template, blocks);
  for (const section of list) {
    const planned = planSection(section, measure, { sHeading, sBody, sStrong }, left, width);
    height += planned.height;
    ops.push(planned.draw);
  }
  const gaps = Math.max(0, list.length - 1);
  const gapBase = sBody.size * 0.5;
  height += gapBase * gaps;
  return {
    height,
    gaps,
    // A side with little on it keeps its sections together at the top (the rest of the room
    // stays below) instead of pushing them apart by half the card.
    gapMost: sBody.size * 1.5,
    draw: (t, page, extra) => {
      let top = m.top;
      ops.forEach((op, i) => {
        top += op(t, page, top);
        if (i > 0 && i < ops.length - 1) top += gapBase + extra;
      });
    },
  };
}

/**
 * Each side at the largest scale (up to template.fit.max) that fits. Below minBodySize it throws
 * CardOverflowError naming the unit's file and the longest entries of that side; `guifan check`
 * runs this too, so check fails where the build would.
 */
export function fitCard(model: Model, unit: ResolvedUnit, template: CardTemplate, measure: Measure): Plan[] {
  const [, pageHeight] = pageSize(template);
  const available = pageHeight - mm(template.page.margin.top) - mm(template.page.margin.bottom);
  const minScale = template.fit.minBodySize / template.type.body.size;
  const banner = `${unit.shortName}　规范化服务卡`;
  const sides: Plan[] = [];
  for (const [name, blocks] of [
    ['front', template.front],
    ['back', template.back],
  ] as const) {
    let scale = template.fit.max;
    let plan = planSide(model, unit, template, measure, blocks, scale, banner);
    while (plan.height > available) {
      scale = Math.round((scale - template.fit.step) * 1000) / 1000;
      if (scale < minScale - 1e-9) {
        const over = (plan.height - available) / mm(1);
        const longest = sections(model, unit, template, blocks)
          .flatMap((s) => s.entries)
          .filter((e) => e.source)
          .sort((a, b) => [...b.text].length - [...a.text].length)
          .map((e) => `${e.what}（${e.source!.file}:${e.source!.line}）`)
          // The hotlines all stand at the unit's line: named once.
          .filter((e, i, all) => all.indexOf(e) === i)
          .slice(0, 3);
        throw new CardOverflowError(
          `${cardFileName(template, unit)}（${template.file}，单位 ${unit.source.file}）：卡片${name === 'front' ? '正面' : '背面'}内容超出 ${over.toFixed(1)} mm；请缩短 ${longest.join('、')}，或减少模板中的条数 / ` +
            `the ${name} of card ${cardFileName(template, unit)} overflows by ${over.toFixed(1)} mm at the minimum size (unit ${unit.source.file}): shorten ${longest.join(', ').replace(/（/g, ' (').replace(/）/g, ')')}, or lower the limits in the template`,
        );
      }
      plan = planSide(model, unit, template, measure, blocks, scale, banner);
    }
    const spare = available - plan.height;
    sides.push({
      ...plan,
      draw: (t, page) => plan.draw(t, page, plan.gaps > 0 ? Math.min(spare / plan.gaps, plan.gapMost) : 0),
    });
  }
  return sides;
}

async function cardDocument(
  model: Model,
  unit: ResolvedUnit,
  template: CardTemplate,
  cache: FontCache,
): Promise<Typesetter> {
  const measure = new Measure(cache, template);
  const [pageWidth, pageHeight] = pageSize(template);
  const sides = fitCard(model, unit, template, measure);
  const t = await Typesetter.create(cache, measure, {
    title: `规范化服务卡 · ${unit.name}`,
    author: unit.issuer,
    subject: `${unit.name}规范化服务卡`,
    keywords: ['规范化服务', '服务卡'],
    date: unit.effective,
    language: model.organisation.language,
  });
  await t.prepare();
  for (const side of sides) {
    const page = t.doc.addPage([pageWidth, pageHeight]);
    side.draw(t, page, 0);
  }
  return t;
}

export async function buildCard(
  model: Model,
  unit: ResolvedUnit,
  template: CardTemplate,
  cache: FontCache,
): Promise<Uint8Array> {
  return (await cardDocument(model, unit, template, cache)).save();
}

/**
 * Ten cards a side on one sheet (template.sheet): fronts on page 1, backs on page 2 with the
 * columns mirrored, cut lines marked in the margins. Each card keeps a bleed into the gutter.
 */
export async function buildCardSheet(
  model: Model,
  unit: ResolvedUnit,
  template: CardTemplate,
  cache: FontCache,
  cardBytes?: Uint8Array,
): Promise<Uint8Array> {
  const sheet = template.sheet!;
  const bleed = mm(Math.min(sheet.bleed, sheet.gutter / 2));
  // The card as buildCard makes it: its banner already runs past the trim; the embedded box takes the bleed of it.
  const card = cardBytes ?? (await buildCard(model, unit, template, cache));
  const [w, h] = pageSize(template);
  const [sheetWidth, sheetHeight] = pageSize({
    page: { size: sheet.size, orientation: 'portrait', margin: { top: 0, right: 0, bottom: 0, left: 0 } },
  });
  const gutter = mm(sheet.gutter);
  const blockWidth = sheet.columns * w + (sheet.columns - 1) * gutter;
  const blockHeight = sheet.rows * h + (sheet.rows - 1) * gutter;
  const x0 = (sheetWidth - blockWidth) / 2;
  const y0 = (sheetHeight - blockHeight) / 2;
  const doc = await PDFDocument.create({ updateMetadata: false });
  const date = new Date(`${unit.effective}T00:00:00Z`);
  doc.setTitle(`规范化服务卡（A4 印刷版）· ${unit.name}`, { showInWindowTitleBar: true });
  doc.setAuthor(unit.issuer);
  doc.setCreator('guifan');
  doc.setProducer('guifan (pdf-lib)');
  doc.setLanguage(model.organisation.language);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const pages = (await PDFDocument.load(card, { updateMetadata: false })).getPages();
  const box = { left: -bleed, bottom: -bleed, right: w + bleed, top: h + bleed };
  const [front, back] = await doc.embedPages(pages, [box, box]);
  for (const [side, embedded] of [front, back].entries()) {
    const page = doc.addPage([sheetWidth, sheetHeight]);
    for (let r = 0; r < sheet.rows; r++) {
      for (let c = 0; c < sheet.columns; c++) {
        // Backs in mirrored columns: card (r, c) backs up the front at (r, columns - 1 - c).
        const col = side === 0 ? c : sheet.columns - 1 - c;
        const x = x0 + col * (w + gutter);
        const y = sheetHeight - y0 - (r + 1) * h - r * gutter;
        page.drawPage(embedded!, { x: x - bleed, y: y - bleed, width: w + 2 * bleed, height: h + 2 * bleed });
      }
    }
    if (sheet.cropMarks) {
      for (let r = 0; r < sheet.rows; r++) {
        for (let c = 0; c < sheet.columns; c++) {
          const x = x0 + c * (w + gutter);
          const y = sheetHeight - y0 - (r + 1) * h - r * gutter;
          drawCutMarks(
            page,
            { x, y, width: w, height: h },
            { x: x0, y: sheetHeight - y0 - blockHeight, width: blockWidth, height: blockHeight },
          );
        }
      }
    }
  }
  return doc.save({ useObjectStreams: true, addDefaultPage: false });
}

/** Marks for one card's cut lines, drawn only outside the block of cards (inside it they would print on a neighbour). */
function drawCutMarks(
  page: PDFPage,
  card: { x: number; y: number; width: number; height: number },
  block: { x: number; y: number; width: number; height: number },
): void {
  const onEdge = {
    left: card.x === block.x,
    right: Math.abs(card.x + card.width - block.x - block.width) < 0.01,
    bottom: Math.abs(card.y - block.y) < 0.01,
    top: Math.abs(card.y + card.height - block.y - block.height) < 0.01,
  };
  if (!onEdge.left && !onEdge.right && !onEdge.bottom && !onEdge.top) return;
  drawTrimMarks(page, 0, card, onEdge);
}
