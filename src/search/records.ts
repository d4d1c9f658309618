/**
 * One search record per thing the site shows and staff look up — clause, phrase, conduct rule,
 * situation, rule set, commitment, process and step, violation, inspection, score threshold,
 * award, role, unit, document, page section — each linking to its anchor on the site. Pure:
 * model in, records out (an MDX page's file is read for its sections).
 */
import fs from 'node:fs';
import type { Clause, Model } from '../model/types.ts';
import { UI } from '../site/i18n/ui.ts';
import { encodeGroup } from './group.ts';
import { splitPage } from './page-sections.ts';
import { scopeResolver, type Scope } from './scope.ts';
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
  | 'page';

export const RECORD_KINDS: RecordKind[] = ['clause', 'phrase', 'forbidden', 'conduct', 'situation', 'rule-set', 'commitment', 'process', 'step', 'violation', 'inspection', 'threshold', 'award', 'role', 'unit', 'document', 'page'];

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

function flatten(clauses: Clause[]): Clause[] {
  return clauses.flatMap((c) => [c, ...flatten(c.children)]);
}

const phraseText = (t: string) => t.replace(/\{([^{}]+)\}/g, '〔$1〕');
const join = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' ');

export function buildSearchRecords(model: Model): SearchRecord[] {
  const records: SearchRecord[] = [];
  const scope = scopeResolver(model);
  const zh = UI['zh-CN'];
  const keywords = (id: string) => (model.keywords?.[id] ?? []).join(' ');
  const roleNames = (ids: readonly string[]) => ids.map((id) => model.roles.find((r) => r.id === id)?.name ?? id).join(' ');
  const phraseById = new Map(model.etiquette.flatMap((e) => e.situations.flatMap((s) => s.phrases.map((p) => [p.id, p.text] as const))));

  const org = model.organisation;
  const hotlines = (h: Model['organisation']['hotlines']) => [h.service, h.supervision, h.fault, ...h.other.map((o) => `${o.label} ${o.number}`)];
  records.push({ path: '', kind: 'unit', id: org.id, title: org.name, content: join(org.shortName, org.address, org.openingHours, ...hotlines(org.hotlines)), extra: join(keywords(org.id), org.description), context: '', units: 'all', roles: 'all' });

  for (const doc of model.documents) {
    records.push({ path: `norms/${doc.id}/`, kind: 'document', id: doc.id, title: doc.title, content: join(doc.code, doc.scope), extra: keywords(doc.id), context: doc.issuer, units: scope.documentUnits(doc.id), roles: scope.roles(doc.roles) });
    for (const section of doc.clauses) {
      for (const c of flatten([section])) {
        records.push({
          path: `norms/${doc.id}/#c-${c.id}`,
          kind: 'clause',
          id: c.id,
          title: clauseTitle(c),
          content: join(c.text, c.note),
          extra: join(keywords(c.id), c.tags.join(' '), roleNames(c.appliesTo)),
          context: doc.title,
          number: c.number,
          units: scope.clauseUnits(doc, c),
          roles: scope.roles(c.appliesTo),
          parent: `norms/${doc.id}/`,
          group: `${doc.id}/${section.id}`,
        });
      }
    }
  }
  // Clauses a unit reworded or added: they live on the unit's resolved document.
  for (const unit of model.units) {
    for (const doc of unit.documents) {
      for (const c of flatten(doc.clauses)) {
        if (!c.origin || c.origin.kind === 'inherited') continue;
        records.push({
          path: `units/${unit.id}/norms/${doc.id}/#c-${c.id}`,
          kind: 'clause',
          id: c.id,
          title: clauseTitle(c),
          content: join(c.text, c.note),
          extra: join(keywords(c.id), c.tags.join(' '), roleNames(c.appliesTo), c.origin.reason),
          context: `${unit.shortName} · ${doc.title}`,
          number: c.number,
          units: [unit.id],
          roles: scope.roles(c.appliesTo),
          group: `${unit.id}/${doc.id}`,
        });
      }
    }
  }

  for (const set of model.etiquette) {
    // The situations of a set first, so that they share one record.
    for (const sit of set.situations) {
      records.push({ path: `etiquette/#s-${sit.id}`, kind: 'situation', id: sit.id, title: sit.title, content: join(sit.description), extra: join(keywords(sit.id), roleNames(sit.roles)), context: set.title, units: 'all', roles: scope.roles(sit.roles), group: `${set.id}/situations` });
    }
    for (const sit of set.situations) {
      const roles = scope.roles(sit.roles);
      const where = `${set.title} · ${sit.title}`;
      const about = join(sit.title, roleNames(sit.roles));
      for (const p of [...sit.phrases, ...sit.forbidden]) {
        records.push({
          path: `etiquette/#p-${p.id}`,
          kind: p.kind === 'forbidden' ? 'forbidden' : 'phrase',
          id: p.id,
          title: phraseText(p.text),
          content: join(phraseText(p.text), p.instead && phraseById.has(p.instead) && phraseText(phraseById.get(p.instead)!), p.note),
          extra: join(keywords(p.id), about),
          context: where,
          units: 'all',
          roles,
          parent: `etiquette/#s-${sit.id}`,
          group: `${set.id}/${sit.id}`,
        });
      }
      for (const r of sit.conduct) {
        records.push({ path: `etiquette/#r-${r.id}`, kind: 'conduct', id: r.id, title: r.text, content: r.text, extra: join(keywords(r.id), about), context: where, units: 'all', roles, parent: `etiquette/#s-${sit.id}`, group: `${set.id}/${sit.id}` });
      }
    }
    for (const rs of set.ruleSets) {
      records.push({ path: `etiquette/#rs-${rs.id}`, kind: 'rule-set', id: rs.id, title: rs.title, content: rs.items.join('、'), extra: keywords(rs.id), context: set.title, units: 'all', roles: 'all', group: `${set.id}/rules` });
    }
    for (const r of set.conduct) {
      records.push({ path: `etiquette/#r-${r.id}`, kind: 'conduct', id: r.id, title: r.text, content: r.text, extra: keywords(r.id), context: set.title, units: 'all', roles: 'all', group: set.id });
    }
  }

  const commitmentTitle = (c: { title?: string; text: string; target?: { display: string } }) => join(c.title ?? c.text.slice(0, 20), c.target?.display);
  for (const set of model.commitmentSets) {
    for (const c of set.commitments) {
      if (!c.public) continue;
      records.push({ path: `commitments/#cm-${c.id}`, kind: 'commitment', id: c.id, title: commitmentTitle(c), content: join(c.text, c.target?.display), extra: keywords(c.id), context: set.title, units: scope.commitmentUnits(c), roles: 'all', group: set.id });
    }
  }
  // A unit's own commitments, and inherited ones whose words differ there (its own params).
  const setText = new Map(model.commitmentSets.flatMap((s) => s.commitments.map((c) => [c.id, c.text] as const)));
  for (const unit of model.units) {
    for (const c of unit.commitments) {
      if (!c.public || setText.get(c.id) === c.text) continue;
      records.push({ path: `units/${unit.id}/commitments/#cm-${c.id}`, kind: 'commitment', id: c.id, title: commitmentTitle(c), content: join(c.text, c.target?.display), extra: keywords(c.id), context: unit.shortName, units: [unit.id], roles: 'all', group: unit.id });
    }
  }

  for (const p of model.processes) {
    const units = scope.processUnits(p.id);
    records.push({ path: `processes/${p.id}/`, kind: 'process', id: p.id, title: p.title, content: join(p.description), extra: join(keywords(p.id), roleNames(p.lanes)), context: '', units, roles: scope.roles(p.lanes) });
    for (const n of p.nodes) {
      records.push({
        path: `processes/${p.id}/#step-${n.id}`,
        kind: 'step',
        id: n.id,
        title: n.label,
        content: join(n.label, n.timeLimit, ...n.next.map((e) => e.label)),
        extra: join(keywords(n.id), roleNames([n.role])),
        context: p.title,
        units,
        roles: scope.roles([n.role]),
        parent: `processes/${p.id}/`,
        group: p.id,
      });
    }
  }

  for (const u of model.units) {
    records.push({ path: `units/${u.id}/`, kind: 'unit', id: u.id, title: u.name, content: join(u.shortName, u.address, u.openingHours, ...hotlines(u.hotlines)), extra: keywords(u.id), context: org.shortName, units: [u.id], roles: 'all' });
  }

  for (const r of model.roles) {
    records.push({ path: `roles/${r.id}/`, kind: 'role', id: r.id, title: r.name, content: join(r.description), extra: keywords(r.id), context: zh.roles, units: 'all', roles: [r.id] });
  }

  for (const a of model.assessments) {
    for (const i of a.inspections) {
      records.push({ path: `assessment/#i-${i.id}`, kind: 'inspection', id: i.id, title: i.title, content: join(i.frequency), extra: join(keywords(i.id), zh.inspectionKind[i.kind]), context: a.title, units: 'all', roles: 'all', group: `${a.id}/i` });
    }
    for (const t of a.thresholds) {
      records.push({ path: `assessment/#t-${t.id}`, kind: 'threshold', id: t.id, title: zh.belowPoints(t.below), content: t.consequence, extra: join(keywords(t.id), zh.thresholds), context: a.title, units: 'all', roles: 'all', group: `${a.id}/t` });
    }
    for (const v of a.violations) {
      const pen = v.penalty;
      records.push({
        path: `assessment/#v-${v.id}`,
        kind: 'violation',
        id: v.id,
        title: v.text,
        content: join(v.text, pen.fine !== undefined && `罚款${pen.fine}${pen.fineMax !== undefined ? `-${pen.fineMax}` : ''}元`, pen.points !== undefined && `扣${pen.points}分`, pen.text, ...v.escalation.map((e) => e.action)),
        extra: keywords(v.id),
        context: a.title,
        units: 'all',
        roles: 'all',
        group: `${a.id}/v`,
      });
    }
    for (const w of a.awards) {
      records.push({ path: `assessment/#w-${w.id}`, kind: 'award', id: w.id, title: w.title, content: w.criteria, extra: keywords(w.id), context: a.title, units: 'all', roles: 'all', group: `${a.id}/w` });
    }
  }

  for (const page of model.pages) {
    let split: ReturnType<typeof splitPage> = { lead: page.description ?? '', sections: [] };
    try {
      split = splitPage(fs.readFileSync(page.file, 'utf8'));
    } catch {
      // The page's file went away since loading: index what the model holds.
    }
    const units = scope.listed(page.units);
    records.push({ path: `pages/${page.slug}/`, kind: 'page', id: page.slug, title: page.title, content: join(page.description, split.lead), extra: page.keywords.join(' '), context: '', units, roles: 'all' });
    for (const s of split.sections) {
      records.push({ path: `pages/${page.slug}/#${s.id}`, kind: 'page', id: `${page.slug}#${s.id}`, title: s.heading, content: s.text, extra: '', context: page.title, units, roles: 'all', parent: `pages/${page.slug}/`, group: page.slug });
    }
  }
  return records;
}

