/**
 * Service guides (办事指南) as PDFs: one A4 guide per service of a unit, or every guide of a
 * unit in a booklet with a cover, contents with page numbers and bookmarks. What a guide says
 * is the model's (model/guide.ts: the unit's materials, time limit, fees, steps, place, hours
 * and phones, worded there); this file only sets it.
 */
import type { PDFPage } from 'pdf-lib';
import { serviceGuide, serviceGuides, type ServiceGuide } from '../model/guide.ts';
import type { Model, ResolvedUnit } from '../model/types.ts';
import { unitView } from '../model/view.ts';
import { formatDate } from '../model/wording.ts';
import { Composer, drawBlock, type Block } from './compose.ts';
import type { FontCache } from './fonts.ts';
import { paginate, type FlowPage } from './layout/flow.ts';
import { addLink, writeOutline, type OutlineEntry } from './navigation.ts';
import { Measure, style, type Style } from './measure.ts';
import { Typesetter } from './render.ts';
import { mm, type GuideTemplate } from './templates.ts';
import { pageBox } from './page-box.ts';

type Styles = Record<keyof GuideTemplate['type'], Style>;

function stylesOf(template: GuideTemplate): Styles {
  return Object.fromEntries(Object.entries(template.type).map(([k, v]) => [k, style(v)])) as Styles;
}

/** One guide's blocks; `toc` marks its title for the booklet's contents. */
function composeGuide(
  c: Composer,
  s: Styles,
  g: ServiceGuide,
  template: GuideTemplate,
  unit: ResolvedUnit,
  toc: boolean,
): void {
  const at = (text: string, what: string) => ({ text, source: g.source, what: `${what} of service ${g.id}` });
  c.para(at(`${unit.name}　${template.title}${g.category ? `　${g.category}` : ''}`, 'the heading'), s.subtitle, {
    align: 'left',
    space: 0,
    keepWithNext: true,
  });
  c.heading(at(g.name, 'the name'), s.title, { space: s.title.size * 0.2, ...(toc ? { toc: g.name } : {}) });
  if (g.summary) c.para(at(g.summary, 'the summary'), s.body);

  const info: [string, string[]][] = [
    ['办结时限', [g.timeLimitText + (g.timeLimitNote ? `（${g.timeLimitNote}）` : '')]],
    ['收费标准', g.fees],
    ['办理地点', g.place ? [g.place] : []],
    ['办理时间', g.hours ? [g.hours] : []],
    ['咨询电话', g.phones.map((p) => `${p.label}　${p.number}`)],
    ['跑动次数', [g.visitsText]],
    ['网上办理', g.online.length > 0 ? [g.online.join('、')] : []],
    ['办理依据', g.basis],
  ];
  c.table({
    columns: [0.18, 0.82],
    header: [],
    rows: info.filter(([, v]) => v.length > 0).map(([k, v]) => ({ cells: [k, v.map((x) => at(x, k))] })),
    style: s.table,
    headerStyle: s.label,
    columnStyles: [s.label],
    grid: true,
  });

  if (g.conditions.length > 0) {
    c.heading('办理条件', s.h2, { bar: true });
    g.conditions.forEach((x, i) => c.para(at(`${i + 1}. ${x}`, 'a condition'), s.body, { space: s.body.size * 0.15 }));
  }
  if (g.materials.length > 0) composeMaterials(c, s, g);
  if (g.steps.length > 0) {
    c.heading('办理流程', s.h2, { bar: true });
    g.steps.forEach((step, i) => {
      const extra = [step.timeLimit ? `时限：${step.timeLimit}` : '', step.role ? `岗位：${step.role}` : '']
        .filter(Boolean)
        .join('；');
      c.para(at(`${i + 1}. ${step.label}${extra ? `（${extra}）` : ''}`, 'a step'), s.body, {
        space: s.body.size * 0.15,
      });
    });
    if (g.process) c.para(at(`流程依据：${g.process.title}`, 'the process'), s.small, { align: 'left' });
  }
  c.para(
    `本指南由${unit.name}依据现行规定编制，自${formatDate(unit.effective)}起施行；如有变动，以窗口公告为准。`,
    s.small,
    { align: 'left', space: s.body.size * 1.2 },
  );
}

