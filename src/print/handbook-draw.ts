/**
 * Drawing the handbook: its cover, and each fragment of a page (headings with their accent bar,
 * clauses with number and strength word, contents lines with dotted leaders, tables, charts).
 */
import type { PDFPage } from 'pdf-lib';
import type { Model } from '../model/types.ts';
import type { ScopeView } from '../model/view.ts';
import { formatDate } from '../model/wording.ts';
import { style } from './measure.ts';
import type { Typesetter } from './render.ts';
import { mm, pageSize, type HandbookTemplate } from './templates.ts';
import type { HandbookScope } from './plan.ts';
import { drawTable } from './table.ts';
import { drawChart } from './chart.ts';
import type { Composer, Content } from './handbook-compose.ts';

export function drawCover(
  t: Typesetter,
  page: PDFPage,
  model: Model,
  scope: HandbookScope,
  template: HandbookTemplate,
  view: Pick<ScopeView, 'issuer' | 'effective' | 'unit'>,
): void {
  const effective = view.effective;
  const [w, h] = pageSize(template);
  const m = template.page.margin;
  const left = mm(m.left);
  const width = w - mm(m.left) - mm(m.right);
  const st = style(template.type.coverTitle);
  const ss = style(template.type.coverSubtitle);
  const measure = t.measure;
  t.box(page, 0, 0, w, h * 0.42, t.colour('accent'));
  // Who issues the handbook: a unit's own issuer (a company under a group), else the organisation.
  const org = measure.lines(view.issuer, ss, width, view.unit?.issuerSource ?? model.organisation.source, 'the issuer');
  t.drawLines(page, org, left, h * 0.16, width, ss, 'left', t.colour('accentText'));
  const title = measure.lines(template.title, st, width, undefined, 'the handbook title');
  t.drawLines(
    page,
    title,
    left,
    h * 0.42 - mm(8) - title.length * measure.lineHeight(st),
    width,
    st,
    'left',
    t.colour('accentText'),
  );
  const scopeLines = measure.lines(`适用对象：${scope.label}`, ss, width, undefined, 'the cover');
  t.drawLines(page, scopeLines, left, h * 0.42 + mm(10), width, ss, 'left');
  const dateLine = measure.lines(`${formatDate(effective)}`, style(template.type.small), width, undefined, 'the cover');
  t.drawLines(
    page,
    dateLine,
    left,
    h - mm(m.bottom) - measure.lineHeight(style(template.type.small)),
    width,
    style(template.type.small),
    'left',
  );
}

/**
 * Running header and footer, pagination artifacts rather than content: the template's header
 * (title, section, organisation) over a rule, and the folio in the footer when the page has one.
 */
export function drawRunningHead(
  t: Typesetter,
  c: Composer,
  page: PDFPage,
  model: Model,
  p: { x: number; leftHand: boolean; folio: string; section: string; pages: number },
): void {
  const { template, measure } = c;
  const m = template.page.margin;
  const { x, folio, section } = p;
  t.marked(page, 'Artifact', { type: 'Pagination' }, () => {
    const header = template.header
      .replace('{title}', template.title)
      .replace('{section}', section)
      .replace('{organisation}', model.organisation.shortName);
    const sh = c.s.header;
    const headerTop = mm(m.top) * 0.45;
    // On a left-hand page the section goes to the outer (left) edge, the title inward.
    const [first, second] =
      p.leftHand && section && !template.header.includes('{section}') ? [section, header] : [header, section];
    t.drawLines(page, [measure.line(first, sh)], x, headerTop, c.width / 2, sh, 'left');
    if (section && !template.header.includes('{section}'))
      t.drawLines(page, [measure.line(second, sh)], x + c.width / 2, headerTop, c.width / 2, sh, 'right');
    t.rule(page, x, headerTop + measure.lineHeight(sh) + 1, c.width, t.colour('rule'), 0.4);
    if (folio !== '') {
      const footer = template.footer.replace('{page}', folio).replace('{pages}', String(p.pages));
      t.drawLines(
        page,
        [measure.line(footer, sh)],
        x,
        pageSize(template)[1] - mm(m.bottom) * 0.62,
        c.width,
        sh,
        'center',
      );
    }
  });
}

