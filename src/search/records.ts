/**
 * One search record per thing the site shows and staff look up — clause, phrase, conduct rule,
 * situation, rule set, commitment, process and step, violation, inspection, score threshold,
 * award, role, unit, document, page section — each linking to its anchor on the site. Pure:
 * model in, records out (an MDX page's file is read for its sections).
 */
import fs from 'node:fs';
import { flattenClauses, PER_UNIT_VALUE } from '../model/clauses.ts';
import { documentPath, paths } from '../model/routes.ts';
import type { Clause, NormDocument } from '../model/types/documents.ts';
import type { Commitment } from '../model/types/commitments.ts';
import type { Model } from '../model/types.ts';
import { unitView } from '../model/view.ts';
import { UI } from '../site/i18n/ui.ts';
import { encodeGroup } from './group.ts';
import { splitPage } from './page-sections.ts';
import type { Scope } from './scope.ts';
import { serviceRecords } from './services.ts';
import { compact, indexTokens } from './tokens.ts';
import { TOKEN_META } from './trim-fragments.ts';
import { assessmentRecords, scoreItemRecords } from './records-assessment.ts';
import { etiquetteRecords } from './records-etiquette.ts';
import { processRecords } from './records-processes.ts';
import { cardLabels, join, KEY, partition, type Recorder, recorder } from './recorder.ts';