/** The guide's materials to bring: a numbered table of name, form and copies, issuer and notes. */
function composeMaterials(c: Composer, s: Styles, g: ServiceGuide): void {
  c.heading('申请材料', s.h2, { bar: true });
  // Without any issuer named, the 出具单位 column is left out (model/guide.ts) and its width shared.
  const issuers = g.issuersShown;
  c.table({
    columns: issuers ? [0.07, 0.33, 0.19, 0.17, 0.24] : [0.07, 0.38, 0.22, 0.33],
    header: ['序号', '材料名称', '形式及份数', ...(issuers ? ['出具单位'] : []), '说明'],
    rows: g.materials.map((m, i) => ({
      cells: [
        String(i + 1),
        { text: m.name, source: m.source, what: `material ${m.id}` },
        m.amount,
        ...(issuers ? [m.issuer ? { text: m.issuer, source: m.source, what: `material ${m.id}` } : ''] : []),
        [m.needText, ...(m.note ? [m.note] : [])].map((text) => ({
          text,
          source: m.source,
          what: `material ${m.id}`,
        })),
      ],
    })),
    style: s.table,
    headerStyle: s.tableHeader,
    align: ['center', 'left', 'left', ...(issuers ? (['left'] as const) : []), 'left'],
    grid: true,
  });
}

function footerText(template: GuideTemplate, unit: ResolvedUnit, page: number, pages: number): string {
  return template.footer
    .replace('{unit}', unit.shortName)
    .replace('{title}', template.title)
    .replace('{page}', String(page))
    .replace('{pages}', String(pages));
}

function drawPages(
  t: Typesetter,
  template: GuideTemplate,
  flows: FlowPage<Block['content']>[],
  unit: ResolvedUnit,
  pdfPages: PDFPage[],
  firstNumber: number,
  total: number,
  footerStyle: Style,
): void {
  const box = pageBox(template);
  const { pageHeight: height, margin: m } = box;
  const width = box.width;
  flows.forEach((flow, i) => {
    const page = pdfPages[i]!;
    for (const f of flow.fragments) drawBlock(t, page, f.block.content, f.from, f.to, m.top + f.y, m.left, width);
    const footer = footerText(template, unit, firstNumber + i, total);
    t.measure.check(footer, footerStyle.weight, undefined, `the footer of ${template.file}`);
    t.drawLines(
      page,
      [{ text: footer, width: 0, justify: false }],
      m.left,
      height - m.bottom * 0.7,
      width,
      footerStyle,
      'center',
    );
  });
}

/** Where each guide starts: its title (marked for the contents), its body page and its top on that page. */
function guideStarts(
  bodyPages: FlowPage<Block['content']>[],
  marginTop: number,
): { title: string; page: number; top: number }[] {
  const starts: { title: string; page: number; top: number }[] = [];
  bodyPages.forEach((p, pi) =>
    p.fragments.forEach((f) => {
      if (f.block.content.type === 'heading' && f.block.content.toc !== undefined && f.from === 0)
        starts.push({ title: f.block.content.toc, page: pi, top: marginTop + f.y });
    }),
  );
  return starts;
}

/** The booklet's contents pages: a line per guide under its category (page numbers are filled in later). */
function composeContents(
  measure: Measure,
  width: number,
  s: Styles,
  guides: readonly ServiceGuide[],
  contentHeight: number,
): { entries: ReturnType<Composer['tocEntry']>[]; tocPages: FlowPage<Block['content']>[] } {
  const toc = new Composer(measure, width);
  const entries: ReturnType<Composer['tocEntry']>[] = [];
  toc.heading('目　录', s.title, { space: 0 });
  let category: string | undefined;
  for (const g of guides) {
    if (g.category && g.category !== category) {
      category = g.category;
      toc.heading(g.category, s.h2, { space: s.toc.size * 0.6 });
    }
    entries.push(toc.tocEntry({ text: g.name, source: g.source, what: `the name of service ${g.id}` }, s.toc));
  }
  return { entries, tocPages: paginate(toc.blocks, contentHeight) };
}

