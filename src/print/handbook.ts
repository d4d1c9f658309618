/**
 * The staff handbook (A5 booklet by default) for the organisation, a role, a unit or one role
 * in a unit: cover, table of contents with real page numbers, norms with numbers, strength and
 * normative references, etiquette tables, commitments, process charts, assessment rules;
 * bookmarks matching the contents; running header and footer. What goes in is the scope's view
 * (model/view.ts), read as it is. Set for a print shop: inner and outer margins alternate for
 * double-sided printing, the contents pages are numbered apart (i, ii) and the body from 1,
 * blank pages pad the count to a multiple of four when the template asks. Content is turned
 * into flow blocks (layout/flow.ts), paginated, then drawn.
 */
import type { PDFPage } from 'pdf-lib';
import type { Clause, Model, Process, SourceRef } from '../model/types.ts';
import { roleView, scopeView, type ScopeView } from '../model/view.ts';
import { formatDate, phraseDisplay, strengthWord } from '../model/wording.ts';
import { forewordOf } from '../model/changes/foreword.ts';
import { NOTO_NOTICE, type FontCache } from './fonts.ts';
import { paginate, type FlowBlock, type FlowPage } from './layout/flow.ts';
import type { Line } from './layout/lines.ts';
import { addLink, writeOutline, writePageLabels, type OutlineEntry } from './navigation.ts';
import { Measure, style, type Style } from './measure.ts';
import { Typesetter } from './render.ts';
import { mm, pageSize, type HandbookTemplate } from './templates.ts';
import type { HandbookScope } from './plan.ts';
import { columnWidths, drawTable, longestUnit, tableHeights, type Cell, type Table, type TableRow } from './table.ts';
import { chartBlock, drawChart, layoutForPrint, type ChartContent } from './chart.ts';
import type { ProcessLayout } from '../diagram/index.ts';

export { handbookScopes, type HandbookScope } from './plan.ts';

export type Content =
  | { type: 'heading'; level: 1 | 2 | 3; title: string; lines: Line[]; style: Style; toc: boolean }
  | { type: 'para'; lines: Line[]; style: Style; indent: number; align: 'justify' | 'left' | 'center' }
  | { type: 'clause'; number: string; strength?: string; lines: Line[]; style: Style; hang?: number }
  | Table
  | { type: 'toc'; level: number; lines: Line[]; style: Style; target: number }
  | ChartContent;

type Block = FlowBlock<Content>;

/** Space after each paragraph of a table cell, in ems. */
const PARA_GAP = 0.3;

