/** Small model → print helpers shared by the poster, handbook and card. */
import type { Clause, Hotlines, Model, ResolvedUnit } from '../model/types.ts';

export interface Contact {
  label: string;
  number: string;
}

/** The numbers a reader can call, well-known ones first. */
export function contactsOf(hotlines: Hotlines): Contact[] {
  const out: Contact[] = [];
  if (hotlines.service && hotlines.fault === hotlines.service) out.push({ label: '服务及故障报修热线', number: hotlines.service });
  else {
    if (hotlines.service) out.push({ label: '服务热线', number: hotlines.service });
    if (hotlines.fault) out.push({ label: '故障报修', number: hotlines.fault });
  }
  if (hotlines.supervision) out.push({ label: '监督电话', number: hotlines.supervision });
  for (const o of hotlines.other) out.push({ label: o.label, number: o.number });
  return out;
}

/** 2026-03-01 → 2026年3月1日 */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map((p) => Number.parseInt(p, 10));
  return `${y}年${m}月${d}日`;
}

/** The latest effective date anywhere in the content: the date stamped on every PDF. */
export function contentDate(model: Model): string {
  const dates = [
    ...model.documents.map((d) => d.effective),
    ...model.commitmentSets.flatMap((s) => (s.effective ? [s.effective] : [])),
    ...model.units.flatMap((u) => (u.effective ? [u.effective] : [])),
  ].sort();
  return dates[dates.length - 1] ?? '2000-01-01';
}

/** The date a unit's commitments take effect: the unit's own, else the latest of the sets that apply. */
export function unitEffective(model: Model, unit: ResolvedUnit): string | undefined {
  if (unit.effective) return unit.effective;
  const sets = new Set(unit.commitments.flatMap((c) => (c.setId ? [c.setId] : [])));
  const dates = model.commitmentSets.filter((s) => sets.has(s.id) && s.effective).map((s) => s.effective as string);
  return dates.sort()[dates.length - 1];
}

export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

export const STRENGTH_WORD: Record<string, string> = {
  shall: '应',
  'shall-not': '不得',
  should: '宜',
  'should-not': '不宜',
  may: '可',
};

export function appliesToRole(roles: string[], role: string | undefined): boolean {
  return role === undefined || roles.length === 0 || roles.includes(role);
}

/** Clauses of a document for a role, headings kept only when something under them is. */
export function filterClauses(clauses: Clause[], role: string | undefined): Clause[] {
  const out: Clause[] = [];
  for (const c of clauses) {
    if (!appliesToRole(c.appliesTo, role)) continue;
    const children = filterClauses(c.children, role);
    if (c.text === undefined && c.children.length > 0 && children.length === 0) continue;
    out.push({ ...c, children });
  }
  return out;
}