/** A unit's guide for one service (per: service), or its booklet of every guide (serviceId undefined, per: unit). */
export async function buildGuide(
  model: Model,
  unit: ResolvedUnit,
  serviceId: string | undefined,
  template: GuideTemplate,
  cache: FontCache,
): Promise<Uint8Array> {
  const measure = new Measure(cache, template);
  const box = pageBox(template);
  const { pageWidth, pageHeight, margin: m } = box;
  const width = box.width;
  const contentHeight = box.height;
  const s = stylesOf(template);
  const view = unitView(model, unit.id);
  const guides =
    serviceId === undefined
      ? serviceGuides(model, view)
      : [serviceGuide(model, view, view.services.find((x) => x.id === serviceId)!)];
  const booklet = serviceId === undefined;

  const body = new Composer(measure, width);
  for (const g of guides) {
    body.pageBreak();
    composeGuide(body, s, g, template, unit, booklet);
  }
  const bodyPages = paginate(body.blocks, contentHeight);

  // The booklet's contents: a line per guide (under its category) with the page it starts on.
  const starts = guideStarts(bodyPages, m.top);
  const { entries, tocPages } = booklet
    ? composeContents(measure, width, s, guides, contentHeight)
    : { entries: [], tocPages: [] };
  const offset = booklet ? 1 + tocPages.length : 0;
  entries.forEach((e, i) => (e.number = String(offset + starts[i]!.page + 1)));

  const t = await Typesetter.create(cache, measure, {
    title: booklet ? `${template.title}（${unit.name}）` : `${guides[0]!.name}${template.title}（${unit.name}）`,
    author: unit.issuer,
    subject: booklet ? `${unit.name}${template.title}汇编` : `${unit.name}：${guides[0]!.name}`,
    keywords: ['办事指南', unit.name, ...guides.map((g) => g.name)],
    date: unit.effective,
    language: model.organisation.language,
  });
  await t.prepare();
  const total = offset + bodyPages.length;
  if (booklet) drawCover(t, t.doc.addPage([pageWidth, pageHeight]), template, unit, s);
  const tocPdf = tocPages.map(() => t.doc.addPage([pageWidth, pageHeight]));
  const bodyPdf = bodyPages.map(() => t.doc.addPage([pageWidth, pageHeight]));
  drawPages(t, template, tocPages, unit, tocPdf, 2, total, s.small);
  drawPages(t, template, bodyPages, unit, bodyPdf, offset + 1, total, s.small);

  if (booklet) {
    // Contents lines link to their guides; bookmarks list the guides.
    let k = 0;
    tocPages.forEach((flow, i) =>
      flow.fragments.forEach((f) => {
        if (f.block.content.type !== 'toc') return;
        const start = starts[k++]!;
        const top = m.top + f.y;
        addLink(
          t.doc,
          tocPdf[i]!,
          [m.left, pageHeight - top - f.height, m.left + width, pageHeight - top],
          offset + start.page,
          start.top,
        );
      }),
    );
    const outline: OutlineEntry[] = starts.map((x) => ({
      title: x.title,
      pageIndex: offset + x.page,
      top: x.top,
      children: [],
    }));
    writeOutline(t.doc, outline);
  }
  return t.save();
}

function drawCover(t: Typesetter, page: PDFPage, template: GuideTemplate, unit: ResolvedUnit, s: Styles): void {
  const box = pageBox(template);
  const { pageWidth: w, pageHeight: h, margin: m } = box;
  const left = m.left;
  const width = box.width;
  const measure = t.measure;
  t.box(page, 0, 0, w, h * 0.45, t.colour('accent'));
  const org = measure.lines(unit.issuer, s.body, width, unit.issuerSource, 'the issuer');
  t.drawLines(page, org, left, h * 0.12, width, s.body, 'left', t.colour('accentText'));
  const title = measure.lines(template.title, s.coverTitle, width, undefined, `the title of ${template.file}`);
  t.drawLines(
    page,
    title,
    left,
    h * 0.45 - mm(10) - title.length * measure.lineHeight(s.coverTitle),
    width,
    s.coverTitle,
    'left',
    t.colour('accentText'),
  );
  const name = measure.lines(unit.name, s.title, width, unit.source, 'the unit name');
  t.drawLines(page, name, left, h * 0.45 + mm(10), width, s.title, 'left');
  const address = [unit.address, unit.openingHours].filter((x): x is string => x !== undefined);
  let y = h * 0.45 + mm(12) + name.length * measure.lineHeight(s.title);
  for (const a of address)
    y += t.drawLines(
      page,
      measure.lines(a, s.body, width, unit.source, 'the unit address'),
      left,
      y,
      width,
      s.body,
      'left',
    );
  const date = measure.lines(`${formatDate(unit.effective)}`, s.small, width, undefined, 'the cover');
  t.drawLines(page, date, left, h - m.bottom - measure.lineHeight(s.small), width, s.small, 'left');
}