/** Everything needed to turn model content into blocks at the template's measure. */
class Composer {
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
    const styles = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, style(v)])) as Partial<Record<keyof HandbookTemplate['type'], Style>>;
    this.s = { ...styles, chart: styles.chart ?? { ...style(t.small), colour: 'text' } } as Record<keyof HandbookTemplate['type'], Style>;
  }

  lh(s: Style): number {
    return this.measure.lineHeight(s);
  }

  heading(level: 1 | 2 | 3, title: string, source: SourceRef | undefined, toc = level < 3): void {
    const s = level === 1 ? this.s.h1 : level === 2 ? this.s.h2 : this.s.h3;
    const lines = this.measure.lines(title, s, this.width, source, 'a heading');
    this.blocks.push({
      rows: lines.map(() => this.lh(s)),
      spaceBefore: level === 1 ? 0 : s.size * (level === 2 ? 1.1 : 0.7),
      spaceAfter: s.size * (level === 1 ? 0.9 : 0.35),
      keepWithNext: true,
      keepTogether: true,
      pageBreakBefore: level === 1,
      content: { type: 'heading', level, title, lines, style: s, toc },
    });
  }

  para(text: string, source: SourceRef | undefined, what: string, s: Style = this.s.body, options: { indent?: number; align?: 'justify' | 'left' | 'center'; space?: number } = {}): void {
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

  clause(c: Clause): void {
    const text = c.text ?? '';
    const lines = this.measure.lines(text, this.s.body, this.width - this.clauseHang, c.source, `clause ${c.number}`);
    this.measure.check(c.number, this.s.clauseNumber.weight, c.source, `clause ${c.number}`);
    const strength = c.strength ? strengthWord(c.strength) : undefined;
    this.blocks.push({
      rows: lines.map(() => this.lh(this.s.body)),
      spaceBefore: this.s.body.size * 0.45,
      orphans: 2,
      widows: 2,
      content: { type: 'clause', number: c.number, ...(strength ? { strength } : {}), lines, style: this.s.body },
    });
    if (c.note) this.para(`注：${c.note}`, c.source, `the note of clause ${c.number}`, this.s.small, { indent: this.clauseHang, space: this.s.small.size * 0.3 });
  }

  /**
   * A table whose cells hold one or more short paragraphs; rows never split, the header repeats.
   * Columns are as wide as their content asks (columnWidths); a column of names (`whole`) is never
   * narrower than its longest name, so that a role such as 服务质量管理办公室 never breaks.
   */
  table(columns: { header: string; whole?: boolean }[], rows: { text: string; source: SourceRef | undefined; what: string }[][][]): void {
    const pad = this.s.table.size * 0.45;
    const cellLines = (items: { text: string; source: SourceRef | undefined; what: string }[], s: Style, w: number): Line[][] =>
      items.map((i) => this.measure.lines(i.text, s, w - pad * 2, i.source, i.what, undefined, undefined, true));
    const widths = columnWidths(
      columns.map((col, i) => {
        const texts = rows.flatMap((r) => r[i]!.map((x) => x.text));
        const natural = Math.max(this.measure.width(col.header, this.s.tableHeader), ...texts.map((t) => this.measure.width(t, this.s.table)));
        const longest = Math.max(this.measure.width(col.header, this.s.tableHeader), ...texts.map((t) => (col.whole ? this.measure.width(t, this.s.table) : longestUnit(t, (u) => this.measure.width(u, this.s.table)))));
        return { natural: natural + pad * 2, min: Math.max(longest, this.s.table.size * 2) + pad * 2 };
      }),
      this.width,
    );
    const cell = (items: { text: string; source: SourceRef | undefined; what: string }[], s: Style, w: number): Cell => ({ paras: cellLines(items, s, w).map((lines) => ({ lines, style: s })), align: 'left' });
    const header = columns.map((col, i) => cell([{ text: col.header, source: undefined, what: 'a table header' }], this.s.tableHeader, widths[i]!));
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
      content: { type: 'table', widths, header, rows: body, headerHeight, rowHeights, pad, paraGap: PARA_GAP, grid: false, kind: 'booklet' },
    });
  }
}

/** What a handbook of this scope prints: its unit's (or the organisation's) view, narrowed to its role. */
export function handbookView(model: Model, scope: HandbookScope): ScopeView {
  const view = scopeView(model, scope.unitId);
  return scope.roleId === undefined ? view : roleView(view, scope.roleId);
}

function composeNorms(c: Composer, view: ScopeView): void {
  const docs = view.documents.map((d) => ({ doc: d, clauses: d.clauses })).filter((d) => d.clauses.length > 0);
  const all: Clause[] = [];
  const walk = (cs: Clause[]): void => cs.forEach((x) => (all.push(x), walk(x.children)));
  docs.forEach((d) => walk(d.clauses));
  // One hanging indent for the whole handbook: the widest number plus the widest strength word.
  c.clauseNumberWidth = Math.max(0, ...all.filter((x) => x.text).map((x) => c.measure.width(x.number, c.s.clauseNumber)));
  c.clauseHang = c.clauseNumberWidth + c.s.body.size * 0.5 + c.measure.width('不得', c.s.strength) + c.s.body.size * 0.7;
  for (const { doc, clauses } of docs) {
    c.heading(1, doc.title, doc.source);
    const meta = [doc.code, `${doc.issuer}发布`, `第${doc.version}版`, `${formatDate(doc.effective)}起实施`].filter(Boolean).join('　');
    c.para(meta, doc.source, 'the document details', c.s.small, { align: 'left', space: 0 });
    c.para(`适用范围：${doc.scope}`, doc.source, 'the document scope', c.s.body);
    if (doc.references.length > 0) {
      // GB/T 1.1: the documents the norms cite, code first.
      c.heading(3, '规范性引用文件', doc.source, false);
      c.para('下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。', doc.source, 'the references', c.s.body);
      for (const r of doc.references) c.bullet([r.code, r.title].filter(Boolean).join('　'), doc.source, 'a normative reference');
    }
    const emit = (cs: Clause[]): void => {
      for (const x of cs) {
        if (x.text === undefined) {
          c.heading(x.depth === 1 ? 2 : 3, `${x.number}　${x.title ?? ''}`, x.source);
        } else {
          c.clause(x);
        }
        emit(x.children);
      }
    };
    emit(clauses);
  }
}

