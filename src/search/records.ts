/**
 * One search record per thing the site shows and staff look up — clause, phrase, conduct rule,
 * situation, rule set, commitment, process and step, violation, inspection, score threshold,
 * award, role, unit, document, page section — each linking to its anchor on the site. Pure:
 * model in, records out (an MDX page's file is read for its sections).
 */
import fs from 'node:fs';
import { flattenClauses } from '../model/clauses.ts';
import { documentPath, itemPath, paths } from '../model/routes.ts';
import type { Award, Inspection, Threshold, Violation } from '../model/types/assessments.ts';
import type { Clause, NormDocument } from '../model/types/documents.ts';
import type { Commitment } from '../model/types/commitments.ts';
import type { ConductRule, Phrase, RuleSet, Situation } from '../model/types/etiquette.ts';
import type { Model } from '../model/types.ts';
import type { Process, ProcessNode } from '../model/types/processes.ts';
import { unitView } from '../model/view.ts';
import { phraseDisplay } from '../model/wording.ts';
import { UI } from '../site/i18n/ui.ts';
import { encodeGroup } from './group.ts';
import { splitPage } from './page-sections.ts';
import { scopeResolver, type Scope } from './scope.ts';
import { serviceRecords } from './services.ts';
import { indexTokens } from './tokens.ts';
import { TOKEN_META } from './trim-fragments.ts';

export type RecordKind =
  | 'clause'
  | 'phrase'
  | 'forbidden'
  | 'conduct'
  | 'situation'
  | 'rule-set'
  | 'commitment'
  | 'process'
  | 'step'
  | 'violation'
  | 'inspection'
  | 'threshold'
  | 'award'
  | 'role'
  | 'unit'
  | 'document'
  | 'page'
  | 'service';

export const RECORD_KINDS: RecordKind[] = [
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
  'threshold',
  'award',
  'role',
  'unit',
  'document',
  'page',
  'service',
];

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
  /** Displayed clause number, when the item is a clause. */
  number?: string;
  units: Scope;
  roles: Scope;
  /** Path of the item it sits in (a phrase's situation, a step's process, a section's page). */
  parent?: string;
  /** The post that does it: a process step's lane (its roles are the whole process's). */
  doer?: string;
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
  return [c.number, label].filter(Boolean).join(' ');
}

const join = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' ');

/** What a version of an item is compared by: a unit shows its own record where this differs. */
const KEY = {
  clause: (c: Clause) => join(c.number, c.title, c.text, c.note, c.strength),
  phrase: (p: Phrase) => join(p.text, p.note),
  conduct: (r: ConductRule) => r.text,
  situation: (s: Situation) => join(s.title, s.description, s.roles.join(',')),
  ruleSet: (r: RuleSet) => join(r.title, r.items.join('、')),
  commitment: (c: Commitment) => join(c.title, c.text, c.target?.display, String(c.public)),
  process: (p: Process) => join(p.title, p.description),
  node: (n: ProcessNode) => join(n.label, n.timeLimit, n.role),
  violation: (v: Violation) => join(v.text, JSON.stringify(v.penalty), v.escalation.map((e) => e.action).join('|')),
  inspection: (i: Inspection) => join(i.title, i.frequency),
  threshold: (t: Threshold) => join(String(t.below), t.consequence),
  award: (w: Award) => join(w.title, w.criteria),
} as const;

/** What every part of the list needs: the model, the list being filled, and how a record's words, scope and place are found. */
interface Recorder {
  model: Model;
  records: SearchRecord[];
  scope: ReturnType<typeof scopeResolver>;
  keywords: (id: string) => string;
  roleNames: (ids: readonly string[]) => string;
  unitName: Map<string, string>;
  /** The item's site path (a unit's version at the unit's page). */
  path: (id: string, unitId?: string) => string;
  /** "unit · context" for a unit's own version. */
  inUnit: (context: string, unitId?: string) => string;
  /**
   * The organisation's record of an item (for the units that word it so) and one record per unit
   * that words it otherwise, at that unit's page. `make` builds a record from a version.
   */
  emit: <T extends object>(
    id: string,
    org: T | undefined,
    key: (x: T) => string,
    make: (x: T, where: { path: string; units: Scope; roles: Scope; unitId?: string }) => SearchRecord,
  ) => void;
}

