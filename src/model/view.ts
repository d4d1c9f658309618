/**
 * The views every output reads: what applies to the organisation as a whole,
 * to one unit, and to one role within either. A unit's view is put together
 * from its resolved data (resolve.ts) — the organisation's items it has, with
 * its values — so the poster, card, handbook, site, search and quiz of a unit
 * all read the same items with the same numbers.
 *
 *   const view = unitView(model, 'water-service-dept');
 *   const clerk = roleView(view, 'counter-clerk');
 */
import { walkClauses } from './clauses.ts';
import { contentDateOf } from './resolve/effective.ts';
import type { Assessment } from './types/assessments.ts';
import type { Clause, NormDocument } from './types/documents.ts';
import type { Commitment } from './types/commitments.ts';
import type { EtiquetteSet } from './types/etiquette.ts';
import type { Hotlines, ItemOrigin, Model, ParamValue, ResolvedUnit } from './types.ts';
import type { Page } from './types/pages.ts';
import type { Process } from './types/processes.ts';
import type { QuizBank } from './types/quiz.ts';
import type { Service } from './types/services.ts';
import { itemForRole, posts, rolesCover } from './item-roles.ts';
import { cachedView, modelOfView, originsTable, registerView, sameTables } from './view-cache.ts';

export interface ScopeView {
  /** 'organisation', or the unit's id. */
  id: string;
  kind: 'organisation' | 'unit';
  name: string;
  shortName: string;
  /** Who signs the scope's outputs (落款): the unit's issuer (its own, its parent's, or the organisation's name). */
  issuer: string;
  /** The resolved unit, for a unit's view. */
  unit?: ResolvedUnit;
  hotlines: Hotlines;
  params: Record<string, ParamValue>;
  address?: string;
  openingHours?: string;
  /** The date its standards take effect (resolve/effective.ts). */
  effective: string;
  documents: NormDocument[];
  etiquette: EtiquetteSet[];
  /** Every commitment that applies, public and internal, in board order. */
  commitments: Commitment[];
  /** Those shown to the public (board, poster, card). */
  publicCommitments: Commitment[];
  /** Those kept for staff. */
  internalCommitments: Commitment[];
  processes: Process[];
  assessments: Assessment[];
  /** Service items (办事指南) with their materials, as this scope has them. */
  services: Service[];
  /** Hand-written question banks, with only the questions whose every cited item is in the view. */
  quizzes: QuizBank[];
  pages: Page[];
  /** Roles named in the view (the unit's posts), in roles.yaml order. */
  roles: string[];
  /** Whether an id (of any kind) is in the view. */
  has(id: string): boolean;
  /** Where an item came from, in a unit's view (undefined: the organisation's, unchanged). */
  originOf(id: string): ItemOrigin | undefined;
}

export interface RoleScopeView extends ScopeView {
  /** The role whose subset this is. */
  roleId: string;
}

/**
 * What applies to the organisation as a whole: everything not written for some units only,
 * with the organisation's values. The group-wide handbook, paper and practice read it.
 */
export function organisationView(model: Model): ScopeView {
  return cachedView(model, '', () => {
    const general = <T extends { restrict?: unknown }>(x: T): boolean => x.restrict === undefined;
    const documents = model.documents.filter(general).map((d) => ({ ...d, clauses: pruneClauses(d.clauses, general) }));
    const etiquette = model.etiquette.filter(general).map((set) => ({
      ...set,
      situations: set.situations.filter(general).map((s) => ({
        ...s,
        phrases: s.phrases.filter(general),
        forbidden: s.forbidden.filter(general),
        conduct: s.conduct.filter(general),
      })),
      ruleSets: set.ruleSets.filter(general),
      conduct: set.conduct.filter(general),
    }));
    const commitments = model.commitmentSets
      .filter((s) => s.units === 'all' && !s.industries)
      .flatMap((s) => s.commitments.filter(general));
    const processes = model.processes.filter((p) => p.units === 'all' && !p.industries);
    const assessments = model.assessments.filter(general).map((x) => ({
      ...x,
      inspections: x.inspections.filter(general),
      thresholds: x.thresholds.filter(general),
      violations: x.violations.filter(general),
      scoreItems: x.scoreItems.filter(general),
      awards: x.awards.filter(general),
    }));
    const services = model.services.filter(general).map((x) => ({ ...x, materials: x.materials.filter(general) }));
    const pages = model.pages.filter((p) => p.units === 'all' && !p.industries);
    const o = model.organisation;
    return finish(model, {
      id: 'organisation',
      kind: 'organisation',
      name: o.name,
      shortName: o.shortName,
      issuer: o.name,
      hotlines: o.hotlines,
      params: o.params,
      ...(o.address ? { address: o.address } : {}),
      ...(o.openingHours ? { openingHours: o.openingHours } : {}),
      effective: contentDateOf(model),
      documents,
      etiquette,
      commitments,
      processes,
      assessments,
      services,
      quizzes: model.quizzes.filter(general).map((q) => ({ ...q, questions: q.questions.filter(general) })),
      pages,
      origins: {},
    });
  });
}