function composeEtiquette(c: Composer, view: ScopeView): void {
  for (const set of view.etiquette) {
    const situations = set.situations;
    if (situations.length === 0) continue;
    c.heading(1, set.title, set.source);
    if (set.description) c.para(set.description, set.source, 'the etiquette description');
    c.heading(2, '各情形用语对照', set.source);
    c.table(
      [{ header: '服务情形' }, { header: '规范用语' }, { header: '服务忌语' }],
      situations.map((s) => [
        [{ text: s.title, source: s.source, what: `situation ${s.id}` }],
        s.phrases.map((p) => ({ text: phraseDisplay(p.text), source: p.source, what: `phrase ${p.id}` })),
        s.forbidden.map((p) => ({ text: phraseDisplay(p.text), source: p.source, what: `forbidden phrase ${p.id}` })),
      ]),
    );
    for (const rs of set.ruleSets) {
      c.heading(2, rs.title, rs.source);
      c.para(rs.items.join('　'), rs.source, `rule set ${rs.id}`);
    }
    const conduct = [...set.conduct, ...situations.flatMap((s) => s.conduct)];
    if (conduct.length > 0) {
      c.heading(2, '仪容举止', set.source);
      for (const r of conduct) c.bullet(r.text, r.source, `conduct rule ${r.id}`);
    }
  }
}

function composeCommitments(c: Composer, model: Model, view: ScopeView): void {
  if (view.commitments.length === 0) return;
  c.heading(1, '服务承诺', model.organisation.source);
  // The public promises first (as on the notice board), then those kept for staff.
  for (const [title, list] of [['对外公开承诺', view.publicCommitments], ['内部服务标准', view.internalCommitments]] as const) {
    if (list.length === 0) continue;
    c.heading(2, title, list[0]!.source);
    list.forEach((x, i) => c.para(`${i + 1}. ${x.title ? `${x.title}：` : ''}${x.text}`, x.source, `commitment ${x.id}`));
  }
}

function composeProcesses(c: Composer, model: Model, view: ScopeView, layouts: Map<string, ProcessLayout>): void {
  const processes = view.processes;
  if (processes.length === 0) return;
  c.heading(1, '服务流程', model.organisation.source);
  const roleName = new Map(model.roles.map((r) => [r.id, r.name]));
  for (const p of processes) {
    c.heading(2, p.title, p.source);
    if (p.description) {
      c.para(p.description, p.source, `process ${p.id}`);
      // The description introduces the chart: keep them together.
      c.blocks[c.blocks.length - 1]!.keepWithNext = true;
    }
    const layout = layouts.get(p.id);
    if (layout) {
      // What must share the chart's page: its heading and, when there is one, its description.
      const chain: Block[] = [];
      for (let k = c.blocks.length - 1; k >= 0 && c.blocks[k]!.keepWithNext; k--) chain.unshift(c.blocks[k]!);
      const chainHeight = chain.reduce((a, b, k) => a + (k > 0 ? (b.spaceBefore ?? 0) : 0) + b.rows.reduce((x, y) => x + y, 0) + (b.spaceAfter ?? 0), 0);
      const block = chartBlock(layout, c.s.chart, c.width, { pageHeight: c.pageHeight, chain: chainHeight, minScale: Math.min(1, c.template.chartMinSize / c.s.chart.size) });
      // A chart that fits a page but not under its heading goes to a page of its own; the heading stays with its text.
      if (!block.withChain && p.description) c.blocks[c.blocks.length - 1]!.keepWithNext = false;
      c.blocks.push(block);
    }
    c.table(
      [{ header: '序号', whole: true }, { header: '环节' }, { header: '岗位', whole: true }, { header: '时限' }],
      orderedNodes(p).map((n, i) => [
        [{ text: String(i + 1), source: n.source, what: `step ${n.id}` }],
        [{ text: n.label + (n.next.some((e) => e.label) ? `（${n.next.map((e) => `${e.label ?? ''}→${orderedNodes(p).findIndex((m) => m.id === e.to) + 1}`).join('，')}）` : ''), source: n.source, what: `step ${n.id}` }],
        [{ text: roleName.get(n.role) ?? n.role, source: n.source, what: `step ${n.id}` }],
        n.timeLimit ? [{ text: n.timeLimit, source: n.source, what: `step ${n.id}` }] : [],
      ]),
    );
  }
}