function recorder(model: Model): Recorder {
  const records: SearchRecord[] = [];
  const scope = scopeResolver(model);
  const unitName = new Map(model.units.map((u) => [u.id, u.shortName]));
  const path = (id: string, unitId?: string): string => itemPath(model, id, unitId) ?? '';
  return {
    model,
    records,
    scope,
    keywords: (id) => (model.keywords?.[id] ?? []).join(' '),
    roleNames: (ids) => ids.map((id) => model.roles.find((r) => r.id === id)?.name ?? id).join(' '),
    unitName,
    path,
    inUnit: (context, unitId) => (unitId === undefined ? context : `${unitName.get(unitId) ?? unitId} · ${context}`),
    emit: (id, org, key, make) => {
      const v = scope.versions(id, org, key);
      if (org !== undefined) records.push(make(org, { path: path(id), units: v.org, roles: scope.roles(id) }));
      for (const own of v.own)
        records.push(
          make(own.item, {
            path: own.path,
            units: [own.unitId],
            roles: scope.roles(id, unitView(model, own.unitId)),
            unitId: own.unitId,
          }),
        );
    },
  };
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
    extra: join(keywords(org.id), org.description),
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
      number: c.number,
      units: where.units,
      roles: where.roles,
      parent: where.path.split('#')[0],
      group: `${where.unitId ?? ''}/${doc.id}/${section}`,
    }));
  }
}

/** Etiquette: situations, phrases (standard and forbidden), conduct rules and rule sets. */
function etiquetteRecords(r: Recorder): void {
  const { model, emit, keywords, roleNames, inUnit, path } = r;
  const phraseById = new Map(
    model.etiquette.flatMap((e) => e.situations.flatMap((s) => s.phrases.map((p) => [p.id, p.text] as const))),
  );
  for (const set of model.etiquette) {
    // The situations of a set first, so that they share one record.
    for (const sit of set.situations) {
      emit(sit.id, sit, KEY.situation, (s, where) => ({
        path: where.path,
        kind: 'situation',
        id: s.id,
        title: s.title,
        content: join(s.description),
        extra: join(keywords(s.id), roleNames(s.roles)),
        context: inUnit(set.title, where.unitId),
        units: where.units,
        roles: where.roles,
        group: `${where.unitId ?? ''}/${set.id}/situations`,
      }));
    }
    for (const sit of set.situations) {
      const where0 = `${set.title} · ${sit.title}`;
      const about = join(sit.title, roleNames(sit.roles));
      for (const p of [...sit.phrases, ...sit.forbidden]) {
        emit(p.id, p, KEY.phrase, (x, where) => ({
          path: where.path,
          kind: x.kind === 'forbidden' ? 'forbidden' : 'phrase',
          id: x.id,
          title: phraseDisplay(x.text),
          content: join(phraseDisplay(x.text), x.note),
          // A forbidden phrase is found by the phrase to say instead too, but weakly: a search for
          // the right words should land on them, not on the words they replace.
          extra: join(
            keywords(x.id),
            about,
            x.instead && phraseById.has(x.instead) && phraseDisplay(phraseById.get(x.instead)!),
          ),
          context: inUnit(where0, where.unitId),
          units: where.units,
          roles: where.roles,
          parent: path(sit.id, where.unitId),
          group: `${where.unitId ?? ''}/${set.id}/${sit.id}`,
        }));
      }
      for (const r of sit.conduct) {
        emit(r.id, r, KEY.conduct, (x, where) => ({
          path: where.path,
          kind: 'conduct',
          id: x.id,
          title: x.text,
          content: x.text,
          extra: join(keywords(x.id), about),
          context: inUnit(where0, where.unitId),
          units: where.units,
          roles: where.roles,
          parent: path(sit.id, where.unitId),
          group: `${where.unitId ?? ''}/${set.id}/${sit.id}`,
        }));
      }
    }
    for (const rs of set.ruleSets) {
      emit(rs.id, rs, KEY.ruleSet, (x, where) => ({
        path: where.path,
        kind: 'rule-set',
        id: x.id,
        title: x.title,
        content: x.items.join('、'),
        extra: keywords(x.id),
        context: inUnit(set.title, where.unitId),
        units: where.units,
        roles: where.roles,
        group: `${where.unitId ?? ''}/${set.id}/rules`,
      }));
    }
    for (const r of set.conduct) {
      emit(r.id, r, KEY.conduct, (x, where) => ({
        path: where.path,
        kind: 'conduct',
        id: x.id,
        title: x.text,
        content: x.text,
        extra: keywords(x.id),
        context: inUnit(set.title, where.unitId),
        units: where.units,
        roles: where.roles,
        group: `${where.unitId ?? ''}/${set.id}`,
      }));
    }
  }
}

/** Commitments on the boards: the sets' (with the organisation's values where units keep them) and each unit's own numbers; internal commitments are not on any public page. */
function commitmentRecords(r: Recorder): void {
  const { model, emit, keywords, inUnit } = r;
  const commitmentTitle = (c: Commitment) => join(c.title ?? c.text.slice(0, 20), c.target?.display);
  const setCommitments = new Map(
    model.commitmentSets.flatMap((set) => set.commitments.map((c) => [c.id, { c, set }] as const)),
  );
  const commitmentIds = [
    ...new Set([...setCommitments.keys(), ...model.units.flatMap((u) => u.commitments.map((c) => c.id))]),
  ];
  for (const id of commitmentIds) {
    const inSet = setCommitments.get(id);
    emit(id, inSet?.c.public ? inSet.c : undefined, KEY.commitment, (c, where) =>
      c.public
        ? {
            path: where.path,
            kind: 'commitment',
            id,
            title: commitmentTitle(c),
            content: join(c.text, c.target?.display, c.target?.wording),
            extra: keywords(id),
            context: inUnit(inSet?.set.title ?? '', where.unitId),
            units: where.units,
            roles: 'all',
            group: `${where.unitId ?? ''}/${inSet?.set.id ?? 'own'}`,
          }
        : SKIP,
    );
  }
}