/** Lines [from, to) of a clause: on its first line the number (hung, or in its column with the strength's tag). */
function drawClause(
  t: Typesetter,
  c: Composer,
  page: PDFPage,
  content: Extract<Content, { type: 'clause' }>,
  from: number,
  to: number,
  top: number,
  left: number,
): void {
  const measure = t.measure;
  if (content.hang !== undefined) {
    if (from === 0)
      t.drawLines(
        page,
        [{ text: content.number, width: 0, justify: false }],
        left + content.style.size * 0.2,
        top,
        content.hang,
        content.style,
        'left',
        t.colour('accent'),
      );
    t.drawLines(page, content.lines.slice(from, to), left + content.hang, top, c.width - content.hang, content.style);
    return;
  }
  if (from === 0) {
    const sn = c.s.clauseNumber;
    const lh = measure.lineHeight(content.style);
    const nbase = top + (lh - measure.lineHeight(sn)) / 2;
    t.drawLines(
      page,
      [{ text: content.number, width: 0, justify: false }],
      left,
      nbase,
      c.clauseNumberWidth,
      sn,
      'left',
    );
    if (content.strength) {
      const ss = c.s.strength;
      const x = left + c.clauseNumberWidth + content.style.size * 0.5;
      const tw = measure.width(content.strength, ss);
      const boxH = ss.size * 1.35;
      t.box(page, x - ss.size * 0.2, top + (lh - boxH) / 2, tw + ss.size * 0.4, boxH, t.colour('tint'), ss.size * 0.25);
      t.drawLines(
        page,
        [{ text: content.strength, width: 0, justify: false }],
        x,
        top + (lh - measure.lineHeight(ss)) / 2,
        tw,
        ss,
        'left',
      );
    }
  }
  t.drawLines(page, content.lines.slice(from, to), left + c.clauseHang, top, c.width - c.clauseHang, content.style);
}

/** A contents entry: its number and title (indented below level 1), a dotted leader and its page number. */
function drawTocEntry(
  t: Typesetter,
  c: Composer,
  page: PDFPage,
  content: Extract<Content, { type: 'toc' }>,
  top: number,
  left: number,
): void {
  const measure = t.measure;
  const { indent, titleX, style: s } = content;
  const lh = measure.lineHeight(s);
  if (content.number !== undefined)
    t.drawLines(
      page,
      [{ text: content.number, width: 0, justify: false }],
      left + indent,
      top,
      titleX - indent,
      s,
      'left',
    );
  t.drawLines(page, content.lines, left + titleX, top, c.width - titleX, s, 'left');
  const last = content.lines[content.lines.length - 1]!;
  // The body is numbered from 1.
  const number = String(content.target + 1);
  const lastTop = top + (content.lines.length - 1) * lh;
  const dotsFrom = left + titleX + last.width + s.size * 0.5;
  const numWidth = measure.width(number, s);
  const dotsTo = left + c.width - numWidth - s.size * 0.5;
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
  t.drawLines(page, [{ text: number, width: 0, justify: false }], left, lastTop, c.width, s, 'right');
}

export function drawFragment(
  t: Typesetter,
  c: Composer,
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
    case 'heading': {
      if (content.level === 1)
        t.box(page, left, top + 2, 3, content.lines.length * measure.lineHeight(content.style) - 4, t.colour('accent'));
      const indent = content.level === 1 ? content.style.size * 0.6 : 0;
      t.drawLines(page, content.lines.slice(from, to), left + indent, top, c.width - indent, content.style, 'left');
      return;
    }
    case 'para':
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
    case 'clause':
      drawClause(t, c, page, content, from, to, top, left);
      return;
    case 'toc':
      drawTocEntry(t, c, page, content, top, left);
      return;
    case 'table':
      drawTable(t, page, content, from, to, top, left, c.width, continued);
      return;
    case 'chart':
      drawChart(t, page, content, left, top, c.width, from, to);
      return;
  }
}