/** Nodes in reading order: breadth-first from the start node, then any unreachable ones. */
function orderedNodes(p: Process): Process['nodes'] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const out: Process['nodes'] = [];
  const queue = [p.startId];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const n = byId.get(id);
    if (!n || seen.has(id)) continue;
    seen.add(id);
    if (n.type !== 'end') out.push(n);
    queue.push(...n.next.map((e) => e.to));
  }
  out.push(...p.nodes.filter((n) => !seen.has(n.id) || (n.type === 'end' && !out.includes(n))));
  return out;
}

function composeAssessment(c: Composer, view: ScopeView): void {
  const kinds = { scheduled: '定期检查', unannounced: '明查暗访', survey: '满意度调查', self: '自查' } as const;
  for (const a of view.assessments) {
    c.heading(1, a.title, a.source);
    if (a.description) c.para(a.description, a.source, 'the assessment description');
    if (a.inspections.length > 0) {
      c.heading(2, '检查方式', a.source);
      for (const i of a.inspections) c.bullet(`${i.title}：${kinds[i.kind]}${i.frequency ? `，${i.frequency}` : ''}`, i.source, `inspection ${i.id}`);
    }
    if (a.thresholds.length > 0) {
      c.heading(2, '考核标准', a.source);
      for (const t of a.thresholds) c.bullet(`考核得分低于${t.below}分：${t.consequence}`, t.source, `threshold ${t.id}`);
    }
    if (a.violations.length > 0) {
      c.heading(2, '违规处理', a.source);
      c.table(
        [{ header: '违规行为' }, { header: '处罚' }, { header: '屡犯处理' }],
        a.violations.map((v) => {
          const p = v.penalty;
          const penalty = [p.fine !== undefined ? (p.fineMax !== undefined ? `罚款${p.fine}–${p.fineMax}元` : `罚款${p.fine}元`) : '', p.points !== undefined ? `扣${p.points}分` : '', p.text ?? '']
            .filter(Boolean)
            .join('，');
          return [
            [{ text: v.text, source: v.source, what: `violation ${v.id}` }],
            [{ text: penalty, source: v.source, what: `violation ${v.id}` }],
            v.escalation.length > 0 ? v.escalation.map((e) => ({ text: `第${e.occurrence}次：${e.action}`, source: v.source, what: `violation ${v.id}` })) : [],
          ];
        }),
      );
    }
    if (a.awards.length > 0) {
      c.heading(2, '表彰奖励', a.source);
      for (const w of a.awards) c.bullet(`${w.title}：${w.criteria}`, w.source, `award ${w.id}`);
    }
  }
}

/** 前言: the main changes of the latest revision for this handbook's scope (model/changes/foreword.ts); nothing when none. */
function composeForeword(c: Composer, model: Model, view: ScopeView): void {
  const foreword = forewordOf(model, view);
  if (!foreword) return;
  c.heading(1, '前言', model.organisation.source);
  for (const d of foreword.documents) {
    c.para(d.replaces, model.organisation.source, 'the foreword');
    d.changes.forEach((line, i) => c.bullet(`${line}${i === d.changes.length - 1 ? '。' : '；'}`, model.organisation.source, 'the foreword'));
  }
  if (foreword.other.length > 0) {
    c.para('服务承诺、文明用语、服务流程和考核办法的主要变化如下：', model.organisation.source, 'the foreword');
    foreword.other.forEach((line, i) => c.bullet(`${line}${i === foreword.other.length - 1 ? '。' : '；'}`, model.organisation.source, 'the foreword'));
  }
}

function composeColophon(c: Composer, model: Model, scope: HandbookScope): void {
  // The colophon follows the last chapter on its page (a page of its own would hold three lines).
  c.heading(1, '说明', model.organisation.source, false);
  c.blocks[c.blocks.length - 1]!.pageBreakBefore = false;
  c.blocks[c.blocks.length - 1]!.spaceBefore = c.s.h1.size * 1.5;
  c.para(`本手册由${model.organisation.name}根据现行服务规范编印，供${scope.label}学习使用；内容以网站公布的最新版本为准：${model.organisation.baseUrl}`, model.organisation.source, 'the colophon');
  c.para(`字体：${NOTO_NOTICE}。`, undefined, 'the colophon', c.s.small);
}

