/**
 * One search record per thing staff look up — clause, phrase, conduct rule,
 * commitment, process step, process, unit, violation, page — each linking to
 * its anchor on the site. Pure: model in, records out.
 */
import fs from 'node:fs';
import type { Clause, Model } from '../model/types.ts';
import { encodeGroup } from './group.ts';
import { serviceRecords } from './services.ts';
import { indexTokens } from './tokens.ts';

export type RecordKind =
  | 'clause'
  | 'phrase'
  | 'forbidden'
  | 'conduct'
  | 'commitment'
  | 'step'
  | 'process'
  | 'unit'
  | 'violation'
  | 'page'
  | 'document'
  | 'service';

export const RECORD_KINDS: RecordKind[] = ['clause', 'phrase', 'forbidden', 'conduct', 'commitment', 'step', 'process', 'unit', 'violation', 'page', 'document', 'service'];

export interface SearchRecord {
  /** Site path with anchor, without the base: 'norms/x/#c-y'. */
  path: string;
  kind: RecordKind;
  /** Model id of the item (clause id, phrase id, …). */
  id: string;
  title: string;
  /** Text shown in the excerpt and compared by the re-ranker. */
  content: string;
  /** Where it sits: document, situation, process… */
  context: string;
  /** Unit ids the item applies to, or 'all' (every unit: one filter value instead of a hundred). */
  units: 'all' | string[];
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

export function buildSearchRecords(model: Model): SearchRecord[] {
  const records: SearchRecord[] = [];
  const unitCount = model.units.length;
  const unitsOf = (units: 'all' | string[]): 'all' | string[] => (units === 'all' || (unitCount > 0 && new Set(units).size === unitCount) ? 'all' : units);
  const roleName = (id: string) => model.roles.find((r) => r.id === id)?.name ?? id;
  const phraseById = new Map(model.etiquette.flatMap((e) => e.situations.flatMap((s) => s.phrases.map((p) => [p.id, p.text] as const))));

  // Clauses as the organisation wrote them, filtered to the units that inherit them unchanged.
  const inherited = new Map<string, Set<string>>(); // "doc/clause" → unit ids
  for (const u of model.units) {
    for (const d of u.documents) {
      for (const c of flatten(d.clauses)) {
        if (c.origin?.kind !== 'inherited') continue;
        const key = `${d.id}/${c.id}`;
        if (!inherited.has(key)) inherited.set(key, new Set());
        inherited.get(key)!.add(u.id);
      }
    }
  }
  for (const doc of model.documents) {
    const docUnits = model.units.filter((u) => u.documents.some((d) => d.id === doc.id)).map((u) => u.id);
    records.push({ path: `norms/${doc.id}/`, kind: 'document', id: doc.id, title: doc.title, content: [doc.code, doc.scope].filter(Boolean).join(' '), context: doc.issuer, units: unitsOf(docUnits) });
    for (const section of doc.clauses) for (const c of flatten([section])) {
      const units = unitsOf([...(inherited.get(`${doc.id}/${c.id}`) ?? [])]);
      records.push({
        path: `norms/${doc.id}/#c-${c.id}`,
        kind: 'clause',
        id: c.id,
        title: clauseTitle(c),
        // A section stands for its sub-clauses too, so their words find it.
        content: [c.title, c.text, c.note, c.roles.map(roleName).join(' '), ...flatten(c.children).map((k) => k.title ?? k.text)].filter(Boolean).join(' '),
        context: doc.title,
        units,
        group: `${doc.id}/${section.id}`,
      });
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
          content: [c.title, c.text, c.note, c.origin.reason].filter(Boolean).join(' '),
          context: `${unit.shortName} · ${doc.title}`,
          units: [unit.id],
          group: `${unit.id}/${doc.id}`,
        });
      }
    }
  }

  for (const set of model.etiquette) {
    for (const sit of set.situations) {
      for (const p of [...sit.phrases, ...sit.forbidden]) {
        records.push({
          path: `etiquette/#p-${p.id}`,
          kind: p.kind === 'forbidden' ? 'forbidden' : 'phrase',
          id: p.id,
          title: phraseText(p.text),
          content: [phraseText(p.text), p.instead && phraseById.has(p.instead) && phraseText(phraseById.get(p.instead)!), p.note, sit.title].filter(Boolean).join(' '),
          context: `${set.title} · ${sit.title}`,
          units: 'all',
          group: `${set.id}/${sit.id}`,
        });
      }
      for (const r of sit.conduct) {
        records.push({ path: `etiquette/#r-${r.id}`, kind: 'conduct', id: r.id, title: r.text, content: `${r.text} ${sit.title}`, context: `${set.title} · ${sit.title}`, units: 'all', group: `${set.id}/${sit.id}` });
      }
    }
    for (const r of set.conduct) {
      records.push({ path: `etiquette/#r-${r.id}`, kind: 'conduct', id: r.id, title: r.text, content: r.text, context: set.title, units: 'all', group: set.id });
    }
  }

  const commitmentTitle = (c: { title?: string; text: string; target?: { display: string } }) =>
    [c.title ?? c.text.slice(0, 20), c.target?.display].filter(Boolean).join(' ');
  for (const set of model.commitmentSets) {
    for (const c of set.commitments) {
      records.push({
        path: `commitments/#cm-${c.id}`,
        kind: 'commitment',
        id: c.id,
        title: commitmentTitle(c),
        content: [c.text, c.target?.display].filter(Boolean).join(' '),
        context: set.title,
        units: unitsOf(set.units),
        group: set.id,
      });
    }
  }
  for (const unit of model.units) {
    for (const c of unit.commitments) {
      if (c.definedBy === 'organisation' || !c.public) continue;
      records.push({
        path: `units/${unit.id}/commitments/#cm-${c.id}`,
        kind: 'commitment',
        id: c.id,
        title: commitmentTitle(c),
        content: [c.text, c.target?.display].filter(Boolean).join(' '),
        context: unit.shortName,
        units: [unit.id],
        group: unit.id,
      });
    }
  }

  for (const p of model.processes) {
    const units = unitsOf(p.units);
    records.push({ path: `processes/${p.id}/`, kind: 'process', id: p.id, title: p.title, content: [p.title, p.description].filter(Boolean).join(' '), context: '', units });
    for (const n of p.nodes) {
      records.push({
        path: `processes/${p.id}/#step-${n.id}`,
        kind: 'step',
        id: n.id,
        title: n.label,
        content: [n.label, roleName(n.role), n.timeLimit, ...n.next.map((e) => e.label)].filter(Boolean).join(' '),
        context: p.title,
        units,
        group: p.id,
      });
    }
  }

  for (const u of model.units) {
    const h = u.hotlines;
    records.push({
      path: `units/${u.id}/`,
      kind: 'unit',
      id: u.id,
      title: u.name,
      content: [u.name, u.shortName, u.address, u.openingHours, h.service, h.supervision, h.fault, ...h.other.map((o) => `${o.label} ${o.number}`)].filter(Boolean).join(' '),
      context: model.organisation.shortName,
      units: [u.id],
    });
  }

  for (const a of model.assessments) {
    for (const v of a.violations) {
      const pen = v.penalty;
      records.push({
        path: `assessment/#v-${v.id}`,
        kind: 'violation',
        id: v.id,
        title: v.text,
        content: [v.text, pen.fine !== undefined ? `罚款${pen.fine}${pen.fineMax !== undefined ? `-${pen.fineMax}` : ''}元` : '', pen.points !== undefined ? `扣${pen.points}分` : '', pen.text, ...v.escalation.map((e) => e.action)].filter(Boolean).join(' '),
        context: a.title,
        units: 'all',
        group: a.id,
      });
    }
  }

  for (const page of model.pages) {
    let body = '';
    try {
      body = stripMarkup(fs.readFileSync(page.file, 'utf8'));
    } catch {
      body = page.description ?? '';
    }
    records.push({ path: `pages/${page.slug}/`, kind: 'page', id: page.slug, title: page.title, content: body, context: '', units: unitsOf(page.units) });
  }
  records.push(...serviceRecords(model));
  return records;
}

