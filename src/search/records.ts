/**
 * One search record per thing staff look up — clause, phrase, conduct rule,
 * commitment, process step, process, unit, violation, page — each linking to
 * its anchor on the site. Pure: model in, records out.
 */
import fs from 'node:fs';
import type { Clause, Model } from '../model/types.ts';
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
  | 'document';

export const RECORD_KINDS: RecordKind[] = ['clause', 'phrase', 'forbidden', 'conduct', 'commitment', 'step', 'process', 'unit', 'violation', 'page', 'document'];

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
  /** Unit ids the item applies to. */
  units: string[];
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
  const allUnits = model.units.map((u) => u.id);
  const unitsOf = (units: 'all' | string[]) => (units === 'all' ? allUnits : units);
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
    records.push({ path: `norms/${doc.id}/`, kind: 'document', id: doc.id, title: doc.title, content: [doc.code, doc.scope].filter(Boolean).join(' '), context: doc.issuer, units: docUnits });
    for (const c of flatten(doc.clauses)) {
      const units = [...(inherited.get(`${doc.id}/${c.id}`) ?? [])];
      records.push({
        path: `norms/${doc.id}/#c-${c.id}`,
        kind: 'clause',
        id: c.id,
        title: clauseTitle(c),
        // A section stands for its sub-clauses too, so their words find it.
        content: [c.title, c.text, c.note, c.roles.map(roleName).join(' '), ...flatten(c.children).map((k) => k.title ?? k.text)].filter(Boolean).join(' '),
        context: doc.title,
        units,
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
          units: allUnits,
        });
      }
      for (const r of sit.conduct) {
        records.push({ path: `etiquette/#r-${r.id}`, kind: 'conduct', id: r.id, title: r.text, content: `${r.text} ${sit.title}`, context: `${set.title} · ${sit.title}`, units: allUnits });
      }
    }
    for (const r of set.conduct) {
      records.push({ path: `etiquette/#r-${r.id}`, kind: 'conduct', id: r.id, title: r.text, content: r.text, context: set.title, units: allUnits });
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
        units: allUnits,
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

/**
 * The record as handed to Pagefind's addCustomRecord. The url is relative to
 * the site root: the browser side prefixes the base path (Pagefind's baseUrl).
 */
export function toPagefindRecord(r: SearchRecord, language: string, withTokens = true) {
  const meta: Record<string, string> = { title: r.title, context: r.context, kind: r.kind, id: r.id };
  if (withTokens) meta.k = indexTokens(`${r.title} ${r.content}`).join(' ');
  return {
    url: `/${r.path}`,
    content: r.content || r.title,
    language,
    meta,
    filters: { kind: [r.kind], unit: r.units },
  };
}