/** Every kind of item the site shows, each indexed (issue 14). */
export const RECORD_KINDS = [
  'clause',
  'phrase',
  'forbidden',
  'conduct',
  'situation',
  'rule-set',
  'commitment',
  'process',
  'step',
  'violation',
  'inspection',
  'phase',
  'threshold',
  'award',
  'score-item',
  'role',
  'unit',
  'document',
  'page',
  'service',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface SearchRecord {
  /** Site path with anchor, without the base: 'norms/x/#c-y'. */
  path: string;
  kind: RecordKind;
  /** Model id of the item (clause id, phrase id, …; a page's slug). */
  id: string;
  /**
   * A heading or name (a section, situation, process, commitment…), or the start of the item's
   * own text (a clause without a title, a phrase, a step): then `content` begins with it.
   */
  title: string;
  /** Text shown in the excerpt and compared by the re-ranker; a heading is not repeated in it. */
  content: string;
  /** Words that find the item but are shown nowhere: `keywords`, tags, role names. */
  extra: string;
  /** Where it sits: document, situation, process… */
  context: string;
  /** What the place it sits in says of itself (a phrase's situation's description): words that find it, weakly. */
  about?: string;
  /** Displayed clause number, when the item is a clause. */
  number?: string;
  units: Scope;
  roles: Scope;
  /** Path of the item it sits in (a phrase's situation, a step's process, a section's page). */
  parent?: string;
  /** The post that does it: a process step's lane (its roles are the whole process's). */
  doer?: string;
  /** Paths of the clauses it checks (a score item): it follows them in the results (engine.ts). */
  checks?: string[];
  /**
   * Items with the same group key, page, kind, units and context that follow each other are
   * indexed as one Pagefind record (see group.ts): the clauses of a top-level section, the
   * steps of a process, the phrases of a situation.
   */
  group?: string;
}

/** A clause's heading in results: number and title, or number and the start of its text. */
function clauseTitle(c: Clause): string {
  const label = c.title ?? (c.text && c.text.length > 40 ? `${c.text.slice(0, 40)}…` : c.text);
  return [c.label, label].filter(Boolean).join(' ');
}

const hotlines = (h: Model['organisation']['hotlines']) => [
  h.service,
  h.supervision,
  h.fault,
  ...h.other.map((o) => `${o.label} ${o.number}`),
];

export function buildSearchRecords(model: Model): SearchRecord[] {
  const r = recorder(model);
  const { records, keywords } = r;
  const org = model.organisation;
  records.push({
    path: '',
    kind: 'unit',
    id: org.id,
    title: org.name,
    content: join(org.shortName, org.address, org.openingHours, ...hotlines(org.hotlines)),
    extra: join(keywords(org.id), cardLabels(org), org.description),
    context: '',
    units: 'all',
    roles: 'all',
  });
  documentRecords(r);
  etiquetteRecords(r);
  commitmentRecords(r);
  processRecords(r);
  unitAndRoleRecords(r);
  assessmentRecords(r);
  scoreItemRecords(r);
  pageRecords(r);
  records.push(...serviceRecords(model, r.scope, keywords));
  return records.filter((x) => x !== SKIP);
}

/** Documents, and clauses: the organisation's, then those only units have (added by a unit). */
function documentRecords(r: Recorder): void {
  const { model, records, scope, emit, keywords, roleNames, inUnit } = r;
  const orgClauses = new Map(model.documents.flatMap((d) => flattenClauses(d.clauses).map((c) => [c.id, c] as const)));
  const clauseIds: { id: string; doc: NormDocument; section: string }[] = [];
  const seenClauses = new Set<string>();
  for (const doc of [...model.documents, ...model.units.flatMap((u) => u.documents)]) {
    for (const section of doc.clauses) {
      for (const c of flattenClauses([section])) {
        if (seenClauses.has(c.id)) continue;
        seenClauses.add(c.id);
        clauseIds.push({ id: c.id, doc, section: section.id });
      }
    }
  }
  for (const doc of model.documents) {
    records.push({
      path: documentPath(model, doc.id),
      kind: 'document',
      id: doc.id,
      title: doc.title,
      content: join(doc.code, doc.scope),
      extra: keywords(doc.id),
      context: doc.issuer,
      units: scope.unitsHaving(doc.id),
      roles: scope.roles(doc.id),
    });
  }
  for (const { id, doc, section } of clauseIds) {
    emit(id, orgClauses.get(id), KEY.clause, (c, where) => ({
      path: where.path,
      kind: 'clause',
      id,
      title: clauseTitle(c),
      content: join(c.text, c.note),
      extra: join(keywords(id), c.tags.join(' '), roleNames(c.appliesTo), c.origin?.reason),
      context: inUnit(doc.title, where.unitId),
      number: c.label,
      units: where.units,
      roles: where.roles,
      parent: where.path.split('#')[0],
      group: `${where.unitId ?? ''}/${doc.id}/${section}`,
    }));
  }
}

/**
 * Commitments on the boards: the sets' (with the organisation's values where units keep them) and
 * each unit's own numbers; internal commitments on their units' pages. Not by page: a board gives a
 * commitment worded as the group's just as /commitments/ does (title, target, text).
 */
function commitmentRecords(r: Recorder): void {
  const { model, emit, keywords, inUnit, records } = r;
  // The target as the public reads it (45分钟内), not the table form (≤ 45分钟); in the content only where
  // the text does not say it already (an excerpt read "…30天内办结 ≤ 30天 30天内").
  const commitmentTitle = (c: Commitment) => join(c.title ?? c.text.slice(0, 20), c.target?.wording);
  const commitmentContent = (c: Commitment) =>
    join(c.text, c.target && !compact(c.text).includes(compact(c.target.wording)) ? c.target.wording : undefined);
  // The set's version that every unit words otherwise (each sets the {{param}}): its numbers are
  // promised nowhere, so the /commitments/ record gives the wording with 〔按单位规定〕 instead.
  const perUnit = (c: Commitment): Commitment => {
    const { target: _numbers, ...rest } = c;
    return { ...rest, text: (c.template ?? c.text).replace(/\{\{[^}]*\}\}/g, PER_UNIT_VALUE) };
  };
  const setCommitments = new Map(
    model.commitmentSets.flatMap((set) => set.commitments.map((c) => [c.id, { c, set }] as const)),
  );
  const commitmentIds = [
    ...new Set([...setCommitments.keys(), ...model.units.flatMap((u) => u.commitments.map((c) => c.id))]),
  ];
  for (const id of commitmentIds) {
    const inSet = setCommitments.get(id);
    emit(id, inSet?.c.public ? inSet.c : undefined, KEY.commitment, (version, where) => {
      const nowhere = where.unitId === undefined && where.units !== 'all' && where.units.length === 0;
      const c = nowhere ? perUnit(version) : version;
      return c.public
        ? {
            path: where.path,
            kind: 'commitment',
            id,
            title: commitmentTitle(c),
            content: commitmentContent(c),
            extra: keywords(id),
            context: inUnit(inSet?.set.title ?? '', where.unitId),
            units: where.units,
            roles: 'all',
            group: `${where.unitId ?? ''}/${inSet?.set.id ?? 'own'}`,
          }
        : SKIP;
    });
  }
  // Internal commitments (public: false) are on no board, but each unit's page lists its own under
  // 内部服务标准 (staff search the site too): found there, at the unit's values.
  for (const u of model.units)
    for (const c of unitView(model, u.id).internalCommitments)
      records.push({
        path: r.path(c.id, u.id),
        kind: 'commitment',
        id: c.id,
        title: commitmentTitle(c),
        content: commitmentContent(c),
        extra: keywords(c.id),
        context: inUnit(setCommitments.get(c.id)?.set.title ?? '', u.id),
        units: [u.id],
        roles: 'all',
        group: `${u.id}/internal`,
      });
}

/**
 * Each unit and each role. A role stays one record, at /roles/<role>/, though a unit's page of the
 * post gives the unit's values: that page is there for each unit and post (every unit's copy would
 * stand beside the group's in an unfiltered search), and the group's links to each.
 */