interface Placed {
  title: string;
  level: number;
  pageIndex: number;
  top: number;
}

export async function buildHandbook(model: Model, scope: HandbookScope, template: HandbookTemplate, cache: FontCache): Promise<Uint8Array> {
  const measure = new Measure(cache, template);
  const [pageWidth, pageHeight] = pageSize(template);
  const m = template.page.margin;
  const contentTop = mm(m.top);
  const contentHeight = pageHeight - mm(m.top) - mm(m.bottom);
  const c = new Composer(template, measure);
  const view = handbookView(model, scope);
  const layouts = new Map<string, ProcessLayout>();
  if (template.blocks.includes('processes')) {
    for (const p of view.processes) layouts.set(p.id, await layoutForPrint(p, model, measure, c.s.chart, c.width));
  }

  for (const block of template.blocks) {
    if (block === 'norms') composeNorms(c, view);
    else if (block === 'etiquette') composeEtiquette(c, view);
    else if (block === 'commitments') composeCommitments(c, model, view);
    else if (block === 'processes') composeProcesses(c, model, view, layouts);
    else if (block === 'assessment') composeAssessment(c, view);
    else if (block === 'colophon') composeColophon(c, model, scope);
    else if (block === 'foreword') composeForeword(c, model, view);
  }
  const hasCover = template.blocks.includes('cover');
  const hasToc = template.blocks.includes('toc');

  // Body first: its pagination does not depend on the contents pages, only its offset does.
  const bodyPages = paginate(c.blocks, contentHeight);
  const headings: (Placed & { index: number })[] = [];
  bodyPages.forEach((page, pi) =>
    page.fragments.forEach((f) => {
      if (f.block.content.type === 'heading' && f.block.content.toc && f.from === 0) {
        headings.push({ title: f.block.content.title, level: f.block.content.level, pageIndex: pi, top: contentTop + f.y, index: f.blockIndex });
      }
    }),
  );

  const toc = new Composer(template, measure);
  let tocPages: FlowPage<Content>[] = [];
  const numberWidth = measure.width('0000', c.s.toc);
  if (hasToc) {
    toc.heading(1, '目　录', undefined, false);
    for (const h of headings) {
      const indent = h.level === 1 ? 0 : c.s.toc.size * 1.5;
      const s = h.level === 1 ? { ...c.s.toc, weight: 'bold' as const } : c.s.toc;
      const lines = measure.lines(h.title, s, toc.width - indent - numberWidth - s.size, undefined, 'a contents entry', undefined, undefined, true);
      toc.blocks.push({
        rows: lines.map(() => measure.lineHeight(s)),
        spaceBefore: h.level === 1 ? s.size * 0.5 : 0,
        keepTogether: true,
        content: { type: 'toc', level: h.level, lines, style: s, target: h.pageIndex },
      });
    }
    tocPages = paginate(toc.blocks, contentHeight);
  }
  // Printed on both sides, the body starts on a right-hand page: a blank page after the contents when needed.
  const frontPages = (hasCover ? 1 : 0) + tocPages.length;
  const offset = frontPages + (template.duplex && frontPages % 2 === 1 ? 1 : 0);

  const t = await Typesetter.create(cache, measure, {
    title: `${template.title}（${scope.label}）`,
    author: model.organisation.name,
    subject: `${model.organisation.name}${template.title}：服务规范、文明用语、服务流程与考核办法`,
    keywords: ['规范化服务', '员工手册', scope.label],
    date: view.effective,
    language: model.organisation.language,
  });
  await t.prepare();
  // Body pages are numbered from 1; blank pages at the end make the count a multiple of padTo.
  const total = bodyPages.length;
  const physicalCount = offset + bodyPages.length;
  const blanks = (template.padTo - (physicalCount % template.padTo)) % template.padTo;

  if (hasCover) drawCover(t, t.doc.addPage([pageWidth, pageHeight]), model, scope, template, view.effective);
  const tocPdfPages = tocPages.map(() => t.doc.addPage([pageWidth, pageHeight]));
  for (let i = frontPages; i < offset; i++) t.doc.addPage([pageWidth, pageHeight]);
  const bodyPdfPages = bodyPages.map(() => t.doc.addPage([pageWidth, pageHeight]));
  for (let i = 0; i < blanks; i++) t.doc.addPage([pageWidth, pageHeight]);
  /** Left edge of the text block on the page with this 0-based index: the inner margin is on the binding side. */
  const leftOf = (index: number): number => (template.duplex && index % 2 === 1 ? mm(m.right) : mm(m.left));

  const drawPage = (page: PDFPage, flow: FlowPage<Content>, index: number, folio: string, section: string): void => {
    const x = leftOf(index);
    for (const f of flow.fragments) drawFragment(t, c, page, f.block.content, f.from, f.to, contentTop + f.y, x, f.continued);
    // Running header and footer are pagination artifacts, not content.
    t.marked(page, 'Artifact', { type: 'Pagination' }, () => {
      const header = template.header.replace('{title}', template.title).replace('{section}', section).replace('{organisation}', model.organisation.shortName);
      const sh = c.s.header;
      const headerTop = mm(m.top) * 0.45;
      // On a left-hand page the section goes to the outer (left) edge, the title inward.
      const outerLeft = template.duplex && index % 2 === 1;
      const [first, second] = outerLeft && section && !template.header.includes('{section}') ? [section, header] : [header, section];
      t.drawLines(page, [measure.line(first, sh)], x, headerTop, c.width / 2, sh, 'left');
      if (section && !template.header.includes('{section}')) t.drawLines(page, [measure.line(second, sh)], x + c.width / 2, headerTop, c.width / 2, sh, 'right');
      t.rule(page, x, headerTop + measure.lineHeight(sh) + 1, c.width, t.colour('rule'), 0.4);
      if (folio !== '') {
        const footer = template.footer.replace('{page}', folio).replace('{pages}', String(total));
        t.drawLines(page, [measure.line(footer, sh)], x, pageHeight - mm(m.bottom) * 0.62, c.width, sh, 'center');
      }
    });
  };

  const roman = (n: number): string => ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'][n - 1] ?? String(n);
  tocPages.forEach((flow, i) => drawPage(tocPdfPages[i]!, flow, (hasCover ? 1 : 0) + i, template.frontMatter === 'roman' ? roman(i + 1) : '', '目录'));
  let section = '';
  bodyPages.forEach((flow, i) => {
    const first = flow.fragments.find((f) => f.block.content.type === 'heading' && f.block.content.level === 1);
    if (first && first.block.content.type === 'heading') section = first.block.content.title;
    drawPage(bodyPdfPages[i]!, flow, offset + i, String(i + 1), section);
  });
  // Viewers show the printed numbers: 封面, i, ii, then 1, 2, …
  writePageLabels(t.doc, [
    ...(hasCover ? [{ start: 0, prefix: '封面' }] : []),
    ...(tocPages.length > 0 ? [template.frontMatter === 'roman' ? { start: hasCover ? 1 : 0, style: 'r' as const } : { start: hasCover ? 1 : 0, prefix: '目录' }] : []),
    { start: offset, style: 'D' as const },
  ]);

  // Contents entries link to their pages; bookmarks mirror the contents.
  tocPages.forEach((flow, i) =>
    flow.fragments.forEach((f) => {
      const content = f.block.content;
      if (content.type !== 'toc') return;
      const h = headings.find((x) => x.pageIndex === content.target && content.lines.map((l) => l.text).join('') === x.title.replace(/\s+$/u, ''));
      const top = contentTop + f.y;
      const page = tocPdfPages[i]!;
      const x = leftOf((hasCover ? 1 : 0) + i);
      addLink(t.doc, page, [x, pageHeight - top - f.height, x + c.width, pageHeight - top], offset + content.target, h?.top ?? contentTop);
    }),
  );
  const outline: OutlineEntry[] = [];
  for (const h of headings) {
    const entry: OutlineEntry = { title: h.title, pageIndex: offset + h.pageIndex, top: h.top, children: [] };
    if (h.level === 1 || outline.length === 0) outline.push(entry);
    else outline[outline.length - 1]!.children.push(entry);
  }
  writeOutline(t.doc, outline);
  return t.save();
}