/** Everything that applies to one unit, with its values (through its whole parent chain). */
export function unitView(model: Model, unitId: string): ScopeView {
  return cachedView(model, `unit:${unitId}`, () => {
    const unit = model.units.find((u) => u.id === unitId);
    if (!unit) throw new Error(`unknown unit: ${unitId}`);
    const omitted = new Set(unit.omitted);
    const keep = (x: { id: string }): boolean => !omitted.has(x.id);
    const patched = <T extends { id: string }>(x: T): T => {
      const p = unit.patches[x.id];
      const o = unit.origins[x.id];
      if (!p && !o) return x;
      return { ...x, ...(p as Partial<T>), ...(o ? { origin: o } : {}) };
    };
    // Etiquette, processes, assessment rules and service guides in the unit's order
    // (scope-order.ts), as resolve/items.ts lists them.
    const listed = <T extends { id: string }>(ids: readonly string[], all: readonly T[]): T[] =>
      ids.map((id) => all.find((x) => x.id === id)).filter((x): x is T => x !== undefined);
    const etiquette = listed(unit.etiquette, model.etiquette).map((set) =>
      patched({
        ...set,
        situations: set.situations.filter(keep).map((s) =>
          patched({
            ...s,
            phrases: s.phrases.filter(keep).map(patched),
            forbidden: s.forbidden.filter(keep).map(patched),
            conduct: s.conduct.filter(keep).map(patched),
          }),
        ),
        ruleSets: set.ruleSets.filter(keep).map(patched),
        conduct: set.conduct.filter(keep).map(patched),
      }),
    );
    const processes = listed(unit.processes, model.processes).map((p) =>
      patched({ ...p, nodes: p.nodes.map(patched) }),
    );
    const assessments = listed(unit.assessments, model.assessments).map((x) =>
      patched({
        ...x,
        inspections: x.inspections.filter(keep).map(patched),
        thresholds: x.thresholds.filter(keep).map(patched),
        violations: x.violations.filter(keep).map(patched),
        scoreItems: x.scoreItems.filter(keep).map(patched),
        awards: x.awards.filter(keep).map(patched),
      }),
    );
    const services = listed(unit.services, model.services).map((x) =>
      patched({ ...x, materials: x.materials.filter(keep).map(patched) }),
    );
    const quizzes = model.quizzes
      .filter((q) => unit.quizzes.includes(q.id))
      .map((q) => patched({ ...q, questions: q.questions.filter(keep).map(patched) }));
    return finish(model, {
      id: unit.id,
      kind: 'unit',
      name: unit.name,
      shortName: unit.shortName,
      issuer: unit.issuer,
      unit,
      hotlines: unit.hotlines,
      params: unit.params,
      ...(unit.address ? { address: unit.address } : {}),
      ...(unit.openingHours ? { openingHours: unit.openingHours } : {}),
      effective: unit.effective,
      documents: unit.documents,
      etiquette,
      commitments: unit.commitments,
      processes,
      assessments,
      services,
      quizzes,
      pages: model.pages.filter((p) => unit.pages.includes(p.slug)),
      origins: unit.origins,
      roles: unit.roles,
    });
  });
}

