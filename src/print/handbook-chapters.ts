/**
 * The handbook's chapters, each from the scope's view (model/view.ts) as it is: norms with their
 * numbers, strength and normative references; etiquette tables; commitments, public first;
 * processes with their charts and step tables; assessment rules; the foreword of the latest
 * revision; the colophon.
 */
import { isArticle, isArticleItem } from '../model/numbering.ts';
import type { Model } from '../model/types.ts';
import type { Clause, NormDocument } from '../model/types/documents.ts';
import { frontChapters, REFERENCES_INTRO, type FrontChapter } from '../model/front-chapters.ts';
import type { Process } from '../model/types/processes.ts';
import { roleView, scopeView, type ScopeView } from '../model/view.ts';
import {
  awardTitle,
  formatDate,
  INTERNAL_COMMITMENT,
  inspectionLine,
  penaltyLine,
  phraseDisplay,
  thresholdPeriodsSaid,
} from '../model/wording.ts';
import { forewordOf } from '../model/changes/foreword.ts';
import { ORIGIN_WORDS, originNote, originWords } from '../model/origin.ts';
import { unitShortName } from '../model/unit-tree.ts';
import { excludedClauses, excludedClauseSaid } from '../model/excluded.ts';
import { NOTO_NOTICE } from './fonts.ts';
import type { HandbookScope } from './plan.ts';
import { chartBlock } from './chart.ts';
import type { ProcessLayout } from '../diagram/index.ts';
import type { Block, Composer } from './handbook-compose.ts';

export function handbookView(model: Model, scope: HandbookScope): ScopeView {
  const view = scopeView(model, scope.unitId);
  return scope.roleId === undefined ? view : roleView(view, scope.roleId);
}

/**
 * A unit's reader is told which clauses are the unit's (or a unit above's) wording, as the unit's
 * pages tell it (model/origin.ts): the legend under a document that has such clauses, a mark and
 * its reason under each, and, in the unit's own handbook, the group's clauses it does not apply.
 */
function unitMarks(model: Model, view: ScopeView) {
  if (view.kind !== 'unit') return undefined;
  const unitName = (id: string): string => unitShortName(model, id);
  const mark = (x: Clause): string | undefined => {
    const note = originNote(x.origin);
    if (note.mark === 'inherited') return undefined;
    const reason = note.reason ? `　${ORIGIN_WORDS.reason}：${note.reason}` : '';
    return `${originWords(note, unitName)}${reason}`;
  };
  // A post's handbook leaves out every clause of other posts: a gap there says nothing.
  const unit = 'roleId' in view ? undefined : view.unit;
  const excludedIn = (documentId: string): string[] =>
    unit ? excludedClauses(model, unit, documentId).map(excludedClauseSaid) : [];
  return { mark, excludedIn };
}

export function composeNorms(c: Composer, model: Model, view: ScopeView): void {
  const marks = unitMarks(model, view);
  const docs = view.documents.map((d) => ({ doc: d, clauses: d.clauses })).filter((d) => d.clauses.length > 0);
  const all: Clause[] = [];
  const walk = (cs: Clause[]): void => cs.forEach((x) => (all.push(x), walk(x.children)));
  docs.forEach((d) => walk(d.clauses));
  // One hanging indent for the whole handbook: the widest number plus the widest strength word
  // (an article's label runs into its text: it hangs nowhere).
  c.clauseNumberWidth = Math.max(
    0,
    ...all
      .filter((x) => x.text && !isArticle(x) && !isArticleItem(x))
      .map((x) => c.measure.width(x.label, c.s.clauseNumber)),
  );
  c.clauseHang =
    c.clauseNumberWidth + c.s.body.size * 0.5 + c.measure.width('不得', c.s.strength) + c.s.body.size * 0.7;
  for (const { doc, clauses } of docs) {
    c.heading(1, doc.title, doc.source);
    const meta = [doc.code, `${doc.issuer}发布`, `第${doc.version}版`, `${formatDate(doc.effective)}起实施`]
      .filter(Boolean)
      .join('　');
    c.para(meta, doc.source, 'the document details', c.s.small, { align: 'left', space: 0 });
    if (marks) {
      const docClauses: Clause[] = [];
      const collect = (cs: Clause[]): void => cs.forEach((x) => (docClauses.push(x), collect(x.children)));
      collect(clauses);
      const excluded = marks.excludedIn(doc.id);
      if (docClauses.some((x) => marks.mark(x) !== undefined) || excluded.length > 0)
        c.para(ORIGIN_WORDS.legend, doc.source, 'the origin legend', c.s.small, { align: 'left' });
      if (excluded.length > 0)
        c.para(`${ORIGIN_WORDS.excluded}：${excluded.join('；')}`, doc.source, 'the excluded clauses', c.s.small, {
          align: 'left',
          space: 0,
        });
    }
    for (const f of frontChapters(doc)) composeFrontChapter(c, doc, f);
    const emit = (cs: Clause[]): void => {
      for (const x of cs) {
        if (x.text === undefined) {
          c.heading(x.depth === 1 ? 2 : 3, x.title ?? '', x.source, undefined, x.label);
        } else {
          c.clause(x, marks?.mark(x));
        }
        emit(x.children);
      }
    };
    emit(clauses);
  }
}

