/**
 * The one-time notice slip (一次性告知单) for one service of a unit: a box to tick per material,
 * lines for what the list lacks, the customer's name, the clerk's name and number, the date and
 * the unit's phones. One or two copies per sheet (客户联 / 存根联, with a cut line), each
 * fitted to its part of the page by stepping all sizes down together, like the pocket card.
 */
import type { PDFPage } from 'pdf-lib';
import { serviceGuide, slipLine, slipWording, type ServiceGuide } from '../model/guide.ts';

export { slipLine } from '../model/guide.ts';
import type { Model, ResolvedUnit } from '../model/types.ts';
import { unitView } from '../model/view.ts';
import { Composer, drawBlock } from './compose.ts';
import type { FontCache } from './fonts.ts';
import { Measure, style, type Style } from './measure.ts';
import { Typesetter } from './render.ts';
import { mm, type SlipTemplate } from './templates.ts';
import { pageBox } from './page-box.ts';

export class SlipOverflowError extends Error {}

type Styles = Record<keyof SlipTemplate['type'], Style>;

function compose(
  measure: Measure,
  width: number,
  s: Styles,
  g: ServiceGuide,
  unit: ResolvedUnit,
  template: SlipTemplate,
): Composer {
  const c = new Composer(measure, width);
  const at = (text: string, what: string) => ({ text, source: g.source, what: `${what} of service ${g.id}` });
  c.para(template.title, s.title, { align: 'center', space: 0 });
  c.para(at(unit.name, 'the unit'), s.small, { align: 'center', space: 0 });
  const words = slipWording(g);
  const l = words.labels;
  c.fields(
    [
      { label: l.customer, share: 0.62 },
      { label: l.phone, share: 0.38 },
    ],
    s.body,
    s.body.size * 0.5,
  );
  c.para(at(words.request, 'the name'), s.body, { space: s.body.size * 0.5 });
  c.boxes(
    g.materials.map((m) => ({ text: slipLine(m), source: m.source, what: `material ${m.id}` })),
    s.item,
  );
  c.boxes([l.other], s.item, s.item.size * 0.1);
  for (let i = 0; i < template.otherLines; i++) c.fields([{ label: '', share: 1 }], s.item, s.item.size * 0.1);
  c.para(at(words.where, 'the place'), s.body, { space: s.body.size * 0.5 });
  c.para(at(words.phones, 'the phones'), s.body, { align: 'left' });
  c.fields(
    [
      { label: l.clerk, share: 0.34 },
      { label: l.number, share: 0.24 },
      { label: l.date, value: '　　　年　　月　　日', share: 0.42 },
    ],
    s.body,
    s.body.size * 0.7,
  );
  c.para(template.note, s.small, { space: s.small.size * 0.6, align: 'left' });
  return c;
}

export async function buildSlip(
  model: Model,
  unit: ResolvedUnit,
  serviceId: string,
  template: SlipTemplate,
  cache: FontCache,
): Promise<Uint8Array> {
  const measure = new Measure(cache, template);
  const box = pageBox(template);
  const { pageWidth, pageHeight, margin: m } = box;
  const width = box.width;
  const copies = template.copies;
  // Each copy gets an equal part of the page; two copies are parted by a cut line with room around it.
  const gap = copies > 1 ? m.top + m.bottom : 0;
  const region = (box.height - gap * (copies - 1)) / copies;
  const view = unitView(model, unit.id);
  const guide = serviceGuide(model, view, view.services.find((x) => x.id === serviceId)!);

  const minScale = template.fit.minBodySize / template.type.body.size;
  let scale = 1;
  let styles: Styles;
  let c: Composer;
  for (;;) {
    styles = Object.fromEntries(Object.entries(template.type).map(([k, v]) => [k, style(v, scale)])) as Styles;
    c = compose(measure, width, styles, guide, unit, template);
    if (c.height() <= region) break;
    scale = Math.round((scale - template.fit.step) * 1000) / 1000;
    if (scale < minScale - 1e-9) {
      const over = (c.height() - region) / mm(1);
      throw new SlipOverflowError(
        `${template.output}-${unit.id}__${serviceId}.pdf（${template.file}）：一次性告知单超出 ${over.toFixed(1)} mm，材料太多时请用 copies: 1 或更大的纸 / ` +
          `the slip for ${serviceId} at ${unit.id} overflows by ${over.toFixed(1)} mm at the minimum size: use copies: 1 or a larger page in the template`,
      );
    }
  }

  const t = await Typesetter.create(cache, measure, {
    title: `${template.title}：${guide.name}（${unit.name}）`,
    author: unit.issuer,
    subject: `${unit.name}${guide.name}一次性告知单`,
    keywords: ['一次性告知', guide.name, unit.name],
    date: unit.effective,
    language: model.organisation.language,
  });
  await t.prepare();
  const page = t.doc.addPage([pageWidth, pageHeight]);
  for (let k = 0; k < copies; k++) {
    const top = m.top + k * (region + gap);
    drawCopy(t, page, c, top, m.left, width, template.labels[k], styles!.label);
    if (k > 0) cutLine(t, page, top - gap / 2, pageWidth, styles!.small);
  }
  return t.save();
}

function drawCopy(
  t: Typesetter,
  page: PDFPage,
  c: Composer,
  top: number,
  left: number,
  width: number,
  label: string | undefined,
  s: Style,
): void {
  let y = top;
  c.blocks.forEach((b, i) => {
    if (i > 0) y += b.spaceBefore ?? 0;
    drawBlock(t, page, b.content, 0, b.rows.length, y, left, width);
    y += (b.header ?? 0) + b.rows.reduce((a, r) => a + r, 0) + (b.spaceAfter ?? 0);
  });
  if (label) {
    t.measure.check(label, s.weight, undefined, 'the copy label');
    t.drawLines(page, [{ text: label, width: 0, justify: false }], left, top, width, s, 'right', t.colour('accent'));
  }
}

function cutLine(t: Typesetter, page: PDFPage, y: number, pageWidth: number, s: Style): void {
  const text = '沿此线剪开';
  t.measure.check(text, s.weight, undefined, 'the cut line');
  const w = t.measure.width(text, s);
  const H = page.getHeight();
  const yy = H - y;
  const middle = pageWidth / 2;
  page.drawLine({
    start: { x: mm(6), y: yy },
    end: { x: middle - w / 2 - s.size, y: yy },
    thickness: 0.5,
    color: t.colour('rule'),
    dashArray: [3, 2],
  });
  page.drawLine({
    start: { x: middle + w / 2 + s.size, y: yy },
    end: { x: pageWidth - mm(6), y: yy },
    thickness: 0.5,
    color: t.colour('rule'),
    dashArray: [3, 2],
  });
  t.drawLines(
    page,
    [{ text, width: w, justify: false }],
    middle - w / 2,
    y - t.measure.lineHeight(s) / 2,
    w,
    s,
    'left',
  );
}