function drawCover(t: Typesetter, page: PDFPage, model: Model, scope: HandbookScope, template: HandbookTemplate, effective: string): void {
  const [w, h] = pageSize(template);
  const m = template.page.margin;
  const left = mm(m.left);
  const width = w - mm(m.left) - mm(m.right);
  const st = style(template.type.coverTitle);
  const ss = style(template.type.coverSubtitle);
  const measure = t.measure;
  t.box(page, 0, 0, w, h * 0.42, t.colour('accent'));
  const org = measure.lines(model.organisation.name, ss, width, model.organisation.source, 'the organisation name');
  t.drawLines(page, org, left, h * 0.16, width, ss, 'left', t.colour('accentText'));
  const title = measure.lines(template.title, st, width, undefined, 'the handbook title');
  t.drawLines(page, title, left, h * 0.42 - mm(8) - title.length * measure.lineHeight(st), width, st, 'left', t.colour('accentText'));
  const scopeLines = measure.lines(`适用对象：${scope.label}`, ss, width, undefined, 'the cover');
  t.drawLines(page, scopeLines, left, h * 0.42 + mm(10), width, ss, 'left');
  const dateLine = measure.lines(`${formatDate(effective)}`, style(template.type.small), width, undefined, 'the cover');
  t.drawLines(page, dateLine, left, h - mm(m.bottom) - measure.lineHeight(style(template.type.small)), width, style(template.type.small), 'left');
}