/** Consecutive records that may share one Pagefind record (same group, page, kind, units, context). */
export function groupRecords(records: readonly SearchRecord[]): SearchRecord[][] {
  const groups: SearchRecord[][] = [];
  const pageOf = (r: SearchRecord) => r.path.split('#')[0];
  const unitsKey = (r: SearchRecord) => (r.units === 'all' ? 'all' : r.units.join(','));
  for (const r of records) {
    const last = groups.at(-1)?.[0];
    if (r.group && last && last.group === r.group && pageOf(last) === pageOf(r) && last.kind === r.kind && unitsKey(last) === unitsKey(r) && last.context === r.context && last.parent === r.parent) groups.at(-1)!.push(r);
    else groups.push([r]);
  }
  return groups;
}

const union = (scopes: readonly Scope[]): string[] => (scopes.some((s) => s === 'all') ? ['all'] : [...new Set(scopes.flatMap((s) => s as string[]))]);

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
    members.map((r) => ({ anchor: r.path.split('#')[1] ?? '', title: r.title, content: r.content || r.title, extra: r.extra, roles: r.roles })),
  );
  const meta: Record<string, string> = { title: wire.title, context: first.context, kind: first.kind, x: wire.extra, r: wire.roles };
  if (first.parent !== undefined) meta.p = `/${first.parent}`;
  if (withTokens) meta[TOKEN_META] = [...new Set(members.flatMap((r) => indexTokens(`${r.title} ${r.content} ${r.extra}`, r.number)))].join(' ');
  return {
    url: wire.url,
    content: wire.content,
    language,
    meta,
    filters: { kind: [first.kind], unit: union([first.units]), role: union(members.map((r) => r.roles)) },
  };
}