function unitAndRoleRecords(r: Recorder): void {
  const { model, records, keywords } = r;
  for (const u of model.units) {
    // A number the unit shows as its parent's (a team's card lists its branch's lines) is the parent's: found weakly.
    const parent = new Set(hotlines(model.units.find((p) => p.id === u.parentId)?.hotlines ?? { other: [] }));
    const [inherited, own] = partition(hotlines(u.hotlines), (h) => parent.has(h));
    records.push({
      path: paths.unit(u.id),
      kind: 'unit',
      id: u.id,
      title: u.name,
      content: join(u.shortName, u.address, u.openingHours, ...own),
      extra: join(keywords(u.id), cardLabels(u), ...inherited),
      context: model.organisation.shortName,
      units: [u.id],
      roles: 'all',
    });
  }

  for (const r of model.roles) {
    records.push({
      path: paths.role(r.id),
      kind: 'role',
      id: r.id,
      title: r.name,
      content: join(r.description),
      extra: keywords(r.id),
      context: UI['zh-CN'].roles,
      units: 'all',
      roles: [r.id],
    });
  }
}

/** MDX pages: the lead, and each section at its anchor. */
function pageRecords(r: Recorder): void {
  const { model, records, scope } = r;
  for (const page of model.pages) {
    let split: ReturnType<typeof splitPage> = { lead: page.description ?? '', sections: [] };
    try {
      split = splitPage(fs.readFileSync(page.file, 'utf8'));
    } catch {
      // The page's file went away since loading: index what the model holds.
    }
    const units = scope.pageUnits(page.slug);
    const pagePath = paths.page(page.slug);
    records.push({
      path: pagePath,
      kind: 'page',
      id: page.slug,
      title: page.title,
      content: join(page.description, split.lead),
      extra: page.keywords.join(' '),
      context: '',
      units,
      roles: 'all',
    });
    for (const s of split.sections) {
      records.push({
        path: `${pagePath}#${s.id}`,
        kind: 'page',
        id: `${page.slug}#${s.id}`,
        title: s.heading,
        content: s.text,
        extra: '',
        context: page.title,
        units,
        roles: 'all',
        parent: pagePath,
        group: page.slug,
      });
    }
  }
}

/** A version that is not indexed (an internal commitment). */
const SKIP = {
  path: '',
  kind: 'page',
  id: '',
  title: '',
  content: '',
  extra: '',
  context: '',
  units: 'all',
  roles: 'all',
} as SearchRecord;

/** Consecutive records that may share one Pagefind record (same group, page, kind, units, context). */
export function groupRecords(records: readonly SearchRecord[]): SearchRecord[][] {
  const groups: SearchRecord[][] = [];
  const pageOf = (r: SearchRecord) => r.path.split('#')[0];
  const unitsKey = (r: SearchRecord) => (r.units === 'all' ? 'all' : r.units.join(','));
  for (const r of records) {
    const last = groups.at(-1)?.[0];
    if (
      r.group &&
      last &&
      last.group === r.group &&
      pageOf(last) === pageOf(r) &&
      last.kind === r.kind &&
      unitsKey(last) === unitsKey(r) &&
      last.context === r.context &&
      last.about === r.about &&
      last.parent === r.parent
    )
      groups.at(-1)!.push(r);
    else groups.push([r]);
  }
  return groups;
}

const union = (scopes: readonly Scope[]): string[] =>
  scopes.some((s) => s === 'all') ? ['all'] : [...new Set(scopes.flatMap((s) => s as string[]))];

/**
 * One group as handed to Pagefind's addCustomRecord. The url is relative to the site root: the
 * browser side prefixes the base path (Pagefind's baseUrl). Items for every unit or role carry
 * the filter value 'all', which the island adds to a unit or role filter; a group's role filter
 * is its members' roles together, and the island keeps the members that match.
 */
export function toPagefindRecord(group: SearchRecord | readonly SearchRecord[], language: string, withTokens = true) {
  const members = Array.isArray(group) ? (group as readonly SearchRecord[]) : [group as SearchRecord];
  const first = members[0]!;
  const page = first.path.split('#')[0]!;
  const wire = encodeGroup(
    `/${page}`,
    members.map((r) => ({
      anchor: r.path.split('#')[1] ?? '',
      title: r.title,
      content: r.content || r.title,
      extra: r.extra,
      roles: r.roles,
      ...(r.doer ? { doer: r.doer } : {}),
    })),
  );
  const meta: Record<string, string> = {
    title: wire.title,
    context: first.context,
    kind: first.kind,
    x: wire.extra,
    r: wire.roles,
  };
  if (first.parent !== undefined) meta.p = `/${first.parent}`;
  if (first.about) meta.a = first.about;
  if (first.checks?.length) meta.ck = first.checks.map((c) => `/${c}`).join(' ');
  if (withTokens)
    meta[TOKEN_META] = [
      ...new Set(members.flatMap((r) => indexTokens(`${r.title} ${r.content} ${r.extra} ${r.about ?? ''}`, r.number))),
    ].join(' ');
  return {
    url: wire.url,
    content: wire.content,
    language,
    meta,
    filters: { kind: [first.kind], unit: union([first.units]), role: union(members.map((r) => r.roles)) },
  };
}