/** Processes and their steps. */
function processRecords(r: Recorder): void {
  const { model, emit, keywords, roleNames, inUnit, path, unitName } = r;
  for (const p of model.processes) {
    emit(p.id, p, KEY.process, (x, where) => ({
      path: where.path,
      kind: 'process',
      id: x.id,
      title: x.title,
      content: join(x.description),
      extra: join(keywords(x.id), roleNames(x.lanes)),
      context: where.unitId ? (unitName.get(where.unitId) ?? '') : '',
      units: where.units,
      roles: where.roles,
    }));
    for (const n of p.nodes) {
      emit(n.id, n, KEY.node, (x, where) => ({
        path: where.path,
        kind: 'step',
        id: x.id,
        title: x.label,
        content: join(x.label, x.timeLimit, ...x.next.map((e) => e.label)),
        extra: join(keywords(x.id), roleNames([x.role])),
        context: inUnit(p.title, where.unitId),
        units: where.units,
        roles: where.roles,
        doer: x.role,
        parent: path(p.id, where.unitId),
        group: `${where.unitId ?? ''}/${p.id}`,
      }));
    }
  }
}

/** Each unit and each role. */
function unitAndRoleRecords(r: Recorder): void {
  const { model, records, keywords } = r;
  for (const u of model.units) {
    records.push({
      path: paths.unit(u.id),
      kind: 'unit',
      id: u.id,
      title: u.name,
      content: join(u.shortName, u.address, u.openingHours, ...hotlines(u.hotlines)),
      extra: keywords(u.id),
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

/** Assessment: inspections, score thresholds, violations and awards. */
function assessmentRecords(r: Recorder): void {
  const { model, emit, keywords, inUnit } = r;
  for (const a of model.assessments) {
    for (const i of a.inspections) {
      emit(i.id, i, KEY.inspection, (x, where) => ({
        path: where.path,
        kind: 'inspection',
        id: x.id,
        title: x.title,
        content: join(x.frequency),
        extra: join(keywords(x.id), UI['zh-CN'].inspectionKind[x.kind]),
        context: inUnit(a.title, where.unitId),
        units: where.units,
        roles: 'all',
        group: `${where.unitId ?? ''}/${a.id}/i`,
      }));
    }
    for (const t of a.thresholds) {
      emit(t.id, t, KEY.threshold, (x, where) => ({
        path: where.path,
        kind: 'threshold',
        id: x.id,
        title: UI['zh-CN'].belowPoints(x.below),
        content: x.consequence,
        extra: join(keywords(x.id), UI['zh-CN'].thresholds),
        context: inUnit(a.title, where.unitId),
        units: where.units,
        roles: 'all',
        group: `${where.unitId ?? ''}/${a.id}/t`,
      }));
    }
    for (const v of a.violations) {
      emit(v.id, v, KEY.violation, (x, where) => {
        const pen = x.penalty;
        return {
          path: where.path,
          kind: 'violation',
          id: x.id,
          title: x.text,
          content: join(
            x.text,
            pen.fine !== undefined && `罚款${pen.fine}${pen.fineMax !== undefined ? `-${pen.fineMax}` : ''}元`,
            pen.points !== undefined && `扣${pen.points}分`,
            pen.text,
            ...x.escalation.map((e) => e.action),
          ),
          extra: keywords(x.id),
          context: inUnit(a.title, where.unitId),
          units: where.units,
          roles: where.roles,
          group: `${where.unitId ?? ''}/${a.id}/v`,
        };
      });
    }
    for (const w of a.awards) {
      emit(w.id, w, KEY.award, (x, where) => ({
        path: where.path,
        kind: 'award',
        id: x.id,
        title: x.title,
        content: x.criteria,
        extra: keywords(x.id),
        context: inUnit(a.title, where.unitId),
        units: where.units,
        roles: 'all',
        group: `${where.unitId ?? ''}/${a.id}/w`,
      }));
    }
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
  if (withTokens)
    meta[TOKEN_META] = [
      ...new Set(members.flatMap((r) => indexTokens(`${r.title} ${r.content} ${r.extra}`, r.number))),
    ].join(' ');
  return {
    url: wire.url,
    content: wire.content,
    language,
    meta,
    filters: { kind: [first.kind], unit: union([first.units]), role: union(members.map((r) => r.roles)) },
  };
}