/**
 * One of the chapters before the provisions (model/front-chapters.ts): numbered as a chapter
 * heading (1　范围), or, unnumbered, the scope as a line and the references under a small heading.
 */
function composeFrontChapter(c: Composer, doc: NormDocument, f: FrontChapter): void {
  if (f.number !== undefined) c.heading(2, f.title, doc.source, false, f.number);
  if (f.kind === 'scope') {
    const text = f.number === undefined ? `适用范围：${doc.scope}` : doc.scope;
    c.para(text, doc.source, 'the document scope', c.s.body);
    return;
  }
  if (f.kind === 'references' && doc.references.length > 0) {
    // GB/T 1.1: the documents the norms cite, code first.
    if (f.number === undefined) c.heading(3, f.title, doc.source, false);
    c.para(REFERENCES_INTRO, doc.source, 'the references', c.s.body);
    for (const r of doc.references)
      c.bullet([r.code, r.title].filter(Boolean).join('　'), doc.source, 'a normative reference');
    return;
  }
  if (f.empty) c.para(f.empty, doc.source, `the ${f.kind} chapter`, c.s.body);
}

export function composeEtiquette(c: Composer, view: ScopeView): void {
  for (const set of view.etiquette) {
    const situations = set.situations;
    const conduct = [...set.conduct, ...situations.flatMap((s) => s.conduct)];
    // A set of only rule sets and conduct rules (the group's 十字文明用语, its dress code) is printed too.
    if (situations.length === 0 && set.ruleSets.length === 0 && conduct.length === 0) continue;
    c.heading(1, set.title, set.source);
    if (set.description) c.para(set.description, set.source, 'the etiquette description');
    if (situations.length > 0) c.heading(2, '各情形用语对照', set.source);
    if (situations.length > 0)
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
      // Words on one line (请　您好　谢谢); items that would wrap into each other, one to a line.
      const line = rs.items.join('　');
      if (c.measure.width(line, c.s.body) <= c.width) c.para(line, rs.source, `rule set ${rs.id}`);
      else for (const item of rs.items) c.bullet(item, rs.source, `rule set ${rs.id}`);
    }
    if (conduct.length > 0) {
      c.heading(2, '仪容举止', set.source);
      for (const r of conduct) c.bullet(r.text, r.source, `conduct rule ${r.id}`);
    }
  }
}

export function composeCommitments(c: Composer, model: Model, view: ScopeView): void {
  if (view.commitments.length === 0) return;
  c.heading(1, '服务承诺', model.organisation.source);
  // The public promises first (as on the notice board), then those kept for staff.
  for (const [title, list] of [
    ['对外公开承诺', view.publicCommitments],
    [INTERNAL_COMMITMENT, view.internalCommitments],
  ] as const) {
    if (list.length === 0) continue;
    c.heading(2, title, list[0]!.source);
    list.forEach((x, i) =>
      c.para(`${i + 1}. ${x.title ? `${x.title}：` : ''}${x.text}`, x.source, `commitment ${x.id}`),
    );
  }
}

export function composeProcesses(
  c: Composer,
  model: Model,
  view: ScopeView,
  layouts: Map<string, ProcessLayout>,
): void {
  const processes = view.processes;
  if (processes.length === 0) return;
  c.heading(1, '服务流程', model.organisation.source);
  const roleName = new Map(model.roles.map((r) => [r.id, r.name]));
  for (const p of processes) {
    c.heading(2, p.title, p.source);
    if (p.description) {
      c.para(p.description, p.source, `process ${p.id}`);
      // The description introduces what follows (the chart, or the steps): keep them together.
      c.blocks[c.blocks.length - 1]!.keepWithNext = true;
    }
    // What must share the chart's page: its heading and, when there is one, its description.
    const chain = chainHeight(c);
    const layout = layouts.get(p.id);
    const chart = layout
      ? chartBlock(layout, c.s.chart, c.width, {
          pageHeight: c.pageHeight,
          chain,
          minScale: Math.min(1, c.template.chartMinSize / c.s.chart.size),
        })
      : undefined;
    // A chart that cannot share a page with its heading and description (even at its smallest
    // type) follows the steps table, whole on the next page: placed first, it left the heading and
    // description alone on a page otherwise empty. Cut to start under them, a chart that fits a
    // page would be split for nothing.
    if (chart?.withChain) c.blocks.push(chart);
    stepsTable(c, p, roleName);
    if (chart && !chart.withChain) {
      // The steps then stay whole with their heading when they fit a page: split, they left their
      // last rows alone on a page the chart after them could not share (tongjiang's 门诊退费流程).
      const table = c.blocks[c.blocks.length - 1]!;
      const height = (table.spaceBefore ?? 0) + (table.header ?? 0) + table.rows.reduce((a, b) => a + b, 0);
      if (chain + height <= c.pageHeight) table.keepTogether = true;
      c.blocks.push(chart);
    }
  }
}