/** MDX/Markdown source to searchable text: front matter, imports, tags and markup removed. */
function stripMarkup(src: string): string {
  return src
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`|[\]()-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Consecutive records that may share one Pagefind record (same group, page, kind, units, context). */
export function groupRecords(records: readonly SearchRecord[]): SearchRecord[][] {
  const groups: SearchRecord[][] = [];
  const pageOf = (r: SearchRecord) => r.path.split('#')[0];
  const unitsKey = (r: SearchRecord) => (r.units === 'all' ? 'all' : r.units.join(','));
  for (const r of records) {
    const last = groups.at(-1)?.[0];
    if (r.group && last && last.group === r.group && pageOf(last) === pageOf(r) && last.kind === r.kind && unitsKey(last) === unitsKey(r) && last.context === r.context) groups.at(-1)!.push(r);
    else groups.push([r]);
  }
  return groups;
}

/**
 * One group as handed to Pagefind's addCustomRecord. The url is relative to the site root: the
 * browser side prefixes the base path (Pagefind's baseUrl). Records for every unit carry the
 * filter value 'all', which the island adds to a unit filter.
 */
export function toPagefindRecord(group: SearchRecord | readonly SearchRecord[], language: string, withTokens = true) {
  const members = Array.isArray(group) ? (group as readonly SearchRecord[]) : [group as SearchRecord];
  const first = members[0]!;
  const page = first.path.split('#')[0]!;
  const wire = encodeGroup(
    `/${page}`,
    members.map((r) => ({ anchor: r.path.split('#')[1] ?? '', title: r.title, content: r.content || r.title })),
  );
  const meta: Record<string, string> = { title: wire.title, context: first.context, kind: first.kind };
  if (withTokens) meta.k = indexTokens(members.map((r) => `${r.title} ${r.content}`).join(' ')).join(' ');
  return {
    url: wire.url,
    content: wire.content,
    language,
    meta,
    filters: { kind: [first.kind], unit: first.units === 'all' ? ['all'] : first.units },
  };
}