/** Any item of a view by its id, as the view has it (with the unit's wording and values). */
export function itemOf(view: ScopeView, id: string): object | undefined {
  let m = itemsOfView.get(view);
  if (!m) {
    m = new Map<string, object>();
    const add = (x: { id: string }): void => void m!.set(x.id, x);
    for (const d of view.documents) {
      add(d);
      for (const c of walkClauses(d.clauses)) add(c);
    }
    for (const set of view.etiquette) {
      add(set);
      for (const s of set.situations) {
        add(s);
        [...s.phrases, ...s.forbidden, ...s.conduct].forEach(add);
      }
      [...set.ruleSets, ...set.conduct].forEach(add);
    }
    view.commitments.forEach(add);
    for (const p of view.processes) {
      add(p);
      p.nodes.forEach(add);
    }
    for (const a of view.assessments) {
      add(a);
      [...a.inspections, ...a.phases, ...a.thresholds, ...a.violations, ...a.awards].forEach(add);
    }
    for (const q of view.quizzes) q.questions.forEach(add);
    itemsOfView.set(view, m);
  }
  return m.get(id);
}
const itemsOfView = new WeakMap<ScopeView, Map<string, object>>();

/** The view of a scope id: 'organisation' (or undefined) or a unit id. */
export function scopeView(model: Model, scopeId: string | undefined): ScopeView {
  return scopeId === undefined || scopeId === 'organisation' ? organisationView(model) : unitView(model, scopeId);
}

/**
 * What applies to one role within a view (rolesOfItem): clauses for the role (headings kept
 * where something under them is), situations for it, the general conduct rules, processes in
 * which it has a lane, violations of its clauses (or of none in particular), and every
 * commitment, rule set, inspection, threshold and award.
 */
export function roleView(view: ScopeView, roleId: string): RoleScopeView {
  const key = `${view.kind === 'unit' ? `unit:${view.id}` : ''}|role:${roleId}`;
  const model = modelOfView(view);
  return cachedView(model, key, () => {
    const forRole = (id: string): boolean => itemForRole(model, id, roleId, view);
    const documents = view.documents
      .filter((d) => forRole(d.id))
      .map((d) => ({ ...d, clauses: filterClauses(d.clauses, (c) => rolesCover(model, c.appliesTo, roleId)) }))
      .filter((d) => d.clauses.length > 0);
    const etiquette = view.etiquette
      .map((set) => ({ ...set, situations: set.situations.filter((s) => forRole(s.id)) }))
      .filter((set) => set.situations.length > 0 || set.ruleSets.length > 0 || set.conduct.length > 0);
    const processes = view.processes.filter((p) => forRole(p.id));
    const assessments = view.assessments.map((a) => ({ ...a, violations: a.violations.filter((v) => forRole(v.id)) }));
    const rv = finish(
      model,
      { ...view, documents, etiquette, processes, assessments, quizzes: view.quizzes, origins: {}, roles: [roleId] },
      view,
    );
    return sameTables({ ...rv, roleId }, rv);
  }) as RoleScopeView;
}

/** The clauses of a tree that a test keeps (a role's); a heading stays only when something under it does. */
export function filterClauses(clauses: readonly Clause[], keep: (c: Clause) => boolean): Clause[] {
  const out: Clause[] = [];
  for (const c of clauses) {
    if (!keep(c)) continue;
    const children = filterClauses(c.children, keep);
    if (c.text === undefined && c.children.length > 0 && children.length === 0) continue;
    out.push(
      children.length === c.children.length && children.every((k, i) => k === c.children[i]) ? c : { ...c, children },
    );
  }
  return out;
}

function pruneClauses(clauses: readonly Clause[], keep: (c: Clause) => boolean): Clause[] {
  return clauses.filter(keep).map((c) => ({ ...c, children: pruneClauses(c.children, keep) }));
}

type Draft = Omit<ScopeView, 'has' | 'originOf' | 'publicCommitments' | 'internalCommitments' | 'roles'> & {
  origins: Record<string, ItemOrigin>;
  roles?: string[];
};