/** Height of the blocks at the end that keep with the next one (a heading, a description), as they stand on a page. */
function chainHeight(c: Composer): number {
  const chain: Block[] = [];
  for (let k = c.blocks.length - 1; k >= 0 && c.blocks[k]!.keepWithNext; k--) chain.unshift(c.blocks[k]!);
  return chain.reduce(
    (a, b, k) => a + (k > 0 ? (b.spaceBefore ?? 0) : 0) + b.rows.reduce((x, y) => x + y, 0) + (b.spaceAfter ?? 0),
    0,
  );
}

/** The process's steps in reading order: number, step (with where each branch goes), post, time limit. */
function stepsTable(c: Composer, p: Process, roleName: Map<string, string>): void {
  const nodes = orderedNodes(p);
  c.table(
    [{ header: '序号', whole: true }, { header: '环节' }, { header: '岗位', whole: true }, { header: '时限' }],
    nodes.map((n, i) => [
      [{ text: String(i + 1), source: n.source, what: `step ${n.id}` }],
      [
        {
          text:
            n.label +
            (n.next.some((e) => e.label)
              ? `（${n.next.map((e) => `${e.label ?? ''}→${nodes.findIndex((m) => m.id === e.to) + 1}`).join('，')}）`
              : ''),
          source: n.source,
          what: `step ${n.id}`,
        },
      ],
      [{ text: roleName.get(n.role) ?? n.role, source: n.source, what: `step ${n.id}` }],
      n.timeLimit ? [{ text: n.timeLimit, source: n.source, what: `step ${n.id}` }] : [],
    ]),
  );
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

export function composeAssessment(c: Composer, view: ScopeView): void {
  for (const a of view.assessments) {
    c.heading(1, a.title, a.source);
    if (a.description) c.para(a.description, a.source, 'the assessment description');
    if (a.inspections.length > 0) {
      c.heading(2, '检查方式', a.source);
      for (const i of a.inspections) c.bullet(inspectionLine(i), i.source, `inspection ${i.id}`);
    }
    if (a.thresholds.length > 0) {
      c.heading(2, '考核标准', a.source);
      for (const t of a.thresholds)
        c.bullet(
          `考核得分低于${t.below}分${thresholdPeriodsSaid(t, a.phases)}：${t.consequence}`,
          t.source,
          `threshold ${t.id}`,
        );
    }
    if (a.violations.length > 0) {
      c.heading(2, '违规处理', a.source);
      c.table(
        [{ header: '违规行为' }, { header: '处罚' }, { header: '屡犯处理' }],
        a.violations.map((v) => {
          const penalty = penaltyLine(v.penalty);
          return [
            [{ text: v.text, source: v.source, what: `violation ${v.id}` }],
            [{ text: penalty, source: v.source, what: `violation ${v.id}` }],
            v.escalation.length > 0
              ? v.escalation.map((e) => ({
                  text: `第${e.occurrence}次：${e.action}`,
                  source: v.source,
                  what: `violation ${v.id}`,
                }))
              : [],
          ];
        }),
      );
    }
    if (a.awards.length > 0) {
      c.heading(2, '表彰奖励', a.source);
      for (const w of a.awards) c.bullet(`${awardTitle(w)}：${w.criteria}`, w.source, `award ${w.id}`);
    }
  }
}

/** 前言: the main changes of the latest revision for this handbook's scope (model/changes/foreword.ts); nothing when none. */
export function composeForeword(c: Composer, model: Model, view: ScopeView): void {
  const foreword = forewordOf(model, view);
  if (!foreword) return;
  c.heading(1, '前言', model.organisation.source);
  for (const d of foreword.documents) {
    c.para(d.replaces, model.organisation.source, 'the foreword');
    d.changes.forEach((line, i) =>
      c.bullet(`${line}${i === d.changes.length - 1 ? '。' : '；'}`, model.organisation.source, 'the foreword'),
    );
  }
  if (foreword.other.length > 0) {
    c.para('服务承诺、文明用语、服务流程和考核办法的主要变化如下：', model.organisation.source, 'the foreword');
    foreword.other.forEach((line, i) =>
      c.bullet(`${line}${i === foreword.other.length - 1 ? '。' : '；'}`, model.organisation.source, 'the foreword'),
    );
  }
}

export function composeColophon(
  c: Composer,
  model: Model,
  scope: HandbookScope,
  view: Pick<ScopeView, 'issuer'>,
): void {
  // The colophon follows the last chapter on its page (a page of its own would hold three lines).
  c.heading(1, '说明', model.organisation.source, false);
  c.blocks[c.blocks.length - 1]!.pageBreakBefore = false;
  c.blocks[c.blocks.length - 1]!.spaceBefore = c.s.h1.size * 1.5;
  c.para(
    `本手册由${view.issuer}根据现行服务规范编印，供${scope.label}学习使用；内容以网站公布的最新版本为准：${model.organisation.baseUrl}`,
    model.organisation.source,
    'the colophon',
  );
  c.para(`字体：${NOTO_NOTICE}。`, undefined, 'the colophon', c.s.small);
}
