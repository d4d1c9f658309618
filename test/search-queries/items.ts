/**
 * The query set's targets against the model: whether a target exists, and the text the site
 * shows for it (what a paraphrase must not copy). Independent of src/search, so the checks
 * do not move when the indexer does.
 */
import fs from 'node:fs';
import GithubSlugger from 'github-slugger';
import type { Clause } from '../../src/model/types/documents.ts';
import type { Model } from '../../src/model/types.ts';

export interface Target {
  id: string;
  /** A unit's own copy (`id@unit`). */
  unit?: string;
  /** A section of an MDX page (`slug#heading`). */
  heading?: string;
}

export function parseTarget(t: string): Target {
  const hash = t.indexOf('#');
  if (hash >= 0) return { id: t.slice(0, hash), heading: t.slice(hash + 1) };
  const at = t.indexOf('@');
  return at >= 0 ? { id: t.slice(0, at), unit: t.slice(at + 1) } : { id: t };
}

const flatten = (cs: Clause[]): Clause[] => cs.flatMap((c) => [c, ...flatten(c.children)]);

/** Heading ids of an MDX page as the site renders them (Astro's markdown uses github-slugger). */
export function pageHeadings(file: string): { id: string; text: string }[] {
  const slugger = new GithubSlugger();
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => /^#{2,6}\s/.test(l))
    .map((l) => {
      const text = l.replace(/^#+\s+/, '').trim();
      return { id: slugger.slug(text), text };
    });
}

/** Everything the site shows for a target, joined; undefined when the target does not exist. */
export function targetText(model: Model, target: string): string | undefined {
  const t = parseTarget(target);
  if (t.heading !== undefined) {
    const page = model.pages.find((p) => p.slug === t.id);
    return page && pageHeadings(page.file).some((h) => h.id === t.heading) ? t.heading : undefined;
  }
  if (t.unit) {
    const unit = model.units.find((u) => u.id === t.unit);
    if (!unit) return undefined;
    const clause = unit.documents
      .flatMap((d) => flatten(d.clauses))
      .find((c) => c.id === t.id && c.origin?.kind !== 'inherited');
    if (clause) return [clause.title, clause.text, clause.note, ...clause.tags].filter(Boolean).join(' ');
    const commitment = unit.commitments.find((c) => c.id === t.id);
    return commitment ? [commitment.title, commitment.text].filter(Boolean).join(' ') : undefined;
  }
  const entry = model.index[t.id];
  if (!entry) return undefined;
  const parts: (string | undefined)[] = [entry.label];
  switch (entry.kind) {
    case 'clause':
      for (const c of model.documents.flatMap((d) => flatten(d.clauses)).filter((c) => c.id === t.id))
        parts.push(c.title, c.text, c.note, ...c.tags);
      for (const c of model.units
        .flatMap((u) => u.documents.flatMap((d) => flatten(d.clauses)))
        .filter((c) => c.id === t.id))
        parts.push(c.title, c.text, c.note, ...c.tags);
      break;
    case 'phrase':
    case 'forbidden':
      for (const s of model.etiquette.flatMap((e) => e.situations))
        for (const p of [...s.phrases, ...s.forbidden]) if (p.id === t.id) parts.push(p.text, p.note);
      break;
    case 'conduct':
      for (const e of model.etiquette)
        for (const r of [...e.conduct, ...e.situations.flatMap((s) => s.conduct)])
          if (r.id === t.id) parts.push(r.text);
      break;
    case 'rule-set':
      for (const e of model.etiquette) for (const r of e.ruleSets) if (r.id === t.id) parts.push(r.title, ...r.items);
      break;
    case 'situation':
      for (const s of model.etiquette.flatMap((e) => e.situations))
        if (s.id === t.id) parts.push(s.title, s.description);
      break;
    case 'commitment':
      for (const c of [
        ...model.commitmentSets.flatMap((s) => s.commitments),
        ...model.units.flatMap((u) => u.commitments),
      ])
        if (c.id === t.id) parts.push(c.title, c.text);
      break;
    case 'node':
      for (const n of model.processes.flatMap((p) => p.nodes)) if (n.id === t.id) parts.push(n.label, n.timeLimit);
      break;
    case 'process':
      for (const p of model.processes) if (p.id === t.id) parts.push(p.title, p.description);
      break;
    case 'violation':
      for (const v of model.assessments.flatMap((a) => a.violations))
        if (v.id === t.id) parts.push(v.text, v.penalty.text, ...v.escalation.map((e) => e.action));
      break;
    case 'inspection':
      for (const i of model.assessments.flatMap((a) => a.inspections))
        if (i.id === t.id) parts.push(i.title, i.frequency);
      break;
    case 'threshold':
      for (const x of model.assessments.flatMap((a) => a.thresholds)) if (x.id === t.id) parts.push(x.consequence);
      break;
    case 'award':
      for (const w of model.assessments.flatMap((a) => a.awards)) if (w.id === t.id) parts.push(w.title, w.criteria);
      break;
    case 'role':
      for (const r of model.roles) if (r.id === t.id) parts.push(r.name, r.description);
      break;
    case 'unit':
      for (const u of model.units) if (u.id === t.id) parts.push(u.name, u.shortName, u.address, u.openingHours);
      break;
    case 'organisation':
      parts.push(model.organisation.name, model.organisation.shortName, model.organisation.description);
      break;
    default:
      break;
  }
  return parts.filter(Boolean).join(' ');
}