function drawFragment(t: Typesetter, c: Composer, page: PDFPage, content: Content, from: number, to: number, top: number, left: number, continued: boolean): void {
  const measure = t.measure;
  switch (content.type) {
    case 'heading': {
      if (content.level === 1) t.box(page, left, top + 2, 3, content.lines.length * measure.lineHeight(content.style) - 4, t.colour('accent'));
      const indent = content.level === 1 ? content.style.size * 0.6 : 0;
      t.drawLines(page, content.lines.slice(from, to), left + indent, top, c.width - indent, content.style, 'left');
      return;
    }
    case 'para':
      t.drawLines(page, content.lines.slice(from, to), left + content.indent, top, c.width - content.indent, content.style, content.align);
      return;
    case 'clause': {
      if (content.hang !== undefined) {
        if (from === 0) t.drawLines(page, [{ text: content.number, width: 0, justify: false }], left + content.style.size * 0.2, top, content.hang, content.style, 'left', t.colour('accent'));
        t.drawLines(page, content.lines.slice(from, to), left + content.hang, top, c.width - content.hang, content.style);
        return;
      }
      if (from === 0) {
        const sn = c.s.clauseNumber;
        const lh = measure.lineHeight(content.style);
        const nbase = top + (lh - measure.lineHeight(sn)) / 2;
        t.drawLines(page, [{ text: content.number, width: 0, justify: false }], left, nbase, c.clauseNumberWidth, sn, 'left');
        if (content.strength) {
          const ss = c.s.strength;
          const x = left + c.clauseNumberWidth + content.style.size * 0.5;
          const tw = measure.width(content.strength, ss);
          const boxH = ss.size * 1.35;
          t.box(page, x - ss.size * 0.2, top + (lh - boxH) / 2, tw + ss.size * 0.4, boxH, t.colour('tint'), ss.size * 0.25);
          t.drawLines(page, [{ text: content.strength, width: 0, justify: false }], x, top + (lh - measure.lineHeight(ss)) / 2, tw, ss, 'left');
        }
      }
      t.drawLines(page, content.lines.slice(from, to), left + c.clauseHang, top, c.width - c.clauseHang, content.style);
      return;
    }
    case 'toc': {
      const indent = content.level === 1 ? 0 : content.style.size * 1.5;
      const lh = measure.lineHeight(content.style);
      t.drawLines(page, content.lines, left + indent, top, c.width - indent, content.style, 'left');
      const last = content.lines[content.lines.length - 1]!;
      // The body is numbered from 1.
      const number = String(content.target + 1);
      const lastTop = top + (content.lines.length - 1) * lh;
      const dotsFrom = left + indent + last.width + content.style.size * 0.5;
      const numWidth = measure.width(number, content.style);
      const dotsTo = left + c.width - numWidth - content.style.size * 0.5;
      if (dotsTo > dotsFrom) {
        const y = page.getHeight() - lastTop - t.baseline(content.style) + content.style.size * 0.05;
        page.drawLine({ start: { x: dotsFrom, y }, end: { x: dotsTo, y }, thickness: 0.6, color: t.colour('rule'), dashArray: [0.6, 2.4], lineCap: 1 });
      }
      t.drawLines(page, [{ text: number, width: 0, justify: false }], left, lastTop, c.width, content.style, 'right');
      return;
    }
    case 'table':
      drawTable(t, page, content, from, to, top, left, c.width, continued);
      return;
    case 'chart':
      drawChart(t, page, content, left, top, c.width, from, to);
      return;
  }
}