/** The ids of everything a draft view holds (before questions and assessment lines are filtered by them). */
function idsInDraft(model: Model, draft: Draft): Set<string> {
  const ids = new Set<string>();
  for (const d of draft.documents) {
    ids.add(d.id);
    for (const c of walkClauses(d.clauses)) ids.add(c.id);
  }
  for (const set of draft.etiquette) {
    ids.add(set.id);
    for (const s of set.situations) {
      ids.add(s.id);
      for (const x of [...s.phrases, ...s.forbidden, ...s.conduct]) ids.add(x.id);
    }
    for (const x of [...set.ruleSets, ...set.conduct]) ids.add(x.id);
  }
  for (const c of draft.commitments) {
    ids.add(c.id);
    if (c.setId) ids.add(c.setId);
  }
  for (const p of draft.processes) {
    ids.add(p.id);
    for (const n of p.nodes) ids.add(n.id);
  }
  for (const a of draft.assessments) {
    ids.add(a.id);
    for (const x of [...a.inspections, ...a.phases, ...a.thresholds, ...a.violations, ...a.scoreItems, ...a.awards])
      ids.add(x.id);
  }
  for (const sv of draft.services) {
    ids.add(sv.id);
    for (const m of sv.materials) ids.add(m.id);
  }
  for (const r of model.roles) ids.add(r.id);
  ids.add(model.organisation.id);
  if (draft.unit) ids.add(draft.unit.id);
  return ids;
}

/** Adds what every view derives the same way: public/internal commitments, membership, roles, and leaves out questions about items the view lacks. */
function finish(model: Model, draft: Draft, parentView?: ScopeView): ScopeView {
  const ids = idsInDraft(model, draft);
  // A violation (or a score-sheet line) on clauses the view does not have (a document the unit
  // does not take) does not apply.
  const assessments = draft.assessments.map((a) => {
    const violations = a.violations.filter((v) => v.clauses.length === 0 || v.clauses.some((c) => ids.has(c)));
    for (const v of a.violations) if (!violations.includes(v)) ids.delete(v.id);
    const scoreItems = a.scoreItems.filter((x) => x.clauses.length === 0 || x.clauses.some((c) => ids.has(c)));
    for (const x of a.scoreItems) if (!scoreItems.includes(x)) ids.delete(x.id);
    return violations.length === a.violations.length && scoreItems.length === a.scoreItems.length
      ? a
      : { ...a, violations, scoreItems };
  });
  // A question belongs to a view when everything it tests is in it (a unit that excludes a
  // clause is not asked about it).
  const quizzes = draft.quizzes.map((q) => ({
    ...q,
    questions: q.questions.filter((x) => x.cites.every((c) => ids.has(c))),
  }));
  for (const q of quizzes) {
    ids.add(q.id);
    for (const x of q.questions) ids.add(x.id);
  }
  const named = new Set<string>();
  for (const d of draft.documents) {
    d.roles.forEach((r) => named.add(r));
    for (const c of walkClauses(d.clauses)) c.roles.forEach((r) => named.add(r));
  }
  for (const set of draft.etiquette) for (const s of set.situations) s.roles.forEach((r) => named.add(r));
  for (const p of draft.processes) p.lanes.forEach((r) => named.add(r));
  // A group of posts is not a post: a unit that names 一线服务人员 has no such role of its own.
  const roles =
    draft.roles ??
    posts(model)
      .map((r) => r.id)
      .filter((r) => named.has(r));
  const origins: Record<string, ItemOrigin> = { ...draft.origins };
  for (const d of draft.documents)
    for (const c of walkClauses(d.clauses))
      if (c.origin && (c.origin.kind !== 'inherited' || c.origin.definedBy !== 'organisation' || c.origin.overriddenBy))
        origins[c.id] = c.origin;
  for (const c of draft.commitments) if (c.origin) origins[c.id] = c.origin;
  for (const sv of draft.services) for (const x of [sv, ...sv.materials]) if (x.origin) origins[x.id] ??= x.origin;
  const { origins: _o, ...rest } = draft;
  const view: ScopeView = {
    ...rest,
    assessments,
    quizzes,
    roles,
    publicCommitments: draft.commitments.filter((c) => c.public),
    internalCommitments: draft.commitments.filter((c) => !c.public),
    has: (id) => ids.has(id),
    originOf: (id) => origins[id] ?? parentView?.originOf(id),
  };
  const parentOrigins = parentView ? (): Record<string, ItemOrigin> => originsTable(parentView) : undefined;
  registerView(view, model, {
    ids: () => ids,
    origins: () => (parentOrigins ? { ...parentOrigins(), ...origins } : origins),
  });
  return view;
}
